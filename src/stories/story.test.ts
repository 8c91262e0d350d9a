import { describe, expect, it } from 'vitest';
import { contentGrader } from '../content/grader.js';
import { checkFields, evidenceByField, type StoryFields, storyText } from './story.js';

const fields: StoryFields = {
  situation: 'Our checkout lost a fifth of its buyers after a redesign, and sales blamed engineering.',
  task: 'I owned checkout and had one quarter to win the buyers back.',
  action:
    'I pulled the funnel data and found the drop was on mobile, at the address step. I compared three fixes with the lead engineer, chose autofill because it was cheapest to test, and ran it as an experiment. I brought sales in weekly so they saw the data themselves.',
  result:
    'Mobile conversion rose from 61% to 70% in six weeks, and the team now tests every checkout change.',
  learned: 'I now ask for the funnel before anyone argues about causes.',
};

describe('a story in STAR form', () => {
  it('is told as one answer, each field a paragraph, with its place known', () => {
    const story = storyText(fields);
    expect(story.text.split('\n\n')).toHaveLength(5);
    for (const span of story.spans) expect(story.text.slice(span.start, span.end)).toBe(fields[span.field]);
    expect(storyText({ ...fields, learned: null }).spans.map((s) => s.field)).toEqual([
      'situation',
      'task',
      'action',
      'result',
    ]);
  });

  it("places the report's evidence in the fields it was written in", () => {
    const story = storyText(fields);
    const report = contentGrader().grade({
      answer: story.text,
      kind: 'behavioral',
      level: 'pm2',
      question: null,
    });
    const evidence = evidenceByField(story, report);
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) {
      expect(fields[e.field]?.slice(e.fieldStart, e.fieldEnd)).toBe(
        e.text.slice(0, e.fieldEnd - e.fieldStart),
      );
    }
    expect(evidence.some((e) => e.field === 'action')).toBe(true);
  });

  it('guides each field: the action the largest, an "I", a number in the result', () => {
    expect(checkFields(fields).every((c) => c.advice.length === 0)).toBe(true);
    const checks = checkFields({
      situation:
        'A long story about the company, its history, its market, its people and its many products over ten years.',
      task: '',
      action: 'We fixed it.',
      result: 'It went well.',
      learned: null,
    });
    const advice = Object.fromEntries(checks.map((c) => [c.field, c.advice.join(' ')]));
    expect(advice.situation).toMatch(/over a third/);
    expect(advice.situation).toMatch(/longer than the action/);
    expect(advice.task).toMatch(/Write the task/);
    expect(advice.action).toMatch(/with “I”/);
    expect(advice.result).toMatch(/Add a number/);
    expect(advice.learned).toBe('');
  });
});
