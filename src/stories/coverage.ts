// The story bank's coverage matrix: the competencies the target level's behavioral interviews ask
// about, against the stories that show them, with the gaps and the over-used stories flagged.
import type { Competency, Question } from '../content/questions.schema.js';
import { type DemonstratedLevel, type LevelId, RUNG } from '../engine/index.js';

export interface CoverageStory {
  id: string;
  title: string;
  competencies: readonly string[];
  /** The level the story's grade demonstrates. */
  demonstrated: DemonstratedLevel;
  /** Mock loop rounds answered starting from it. */
  uses: number;
}

/** A story tagged with more of the level's competencies than this is stretched to fit them all. */
export const MAX_COMPETENCIES_PER_STORY = 3;
/** A story that is the only one for this many competencies or more leaves the candidate no alternative. */
export const SOLE_STORY_LIMIT = 3;
/** Mock rounds answered with the same story before the candidate should find another. */
export const MAX_USES = 3;

export type CompetencyStatus = 'covered' | 'weak' | 'gap';

export interface CoverageRow {
  competency: string;
  label: string;
  /** How many of the bank's behavioral questions at the level ask about it: how likely it comes up. */
  demand: number;
  /** The stories tagged with it, strongest first. */
  stories: string[];
  /** covered: a story at the level's bar; weak: only stories below it; gap: none. */
  status: CompetencyStatus;
}

export interface CoverageColumn {
  id: string;
  title: string;
  demonstrated: DemonstratedLevel;
  meetsBar: boolean;
  /** The level's competencies it is tagged with. */
  competencies: string[];
  uses: number;
  overused: boolean;
  /** Why it is flagged as over-used, in words; empty when it is not. */
  reasons: string[];
}

export interface Coverage {
  level: LevelId;
  rows: CoverageRow[];
  columns: CoverageColumn[];
  /** Competencies with no story, most asked first. */
  gaps: string[];
  /** Competencies whose stories are all below the level's bar. */
  weak: string[];
  overused: string[];
}

export function storyCoverage(input: {
  level: LevelId;
  /** The level's name for the words of a flag, e.g. "Senior PM". */
  levelLabel: string;
  competencies: readonly Competency[];
  questions: readonly Question[];
  stories: readonly CoverageStory[];
}): Coverage {
  const { level } = input;
  const asked = input.competencies.filter((c) => c.levels.includes(level));
  const askedIds = new Set(asked.map((c) => c.id));
  const demand = new Map<string, number>();
  for (const q of input.questions) {
    if (q.kind !== 'behavioral' || !q.levels.includes(level)) continue;
    for (const c of q.competencies) demand.set(c, (demand.get(c) ?? 0) + 1);
  }
  const meets = (s: CoverageStory) => RUNG[s.demonstrated] >= RUNG[level];
  const strongestFirst = [...input.stories].sort(
    (a, b) => RUNG[b.demonstrated] - RUNG[a.demonstrated] || a.title.localeCompare(b.title),
  );

  const rows: CoverageRow[] = asked
    .map((c) => {
      const tagged = strongestFirst.filter((s) => s.competencies.includes(c.id));
      const status: CompetencyStatus = tagged.length === 0 ? 'gap' : tagged.some(meets) ? 'covered' : 'weak';
      return {
        competency: c.id,
        label: c.label,
        demand: demand.get(c.id) ?? 0,
        stories: tagged.map((s) => s.id),
        status,
      };
    })
    .sort((a, b) => b.demand - a.demand || a.label.localeCompare(b.label));

  const soleFor = new Map<string, number>();
  for (const row of rows) {
    const only = row.stories.length === 1 ? row.stories[0] : undefined;
    if (only) soleFor.set(only, (soleFor.get(only) ?? 0) + 1);
  }

  const columns: CoverageColumn[] = input.stories.map((s) => {
    const competencies = s.competencies.filter((c) => askedIds.has(c));
    const reasons: string[] = [];
    if (competencies.length > MAX_COMPETENCIES_PER_STORY) {
      reasons.push(
        `Tagged with ${competencies.length} competencies ${input.levelLabel} interviews ask about: one story stretched over that many questions sounds rehearsed; write another for some of them.`,
      );
    }
    const sole = soleFor.get(s.id) ?? 0;
    if (sole >= SOLE_STORY_LIMIT) {
      reasons.push(
        `The only story for ${sole} competencies: if it is asked early, you have nothing left for the others.`,
      );
    }
    if (s.uses >= MAX_USES) {
      reasons.push(
        `Told in ${s.uses} mock rounds: practise another so the same one does not come out every time.`,
      );
    }
    return {
      id: s.id,
      title: s.title,
      demonstrated: s.demonstrated,
      meetsBar: meets(s),
      competencies,
      uses: s.uses,
      overused: reasons.length > 0,
      reasons,
    };
  });

  return {
    level,
    rows,
    columns,
    gaps: rows.filter((r) => r.status === 'gap').map((r) => r.competency),
    weak: rows.filter((r) => r.status === 'weak').map((r) => r.competency),
    overused: columns.filter((c) => c.overused).map((c) => c.id),
  };
}
