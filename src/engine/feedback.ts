// Words for the candidate: per-dimension feedback that quotes the evidence and says what the
// target level expects, the level-fit summary with its misalignments, and the ladder rungs.
import type { LevelCheck } from './level-fit.js';
import type { Evidence } from './report.js';
import type { DimensionScore } from './scoring.js';
import type { CompiledSignal } from './signals/signal.js';
import type { DemonstratedLevel, DimensionDef, LevelDef, LevelId, RubricData, Score } from './types.js';

const QUOTE_LENGTH = 110;

export function quote(text: string): string {
  const flat = text
    .replace(/\s+/g, ' ')
    .replace(/^[-*•#>\s]+/, '')
    .trim();
  return flat.length <= QUOTE_LENGTH ? flat : `${flat.slice(0, QUOTE_LENGTH - 1).replace(/\s+\S*$/, '')}…`;
}

/** What to do next on a dimension: the advice of its absent signals, required ones first. */
export function missingAdvice(
  def: DimensionDef,
  result: DimensionScore,
  signals: ReadonlyMap<string, CompiledSignal>,
): string[] {
  const required = new Set(result.heldBy?.missing ?? []);
  const absent = result.terms
    .filter(
      (t) => t.findings === 0 && (def.scoring.terms.find((d) => d.signal === t.signal)?.points ?? 0) > 0,
    )
    .map((t) => t.signal)
    .sort((a, b) => Number(required.has(b)) - Number(required.has(a)));
  const advice: string[] = [];
  for (const id of absent) {
    const text = signals.get(id)?.missing;
    if (text && !advice.includes(text)) advice.push(text);
  }
  return advice;
}

export function dimensionFeedback(
  def: DimensionDef,
  score: Score,
  target: LevelDef,
  evidence: Evidence[],
  advice: string[],
): string {
  const bar = def.bars[target.id];
  const best = evidence.find((e) => e.counts === 'for');
  const against = evidence.find((e) => e.counts === 'against');
  const parts: string[] = [];
  if (score >= bar) {
    parts.push(`Meets the ${target.label} bar (${score} of ${bar} needed).`);
    if (best) parts.push(`For example: "${quote(best.text)}"`);
    if (score < 4) parts.push(`To reach ${score + 1}: ${lowerFirst(def.anchors[(score + 1) as Score])}`);
  } else {
    parts.push(`${score} against a ${target.label} bar of ${bar}: ${lowerFirst(def.anchors[score])}`);
    if (best) parts.push(`You have a start: "${quote(best.text)}"`);
    if (against) parts.push(`Against it: "${quote(against.text)}"`);
    parts.push(`At ${target.label}, ${def.expects[target.id]}.`);
    if (advice[0]) parts.push(advice[0]);
  }
  return parts.join(' ');
}

function lowerFirst(s: string): string {
  return s ? s[0]?.toLowerCase() + s.slice(1) : s;
}

export function levelLabel(rubric: RubricData, level: DemonstratedLevel): string {
  if (level === 'none') return 'no level';
  return rubric.levels.find((l) => l.id === level)?.label ?? level;
}

/** "You meet the Senior bar everywhere except problem definition, which is what Senior is about." */
export function rungSummary(rubric: RubricData, check: LevelCheck): string {
  const level = rubric.levels.find((l) => l.id === check.level);
  const label = level?.label ?? check.level;
  const open = check.gaps.filter((g) => !g.forgiven);
  if (open.length === 0) {
    const forgiven = check.gaps.find((g) => g.forgiven);
    return forgiven
      ? `Clears the ${label} bar; ${rubric.dimensions[forgiven.dimension].label.toLowerCase()} is one point short, which a light dimension may be.`
      : `Clears the ${label} bar on every dimension.`;
  }
  const names = open.map(
    (g) => `${rubric.dimensions[g.dimension].label.toLowerCase()} (${g.score} of ${g.bar})`,
  );
  const about = open.filter((g) => g.about).map((g) => rubric.dimensions[g.dimension].label.toLowerCase());
  const list =
    names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  let sentence = `Meets the ${label} bar everywhere except ${list}`;
  if (about.length > 0) {
    sentence += `; ${about.length === 1 ? `${about[0]} is` : `${about.join(' and ')} are`} what ${label} is about`;
  }
  return `${sentence}.`;
}

export function fitSummary(
  rubric: RubricData,
  target: LevelId,
  demonstrated: DemonstratedLevel,
  verdict: 'below' | 'meets' | 'exceeds',
  targetCheck: LevelCheck,
  misalignments: string[],
): string {
  const targetLabel = levelLabel(rubric, target);
  const shown = levelLabel(rubric, demonstrated);
  const opening =
    verdict === 'meets'
      ? `Meets the ${targetLabel} bar.`
      : verdict === 'exceeds'
        ? `Exceeds the ${targetLabel} bar: this answer shows ${shown}.`
        : demonstrated === 'none'
          ? `Below the ${targetLabel} bar: the answer does not clear even the entry bar.`
          : `Below the ${targetLabel} bar: this answer shows ${shown}.`;
  const parts = [opening];
  if (verdict === 'below') parts.push(rungSummary(rubric, targetCheck));
  parts.push(...misalignments);
  return parts.join(' ');
}
