import { beforeAll, describe, expect, it } from 'vitest';
import { STRONG_ANSWER, WEAK_ANSWER } from '../../test/sample-answers.js';
import { contentGrader } from '../content/grader.js';
import type { Grader } from '../engine/index.js';
import {
  dimensionStandings,
  type GradedAnswer,
  kindFocus,
  kindNeed,
  UNKNOWN_GAP,
  weakSkills,
} from './standing.js';

let grader: Grader;
const answer = (text: string, createdAt: string): GradedAnswer => ({
  kind: 'product_sense',
  createdAt,
  report: grader.grade({
    answer: text,
    kind: 'product_sense',
    level: 'pm2',
    question: 'Design a grocery app for seniors.',
  }),
});

beforeAll(() => {
  grader = contentGrader();
});

describe('standing against the bar', () => {
  it("takes each dimension's mean of the latest answers against the target level's bar", () => {
    const answers = [answer(STRONG_ANSWER, '2026-12-02'), answer(WEAK_ANSWER, '2026-12-01')];
    const standings = dimensionStandings(answers, grader.rubric, 'senior');
    const problem = standings.find((s) => s.dimension === 'problem_definition');
    const [first = 0, second = 0] = answers.map(
      (a) => a.report.dimensions.find((d) => d.id === 'problem_definition')?.score ?? 0,
    );
    expect(problem).toMatchObject({ bar: 4, answers: 2, mean: (first + second) / 2 });
    expect(problem?.gap).toBe(4 - (problem?.mean ?? 0));
    // A dimension no product-sense answer scores has no standing yet.
    expect(standings.find((s) => s.dimension === 'star')).toMatchObject({
      mean: null,
      gap: null,
      answers: 0,
    });
  });

  it('weighs how far below the bar a kind is by its rubric, an unanswered kind counting as one point below', () => {
    const standings = dimensionStandings([answer(WEAK_ANSWER, '2026-12-01')], grader.rubric, 'pm2');
    expect(kindNeed('product_sense', standings, grader.rubric)).toBeGreaterThan(1);
    expect(kindNeed('behavioral', standings, grader.rubric)).toBe(UNKNOWN_GAP);
    expect(kindNeed('product_sense', dimensionStandings([], grader.rubric, 'apm'), grader.rubric)).toBe(
      UNKNOWN_GAP,
    );
    const focus = kindFocus('product_sense', standings, grader.rubric);
    expect(focus?.gap).toBeGreaterThan(0);
  });

  it('finds the skills the answers keep missing on dimensions below the bar', () => {
    const answers = [answer(WEAK_ANSWER, '2026-12-02'), answer(WEAK_ANSWER, '2026-12-01')];
    const standings = dimensionStandings(answers, grader.rubric, 'pm2');
    const skills = weakSkills(answers, standings, grader.rubric, ['product_sense']);
    expect(skills.length).toBeGreaterThan(0);
    expect(skills.map((s) => s.signal)).toContain('guardrail');
    for (const s of skills) expect(s.shown * 2).toBeLessThan(s.of);
    // A strong answer shows the guardrail: it is not a weak skill there.
    const strong = [answer(STRONG_ANSWER, '2026-12-02')];
    const strongSkills = weakSkills(strong, dimensionStandings(strong, grader.rubric, 'pm2'), grader.rubric, [
      'product_sense',
    ]);
    expect(strongSkills.map((s) => s.signal)).not.toContain('guardrail');
  });
});
