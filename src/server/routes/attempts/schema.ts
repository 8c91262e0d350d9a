// Request and response schemas of the attempt routes.
import { Type } from 'typebox';
import { DIMENSION_IDS, KIND_IDS, LEVEL_IDS, LIMITS } from '../../../engine/index.js';
import { ATTEMPT_SORTS } from '../../../store/attempts.repository.js';
import { AnswerText, errors, QuestionText, Text, Uuid } from '../../schemas/common.js';
import { ReportSchema } from '../../schemas/report.js';

const demonstrated = Type.Enum([...LEVEL_IDS, 'none']);
const verdict = Type.Enum(['below', 'meets', 'exceeds']);
const DurationSec = Type.Integer({
  minimum: 0,
  maximum: 86_400,
  description: 'how long the candidate took, in seconds',
});
const QuestionId = Type.String({
  maxLength: 200,
  pattern: '^[a-z0-9-]+$',
  description: 'a question of the bank',
});

export const ScoreChangeSchema = Type.Object({
  since: Type.Integer({ description: 'the revision compared with' }),
  overall: Type.Number({ description: 'the change in overall score' }),
  dimensions: Type.Array(
    Type.Object({
      id: Type.Enum(DIMENSION_IDS),
      from: Type.Integer(),
      to: Type.Integer(),
      delta: Type.Integer(),
    }),
  ),
  demonstrated: Type.Object({ from: demonstrated, to: demonstrated }),
  verdict: Type.Object({ from: verdict, to: verdict }),
});

export const RevisionSchema = Type.Object({
  number: Type.Integer({ minimum: 1 }),
  answer: Type.String(),
  durationSec: Type.Union([Type.Integer(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  report: ReportSchema,
  change: Type.Union([ScoreChangeSchema, Type.Null()]),
});

export const DraftSchema = Type.Object({
  answer: Type.String(),
  updatedAt: Type.String({ format: 'date-time' }),
});

const summaryFields = {
  id: Type.String({ format: 'uuid' }),
  questionId: Type.Union([Type.String(), Type.Null()]),
  question: Type.String(),
  kind: Type.Enum(KIND_IDS),
  level: Type.Enum(LEVEL_IDS),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  revisionCount: Type.Integer(),
  latest: Type.Union([
    Type.Object({
      number: Type.Integer(),
      overall: Type.Number(),
      demonstrated,
      verdict,
      createdAt: Type.String({ format: 'date-time' }),
    }),
    Type.Null(),
  ]),
};

export const AttemptSummarySchema = Type.Object(summaryFields);
export const AttemptSchema = Type.Object({
  ...summaryFields,
  revisions: Type.Array(RevisionSchema),
  draft: Type.Union([DraftSchema, Type.Null()]),
});

const IdParams = Type.Object({ id: Uuid });
const auth = { security: [{ session: [] }], tags: ['attempts'] };

export const createAttemptSchema = {
  ...auth,
  summary: 'Answer a question: the attempt and the report of its first answer',
  body: Type.Object(
    {
      questionId: Type.Optional(QuestionId),
      question: Type.Optional(QuestionText),
      kind: Type.Optional(Type.Enum(KIND_IDS)),
      level: Type.Enum(LEVEL_IDS),
      answer: AnswerText,
      durationSec: Type.Optional(DurationSec),
    },
    { additionalProperties: false, description: 'questionId, or question and kind for a prompt of your own' },
  ),
  response: {
    201: Type.Object({ ...AttemptSchema.properties, report: ReportSchema }),
    ...errors(400, 401, 403, 413, 415),
  },
};

export const listAttemptsSchema = {
  ...auth,
  summary: 'Your attempts, newest first unless sorted otherwise',
  querystring: Type.Object(
    {
      kind: Type.Optional(Type.Enum(KIND_IDS)),
      level: Type.Optional(Type.Enum(LEVEL_IDS)),
      questionId: Type.Optional(QuestionId),
      verdict: Type.Optional(
        Type.Enum(['below', 'meets', 'exceeds'], { description: 'of the latest revision' }),
      ),
      sort: Type.Optional(
        Type.Enum(ATTEMPT_SORTS, {
          default: 'newest',
          description: 'newest or oldest first, or by the overall score of the latest revision',
        }),
      ),
      limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
      offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
    },
    { additionalProperties: false },
  ),
  response: {
    200: Type.Object({ attempts: Type.Array(AttemptSummarySchema), total: Type.Integer() }),
    ...errors(400, 401),
  },
};

export const getAttemptSchema = {
  ...auth,
  summary: 'One attempt with every revision, its report and the change in scores',
  params: IdParams,
  response: { 200: AttemptSchema, ...errors(400, 401, 404) },
};

export const addRevisionSchema = {
  ...auth,
  summary: 'A new version of the answer, graded, with the change in scores',
  params: IdParams,
  body: Type.Object(
    { answer: AnswerText, durationSec: Type.Optional(DurationSec) },
    { additionalProperties: false },
  ),
  response: { 201: RevisionSchema, ...errors(400, 401, 403, 404, 413, 415) },
};

export const saveDraftSchema = {
  ...auth,
  summary: 'Autosave the answer being written',
  params: IdParams,
  body: Type.Object(
    { answer: Text({ maxLength: LIMITS.maxAnswerChars, description: 'the text so far; may be empty' }) },
    { additionalProperties: false },
  ),
  response: { 200: DraftSchema, ...errors(400, 401, 403, 404, 413, 415) },
};

export const deleteAttemptSchema = {
  ...auth,
  summary: 'Delete an attempt with its revisions and draft',
  params: IdParams,
  response: { 204: Type.Null(), ...errors(400, 401, 403, 404) },
};

/** The text fields of the upload form, besides the file. */
export const UPLOAD_FIELDS = ['level', 'questionId', 'question'] as const;

/** The uploaded file as the upload route reads it from the form. */
export interface UploadedFile {
  name: string;
  bytes: Buffer;
}

export const DocumentSchema = Type.Object({
  name: Type.String({ description: 'the file name, without any path' }),
  format: Type.Enum(['md', 'txt', 'docx', 'pdf'], { description: 'as read from the bytes, not the name' }),
  words: Type.Integer({ description: 'words in the text read out of it' }),
  pages: Type.Optional(Type.Integer({ description: 'for a PDF only' })),
});

export const uploadAttemptSchema = {
  ...auth,
  summary: 'Upload a take-home (.md, .txt, .docx or .pdf): graded as take_home, stored as an attempt',
  description: `A multipart/form-data form: level, questionId (a take_home question of the bank) or question, and one file of at most ${LIMITS.maxUploadBytes / (1024 * 1024)} MB. 413 for a file too large, 415 for another format, 422 for a document with no text layer (scanned_pdf), no text (empty_document), too much text (document_too_long), or one that is damaged or protected.`,
  consumes: ['multipart/form-data'],
  body: Type.Object(
    {
      level: Type.Enum(LEVEL_IDS),
      questionId: Type.Optional(QuestionId),
      question: Type.Optional(QuestionText),
      file: Type.Unsafe<UploadedFile>({
        contentMediaType: 'application/octet-stream',
        description: 'the document: .md, .txt, .docx or .pdf',
      }),
    },
    { additionalProperties: false },
  ),
  response: {
    201: Type.Object({ ...AttemptSchema.properties, report: ReportSchema, document: DocumentSchema }),
    ...errors(400, 401, 403, 413, 415, 422),
  },
};
