// The export format (everything of a user, JSON) and the import that takes the same format back.
import { Type } from 'typebox';
import { KIND_IDS, LEVEL_IDS, LIMITS } from '../../../engine/index.js';
import { AnswerText, errors, QuestionText, Text, Uuid } from '../../schemas/common.js';
import { AttemptSchema } from '../attempts/schema.js';
import { ProfileInputSchema, ProfileSchema } from '../profile/schema.js';
import { PreparationExport, PreparationImport, PreparationImportResult } from './preparation.js';

export const EXPORT_FORMAT = 'ladder-export';
export const EXPORT_VERSION = 1;
export const MAX_IMPORTED_ATTEMPTS = 1_000;
export const MAX_IMPORTED_REVISIONS = 200;

const DateTime = Type.String({ format: 'date-time' });

export const ExportBody = Type.Object({
  format: Type.Literal(EXPORT_FORMAT),
  version: Type.Literal(EXPORT_VERSION),
  exportedAt: DateTime,
  user: Type.Object({ email: Type.String(), createdAt: DateTime }),
  profile: Type.Union([ProfileSchema, Type.Null()], { description: 'null before onboarding' }),
  attempts: Type.Array(AttemptSchema),
  ...PreparationExport,
});

/** The export's attempt, read back: what was derived (reports, changes, latest) is optional and regraded. */
const ImportedAttempt = Type.Object(
  {
    id: Uuid,
    questionId: Type.Union([Type.String({ maxLength: 200, pattern: '^[a-z0-9-]+$' }), Type.Null()]),
    question: QuestionText,
    kind: Type.Enum(KIND_IDS),
    level: Type.Enum(LEVEL_IDS),
    createdAt: DateTime,
    updatedAt: Type.Optional(DateTime),
    revisionCount: Type.Optional(Type.Integer()),
    latest: Type.Optional(Type.Unknown()),
    revisions: Type.Array(
      Type.Object(
        {
          number: Type.Integer({ minimum: 1, maximum: 10_000 }),
          answer: AnswerText,
          durationSec: Type.Union([Type.Integer({ minimum: 0, maximum: 86_400 }), Type.Null()]),
          createdAt: DateTime,
          report: Type.Optional(Type.Unknown()),
          change: Type.Optional(Type.Unknown()),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: MAX_IMPORTED_REVISIONS },
    ),
    draft: Type.Union([
      Type.Object(
        { answer: Text({ maxLength: LIMITS.maxAnswerChars }), updatedAt: DateTime },
        { additionalProperties: false },
      ),
      Type.Null(),
    ]),
  },
  { additionalProperties: false },
);

/** The export's profile, read back: an export made before profiles existed has none. */
const ImportedProfile = Type.Object(
  { ...ProfileInputSchema.properties, createdAt: DateTime, updatedAt: DateTime },
  { additionalProperties: false },
);

export const exportSchema = {
  tags: ['export'],
  security: [{ session: [] }],
  summary: 'Everything of yours, as JSON',
  response: { 200: ExportBody, ...errors(401) },
};

export const importSchema = {
  tags: ['export'],
  security: [{ session: [] }],
  summary: 'Bring back an export: idempotent, so importing the same file twice changes nothing',
  description: 'Reports are recomputed by the engine; the ones in the file are not trusted.',
  body: Type.Object(
    {
      format: Type.Literal(EXPORT_FORMAT),
      version: Type.Literal(EXPORT_VERSION),
      exportedAt: Type.Optional(DateTime),
      user: Type.Optional(Type.Unknown()),
      profile: Type.Optional(Type.Union([ImportedProfile, Type.Null()])),
      attempts: Type.Array(ImportedAttempt, { maxItems: MAX_IMPORTED_ATTEMPTS }),
      ...PreparationImport,
    },
    { additionalProperties: false },
  ),
  response: {
    200: Type.Object({
      attempts: Type.Object({ created: Type.Integer(), merged: Type.Integer() }),
      revisions: Type.Object({ added: Type.Integer() }),
      drafts: Type.Object({ saved: Type.Integer() }),
      profile: Type.Object({
        saved: Type.Boolean({ description: 'false when the file has none, or yours is as new or newer' }),
      }),
      ...PreparationImportResult,
    }),
    ...errors(400, 401, 403, 413, 415, 429),
  },
};
