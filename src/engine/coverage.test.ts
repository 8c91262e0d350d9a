import { describe, expect, it } from 'vitest';
import { contentGrader } from '../content/grader.js';

const grader = contentGrader();
const covers = [
  {
    dimension: 'metrics' as const,
    point: 'Breaks the drop down by endpoint, customer and SDK version to find which calls disappeared.',
  },
  {
    dimension: 'tradeoffs' as const,
    point: 'Notes the drop may be good news: less load and a lower cost to serve.',
  },
];

describe('coverage of a bank question', () => {
  it('marks a point covered with the sentence that covers it, and one not covered without evidence', () => {
    const answer =
      'First I would break the drop down by endpoint and by SDK version, to see which calls disappeared and for which customer. Then I would look at revenue, which stayed flat.';
    const report = grader.grade({
      answer,
      kind: 'metrics',
      level: 'pm2',
      question: 'API calls fell 10%. Why?',
      covers,
    });
    expect(report.coverage.map((c) => [c.dimension, c.covered])).toEqual([
      ['metrics', true],
      ['tradeoffs', false],
    ]);
    const evidence = report.coverage[0]?.evidence;
    expect(evidence && answer.slice(evidence.start, evidence.end)).toBe(evidence?.text);
    expect(evidence?.text).toMatch(/^First I would break/);
    expect(report.coverage[1]?.evidence).toBeNull();
  });

  it('is empty without a bank question', () => {
    const report = grader.grade({
      answer: 'I would look at the funnel first, then at retention.',
      kind: 'metrics',
      level: 'pm2',
    });
    expect(report.coverage).toEqual([]);
  });

  it('does not count one shared word as covering a point', () => {
    const report = grader.grade({
      answer:
        'The customer is always right, and I would talk to every customer about it before doing anything else at all.',
      kind: 'metrics',
      level: 'pm2',
      covers,
    });
    expect(report.coverage.every((c) => !c.covered)).toBe(true);
  });

  it('asks the question bank follow-ups first', () => {
    const report = grader.grade({
      answer:
        'I would look at the funnel first, then at retention, and then decide what to change in onboarding.',
      kind: 'metrics',
      level: 'pm2',
      questionFollowUps: ['What if the drop is only on Android?'],
    });
    expect(report.follow_ups[0]).toBe('What if the drop is only on Android?');
  });
});
