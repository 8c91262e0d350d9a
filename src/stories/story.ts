// A behavioral story written once in STAR form: the guided fields, the story told as one answer (so
// the engine grades it as an interviewer would hear it), and the evidence mapped back to its fields.
import type { Evidence, Report } from '../engine/index.js';

export const STORY_FIELD_IDS = ['situation', 'task', 'action', 'result', 'learned'] as const;
export type StoryFieldId = (typeof STORY_FIELD_IDS)[number];

export interface StoryField {
  id: StoryFieldId;
  label: string;
  /** The question the field answers, shown above it. */
  prompt: string;
  /** How to write it well, shown beside it. */
  hint: string;
  required: boolean;
}

/** The guided fields, in the order a story is told. */
export const STORY_FIELDS: readonly StoryField[] = [
  {
    id: 'situation',
    label: 'Situation',
    prompt: 'Where were you, what was at stake, and who was involved?',
    hint: 'Two or three sentences: enough for a stranger to follow, no more.',
    required: true,
  },
  {
    id: 'task',
    label: 'Task',
    prompt: 'What were you responsible for achieving, and by when?',
    hint: 'Your part, not the team’s: the goal you owned.',
    required: true,
  },
  {
    id: 'action',
    label: 'Action',
    prompt:
      'What did you do, step by step? What data did you use, which alternatives did you weigh, how did you bring people along?',
    hint: 'The largest part of the story. Say “I” for what you did; name the decision and why you made it.',
    required: true,
  },
  {
    id: 'result',
    label: 'Result',
    prompt: 'How did it turn out, and how far did it reach (the team, the product, the company)?',
    hint: 'With a number if you have one: from what to what, in how long.',
    required: true,
  },
  {
    id: 'learned',
    label: 'What you learned',
    prompt: 'What did you learn, and what do you do differently since?',
    hint: 'One or two sentences; interviewers at every level listen for it.',
    required: false,
  },
];

export type StoryFields = Record<Exclude<StoryFieldId, 'learned'>, string> & { learned: string | null };

export interface StoryText {
  /** The story told as one answer: the fields as paragraphs, in order. */
  text: string;
  /** Where each field sits in the text, UTF-16 offsets, half-open. */
  spans: Array<{ field: StoryFieldId; start: number; end: number }>;
}

/** The fields as one answer, without labels: graded as the story would be told in an interview. */
export function storyText(fields: StoryFields): StoryText {
  let text = '';
  const spans: StoryText['spans'] = [];
  for (const { id } of STORY_FIELDS) {
    const value = fields[id]?.trim();
    if (!value) continue;
    if (text) text += '\n\n';
    spans.push({ field: id, start: text.length, end: text.length + value.length });
    text += value;
  }
  return { text, spans };
}

export interface FieldEvidence extends Evidence {
  /** The field the evidence starts in, with offsets into that field's trimmed text. */
  field: StoryFieldId;
  fieldStart: number;
  fieldEnd: number;
}

/** The report's evidence placed in the fields, so that a form can highlight it where it was written. */
export function evidenceByField(story: StoryText, report: Report): FieldEvidence[] {
  const out: FieldEvidence[] = [];
  for (const d of report.dimensions) {
    for (const e of d.evidence) {
      const span = story.spans.find((s) => e.start >= s.start && e.start < s.end);
      if (!span) continue;
      out.push({
        ...e,
        field: span.field,
        fieldStart: e.start - span.start,
        fieldEnd: Math.min(e.end, span.end) - span.start,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

export interface FieldCheck {
  field: StoryFieldId;
  words: number;
  /** The field's share of the story's words, 0 to 1. */
  share: number;
  /** What to fix in this field, in a sentence each; empty when it reads well. */
  advice: string[];
}

const words = (text: string | null) => (text?.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;

/** The guided checks of each field: what STAR asks of it, beyond what the engine scores. */
export function checkFields(fields: StoryFields): FieldCheck[] {
  const counts = STORY_FIELDS.map((f) => words(fields[f.id]));
  const total = counts.reduce((a, b) => a + b, 0) || 1;
  const action = words(fields.action);
  return STORY_FIELDS.map((f, i) => {
    const n = counts[i] ?? 0;
    const share = Math.round((n / total) * 100) / 100;
    const value = fields[f.id] ?? '';
    const advice: string[] = [];
    if (f.required && n === 0) advice.push(`Write the ${f.label.toLowerCase()}: ${f.prompt}`);
    if (f.id === 'situation' && share > 0.3) {
      advice.push(
        'The situation takes over a third of the story: cut it to what a stranger needs to follow.',
      );
    }
    if (f.id !== 'action' && n > action && action > 0) {
      advice.push(
        `The ${f.label.toLowerCase()} is longer than the action: the action should be the largest part.`,
      );
    }
    if (f.id === 'action' && n > 0 && !/\bI\b/.test(value)) {
      advice.push('Say what you did with “I”: the interviewer grades your part, not the team’s.');
    }
    if (f.id === 'result' && n > 0 && !/\d/.test(value)) {
      advice.push('Add a number to the result (from what to what, in how long), even an approximate one.');
    }
    return { field: f.id, words: n, share, advice };
  });
}
