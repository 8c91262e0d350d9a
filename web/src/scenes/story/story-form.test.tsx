// The story form's checks before the API is asked, and the story as it is sent.
import { describe, expect, it } from 'vitest';
import type { StoryGuide } from '../../api/client.js';
import { type StoryDraft, storyInput, storyProblems } from './story-form.js';

const guide: StoryGuide = {
  fields: [
    { id: 'situation', label: 'Situation', prompt: 'Where were you?', hint: '', required: true },
    { id: 'task', label: 'Task', prompt: 'What did you own?', hint: '', required: true },
    { id: 'action', label: 'Action', prompt: 'What did you do?', hint: '', required: true },
    { id: 'result', label: 'Result', prompt: 'How did it turn out?', hint: '', required: true },
    { id: 'learned', label: 'What you learned', prompt: 'What did you learn?', hint: '', required: false },
  ],
  competencies: [],
};

const complete: StoryDraft = {
  title: 'The checkout rewrite',
  situation: 'Checkout lost buyers.',
  task: 'I owned checkout.',
  action: 'I ran an experiment.',
  result: 'Conversion rose 9 points.',
  learned: '',
  competencies: ['failure'],
  level: 'pm2',
};

describe('storyProblems', () => {
  it('passes a complete story; what was learned is optional', () => {
    expect(storyProblems(complete, guide)).toEqual({});
  });

  it('names each empty required field with the question it answers', () => {
    const problems = storyProblems({ ...complete, title: ' ', action: '\n', result: '' }, guide);
    expect(problems).toEqual({
      title: 'Give the story a title you will recognise it by.',
      action: 'Write the action: What did you do?',
      result: 'Write the result: How did it turn out?',
    });
  });

  it('says how much to cut from a field or title over the limit, and caps the competencies', () => {
    const problems = storyProblems(
      {
        ...complete,
        title: 'x'.repeat(121),
        situation: 'y'.repeat(6001),
        competencies: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'],
      },
      guide,
    );
    expect(problems.title).toBe('The title is 121 characters; keep it to 120.');
    expect(problems.situation).toBe('Situation is 6001 characters; cut it to 6000.');
    expect(problems.competencies).toMatch(/at most 8/);
  });
});

describe('storyInput', () => {
  it('trims the fields, turns control characters into spaces and leaves an empty lesson out', () => {
    expect(storyInput({ ...complete, title: '  The rewrite ', action: 'I ran\u0007 it. ' })).toEqual({
      title: 'The rewrite',
      situation: 'Checkout lost buyers.',
      task: 'I owned checkout.',
      action: 'I ran  it.',
      result: 'Conversion rose 9 points.',
      learned: null,
      competencies: ['failure'],
      level: 'pm2',
    });
  });
});
