// The signals the loop rounds of content/levels/ own, checked against the rubric (a round can only own
// a signal its kind's rubric scores, or the packet could never show it), and the words of every signal.
import { join } from 'node:path';
import type { RubricData } from '../engine/index.js';
import { ContentError } from './errors.js';
import type { LevelGuide } from './levels.schema.js';
import { loadEngineContent } from './rubric.js';
import { contentPath, displayPath } from './yaml-file.js';

/** The ids of the signals that score points for an answer of each kind. */
export function scoredSignals(rubric: RubricData): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const kind of rubric.kinds) {
    const ids = new Set<string>();
    for (const dimension of Object.keys(kind.rubric) as Array<keyof typeof rubric.dimensions>) {
      for (const term of rubric.dimensions[dimension].scoring.terms)
        if (term.points > 0) ids.add(term.signal);
    }
    out.set(kind.id, ids);
  }
  return out;
}

/** Throws a ContentError naming the level file and key of the first owned signal the rubric does not score. */
export function checkLoopSignals(
  levels: readonly LevelGuide[],
  rubric: RubricData,
  levelsDir: string = contentPath('levels'),
): void {
  const scored = scoredSignals(rubric);
  for (const guide of levels) {
    const file = displayPath(join(levelsDir, `${guide.id}.yaml`));
    guide.loop.rounds.forEach((round, i) => {
      const allowed = scored.get(round.kind) ?? new Set<string>();
      const check = (ids: string[], key: string) =>
        ids.forEach((id, j) => {
          if (!allowed.has(id)) {
            throw new ContentError(
              file,
              `loop.rounds.${i}.${key}.${j}`,
              `${id} is not a signal the ${round.kind} rubric scores, so the round could never show it: use one of ${[...allowed].sort().join(', ')}`,
            );
          }
        });
      check(round.owns, 'owns');
      if (round.repeat) check(round.repeat.owns, 'repeat.owns');
    });
  }
}

export interface SignalWords {
  id: string;
  dimension: string;
  /** What the signal is, as an interviewer would note it: "Sets a guardrail metric." */
  message: string;
  /** What to do when it is absent; empty for a signal that counts against an answer. */
  missing: string;
}

let catalog: Map<string, SignalWords> | undefined;

/** Every signal's words, read once per process from content/signals/. */
export function signalCatalog(): Map<string, SignalWords> {
  catalog ??= new Map(
    loadEngineContent().signals.map((s) => [
      s.id,
      { id: s.id, dimension: s.dimension, message: s.message, missing: s.missing },
    ]),
  );
  return catalog;
}
