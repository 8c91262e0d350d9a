// Schemas every route shares: the error body, text fields that refuse control characters, ids.

import { type TSchema, Type } from 'typebox';
import Format from 'typebox/format';
import { LIMITS } from '../../engine/index.js';

/** Control characters other than tab, line feed and carriage return: never part of an answer. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
Format.Set('text', (value) => !CONTROL.test(value));

export const ErrorSchema = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ description: 'what went wrong, e.g. invalid_request, attempt_not_found' }),
      message: Type.String({ description: 'what went wrong and how to fix it, in a sentence' }),
    }),
  },
  { description: 'What went wrong' },
);

/** A string of text: tabs and line breaks allowed, other control characters refused. */
export function Text(options: { minLength?: number; maxLength: number; description?: string }) {
  return Type.String({ ...options, format: 'text' });
}

export const AnswerText = Text({
  minLength: 1,
  maxLength: LIMITS.maxAnswerChars,
  description: `the answer, at most ${LIMITS.maxAnswerChars} characters`,
});

export const QuestionText = Text({
  minLength: 1,
  maxLength: LIMITS.maxQuestionChars,
  description: 'the question as it was asked',
});

export const Uuid = Type.String({ format: 'uuid', description: 'an id the API gave out' });

/** The error responses a route may give, for the OpenAPI document and the serializer. */
export function errors(...statuses: number[]): Record<number, TSchema> {
  return Object.fromEntries(statuses.map((status) => [status, ErrorSchema]));
}
