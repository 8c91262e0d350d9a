// What to practise next, from graded answers and the loop: tables of situations and the ranking and
// reasons they must give.
import { describe, expect, it } from 'vitest';
import { loadBank } from '../content/bank.js';
import { contentGrader } from '../content/grader.js';
import type { DimensionId, KindId, Report } from '../engine/index.js';
import type { GradedAnswer } from '../plan/standing.js';
import { type LoopRound, type PracticeInput, practiseNext } from './next.js';

const rubric = contentGrader().rubric;

/** A loop like the guide's PM II loop: two rounds certain, two possible. */
const LOOP: LoopRound[] = [
  { kind: 'product_sense', round: 'Product sense', count: { min: 1, max: 1 } },
  { kind: 'behavioral', round: 'Behavioral', count: { min: 1, max: 1 } },
  { kind: 'technical', round: 'Technical', count: { min: 0, max: 1 } },
  { kind: 'metrics', round: 'Analytical', count: { min: 0, max: 1 } },
];

/** An answer of a kind, every dimension of its rubric scored `score` unless `scores` says otherwise. */
function answer(
  kind: KindId,
  score: number,
  scores: Partial<Record<DimensionId, number>> = {},
): GradedAnswer {
  const dims = Object.keys(rubric.kinds.find((k) => k.id === kind)?.rubric ?? {}) as DimensionId[];
  const report = {
    kind,
    dimensions: dims.map((id) => ({ id, score: scores[id] ?? score, points: [] })),
    level_fit: { verdict: 'meets' },
    overall: score,
  } as unknown as Report;
  return { kind, createdAt: '2026-11-27T10:00:00.000Z', report };
}

const input = (over: Partial<PracticeInput> = {}): PracticeInput => ({
  level: 'pm2',
  rubric,
  loop: LOOP,
  technicalRound: 'unknown',
  takeHome: 'unknown',
  answers: [],
  ...over,
});

const kinds = (over: Partial<PracticeInput> = {}) => practiseNext(input(over)).map((s) => s.kind);

describe('practiseNext', () => {
  it("with no answers, still recommends the loop's kinds: the certain rounds first, in loop order", () => {
    const next = practiseNext(input());
    expect(next.map((s) => s.kind)).toEqual(['product_sense', 'behavioral', 'technical', 'metrics']);
    expect(next[0]).toMatchObject({ label: 'Product sense' });
    expect(next[0]?.reason).toBe(
      'You have not answered a Product sense question yet, and your loop will have a Product sense round.',
    );
    expect(next[2]?.reason).toMatch(/your loop may have a Technical round: ask the recruiter\.$/);
    // Nothing shown yet: the kind's heaviest dimensions, with no gap to report.
    expect(next[0]?.dimensions).toHaveLength(3);
    expect(next[0]?.dimensions.every((d) => d.gap === null)).toBe(true);
  });

  it("follows the recruiter's answers: no technical kind if there is none, a take-home if there is one", () => {
    expect(kinds({ technicalRound: 'no' })).not.toContain('technical');
    expect(kinds({ takeHome: 'no' })).not.toContain('take_home');
    const withTakeHome = practiseNext(input({ takeHome: 'yes', technicalRound: 'yes' }));
    expect(withTakeHome.map((s) => s.kind)).toEqual([
      'product_sense',
      'behavioral',
      'technical',
      'take_home',
      'metrics',
    ]);
    expect(withTakeHome.find((s) => s.kind === 'take_home')?.reason).toMatch(
      /you said your loop has a take-home\.$/,
    );
    expect(withTakeHome.find((s) => s.kind === 'technical')?.reason).toMatch(
      /you said your loop has a technical round\.$/,
    );
  });

  it('puts first the kind whose dimensions are furthest below the bar, naming them with their scores', () => {
    // Only product sense scores user insight and problem definition here: their gaps are its own.
    const answers = [
      answer('behavioral', 4),
      answer('product_sense', 4, { problem_definition: 1, user_insight: 1 }),
    ];
    const next = practiseNext(input({ answers }));
    expect(next[0]?.kind).toBe('product_sense');
    expect(next[0]?.dimensions.map((d) => [d.id, d.gap])).toEqual([
      ['problem_definition', 2],
      ['user_insight', 2],
    ]);
    expect(next[0]?.reason).toBe(
      'Your recent answers fall short of the PM II (mid-level) bar on Problem definition (1 against 3) and User insight (1 against 3), and your loop will have a Product sense round.',
    );
    // Practised and at the bar: last, with nothing to name.
    const behavioral = next.find((s) => s.kind === 'behavioral');
    expect(behavioral?.dimensions).toEqual([]);
    expect(behavioral?.reason).toMatch(
      /^Your recent answers meet the PM II \(mid-level\) bar on everything a Behavioral round grades: keep it warm/,
    );
  });

  it('weighs recent answers: weak ones from long ago no longer count once five newer ones clear the bar', () => {
    const recent = Array.from({ length: 5 }, () => answer('product_sense', 4));
    const old = Array.from({ length: 5 }, () => answer('product_sense', 1));
    const next = practiseNext(input({ answers: [...recent, ...old] }));
    expect(next.find((s) => s.kind === 'product_sense')?.dimensions).toEqual([]);
    const turned = practiseNext(input({ answers: [...old, ...recent] }));
    expect(turned[0]?.kind).toBe('product_sense');
  });

  it("ranks a kind never practised above one practised at the bar, and names what others' answers say", () => {
    const answers = [answer('product_sense', 4), answer('behavioral', 4), answer('metrics', 1)];
    const next = practiseNext(input({ answers }));
    expect(next[0]?.kind).toBe('technical');
    expect(next.at(-1)?.kind).toBe('behavioral');
    // Tradeoffs, scored by the other kinds' answers, is known; technical depth is not yet.
    expect(next[0]?.reason).toMatch(/^You have not answered a Technical and systems thinking question yet/);
    expect(next[0]?.dimensions[0]).toEqual({ id: 'technical_depth', label: expect.any(String), gap: null });
  });

  it('reads the loop from the level guides', () => {
    for (const guide of loadBank().levels) {
      const next = practiseNext(input({ level: guide.id, loop: guide.loop.rounds }));
      expect(next.length, guide.id).toBeGreaterThanOrEqual(3);
      expect(new Set(next.map((s) => s.kind)).size).toBe(next.length);
    }
    const apm = loadBank().levels.find((g) => g.id === 'apm');
    if (!apm) throw new Error('no APM guide');
    expect(practiseNext(input({ level: 'apm', loop: apm.loop.rounds }))[0]?.kind).toBe('product_sense');
  });
});
