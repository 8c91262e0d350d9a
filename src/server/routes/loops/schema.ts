// Request and response schemas of the mock loop routes: composing a loop, running its rounds against
// the clock, and its hiring-committee packet.
import { Type } from 'typebox';
import { DIMENSION_IDS, KIND_IDS, LEVEL_IDS, LIMITS } from '../../../engine/index.js';
import { AnswerText, errors, Text, Uuid } from '../../schemas/common.js';
import { ReportSchema } from '../../schemas/report.js';

export const MAX_LOOP_ROUNDS = 8;

const RecruiterAnswer = Type.Enum(['yes', 'no', 'unknown'], {
  description: 'what the recruiter said: yes, no, or unknown when not asked yet',
});
const demonstrated = Type.Enum([...LEVEL_IDS, 'none'], { description: 'a level id, or none' });
const verdict = Type.Enum(['below', 'meets', 'exceeds']);
const DateTime = Type.String({ format: 'date-time' });
const NullableDateTime = Type.Union([DateTime, Type.Null()]);

/** The loop details a request may give; what it leaves out comes from the profile. */
const detailFields = {
  level: Type.Optional(Type.Enum(LEVEL_IDS, { description: 'default: the target level of your profile' })),
  rounds: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: MAX_LOOP_ROUNDS,
      description: 'rounds the recruiter said; default: your profile',
    }),
  ),
  technicalRound: Type.Optional(RecruiterAnswer),
  takeHome: Type.Optional(RecruiterAnswer),
};

const SignalSchema = Type.Object({
  id: Type.String({ description: 'an engine signal id, e.g. clarifying_question' }),
  label: Type.String({ description: 'what it is, as an interviewer would note it' }),
});

const DetailsSchema = Type.Object({
  rounds: Type.Union([Type.Integer(), Type.Null()], { description: 'null: the level’s usual loop' }),
  technicalRound: RecruiterAnswer,
  takeHome: RecruiterAnswer,
});

const PlannedRoundSchema = Type.Object({
  position: Type.Integer({ minimum: 1 }),
  kind: Type.Enum(KIND_IDS),
  name: Type.String({ description: 'what companies call the round' }),
  signals: Type.Array(SignalSchema, { description: 'the signals this round owns' }),
});

export const CompositionSchema = Type.Object({
  level: Type.Enum(LEVEL_IDS),
  details: DetailsSchema,
  rounds: Type.Array(PlannedRoundSchema),
  notes: Type.Array(Type.String(), { description: 'why the loop differs from the level’s default' }),
});

const RoundStatus = Type.Enum(['waiting', 'running', 'overtime', 'submitted']);

const ClockFields = {
  status: RoundStatus,
  limitSec: Type.Integer(),
  startedAt: NullableDateTime,
  elapsedSec: Type.Integer(),
  remainingSec: Type.Integer({ description: 'never below 0' }),
  overtimeSec: Type.Integer({ description: 'seconds past the limit' }),
};

export const RoundSchema = Type.Object({
  position: Type.Integer({ minimum: 1 }),
  kind: Type.Enum(KIND_IDS),
  name: Type.String(),
  signals: Type.Array(SignalSchema),
  ...ClockFields,
  questionId: Type.Union([Type.String(), Type.Null()], { description: 'null until the round starts' }),
  question: Type.Union([Type.String(), Type.Null()], { description: 'null until the round starts' }),
  submittedAt: NullableDateTime,
  durationSec: Type.Union([Type.Integer(), Type.Null()]),
  overtime: Type.Boolean({ description: 'answered after the limit' }),
  storyId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  draft: Type.Union([Type.Object({ answer: Type.String(), updatedAt: DateTime }), Type.Null()]),
  attemptId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()], {
    description: 'the attempt the answer became; null before it, or once that attempt is deleted',
  }),
  result: Type.Union([Type.Object({ overall: Type.Number(), demonstrated, verdict }), Type.Null()]),
});

const LoopStatus = Type.Enum(['not_started', 'in_progress', 'finished']);

export const LoopSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  level: Type.Enum(LEVEL_IDS),
  status: LoopStatus,
  details: DetailsSchema,
  notes: Type.Array(Type.String()),
  createdAt: DateTime,
  finishedAt: NullableDateTime,
  now: Type.String({ format: 'date-time', description: 'the server’s clock, to count down from' }),
  current: Type.Union([Type.Object({ position: Type.Integer(), ...ClockFields }), Type.Null()], {
    description: 'the round the candidate is on; null once every round is answered',
  }),
  rounds: Type.Array(RoundSchema),
});

const LoopSummarySchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  level: Type.Enum(LEVEL_IDS),
  status: LoopStatus,
  createdAt: DateTime,
  finishedAt: NullableDateTime,
  rounds: Type.Integer(),
  answered: Type.Integer(),
  currentPosition: Type.Union([Type.Integer(), Type.Null()]),
});

const PacketNoteSchema = Type.Object({
  position: Type.Integer(),
  round: Type.String(),
  dimension: Type.Enum(DIMENSION_IDS),
  text: Type.String({ description: 'the note, as an interviewer would write it' }),
  quote: Type.Union([Type.String(), Type.Null()], { description: 'the candidate’s own words behind it' }),
});

export const PacketSchema = Type.Object({
  loopId: Type.String({ format: 'uuid' }),
  finishedAt: NullableDateTime,
  target: Type.Enum(LEVEL_IDS),
  targetLabel: Type.String(),
  rounds: Type.Array(
    Type.Object({
      position: Type.Integer(),
      kind: Type.Enum(KIND_IDS),
      name: Type.String(),
      question: Type.String(),
      answered: Type.Boolean(),
      overall: Type.Union([Type.Number(), Type.Null()]),
      demonstrated,
      verdict,
      limitSec: Type.Integer(),
      durationSec: Type.Union([Type.Integer(), Type.Null()]),
      overtime: Type.Boolean(),
      signals: Type.Array(
        Type.Object({
          id: Type.String(),
          label: Type.String(),
          shown: Type.Boolean(),
          quote: Type.Union([Type.String(), Type.Null()]),
        }),
      ),
      gaps: Type.Array(Type.String(), { description: 'what the round lacks for the target level' }),
    }),
  ),
  supported: Type.Object({ level: demonstrated, label: Type.String(), summary: Type.String() }),
  downLevel: Type.Object({ risk: Type.Enum(['low', 'medium', 'high']), reasons: Type.Array(Type.String()) }),
  strengths: Type.Array(PacketNoteSchema),
  concerns: Type.Array(PacketNoteSchema),
  summary: Type.String(),
});

const IdParams = Type.Object({ id: Uuid });
const RoundParams = Type.Object({
  id: Uuid,
  position: Type.Integer({ minimum: 1, maximum: MAX_LOOP_ROUNDS }),
});
const auth = { security: [{ session: [] }], tags: ['loops'] };

export const compositionSchema = {
  ...auth,
  summary: 'The rounds a mock loop would have: the level’s default adjusted to what the recruiter said',
  querystring: Type.Object(detailFields, { additionalProperties: false }),
  response: { 200: CompositionSchema, ...errors(400, 401) },
};

export const createLoopSchema = {
  ...auth,
  summary: 'Compose a mock loop with a question for each round that you have not met recently',
  body: Type.Object(detailFields, { additionalProperties: false }),
  response: { 201: LoopSchema, ...errors(400, 401, 403, 409, 413, 415) },
};

export const listLoopsSchema = {
  ...auth,
  summary: 'Your mock loops, newest first',
  querystring: Type.Object(
    {
      limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
      offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
    },
    { additionalProperties: false },
  ),
  response: {
    200: Type.Object({ loops: Type.Array(LoopSummarySchema), total: Type.Integer() }),
    ...errors(400, 401),
  },
};

export const getLoopSchema = {
  ...auth,
  summary: 'One loop: every round with its clock, the current round and its remaining time',
  params: IdParams,
  response: { 200: LoopSchema, ...errors(400, 401, 404) },
};

export const deleteLoopSchema = {
  ...auth,
  summary: 'Delete a loop (its answers stay in your attempts)',
  params: IdParams,
  response: { 204: Type.Null(), ...errors(400, 401, 403, 404) },
};

export const startRoundSchema = {
  ...auth,
  summary: 'Start the current round’s clock and see its question; starting it again resumes it',
  params: RoundParams,
  response: { 200: LoopSchema, ...errors(400, 401, 403, 404, 409) },
};

export const roundDraftSchema = {
  ...auth,
  summary: 'Autosave the round’s answer, or start it from a story of your story bank',
  description: 'Give answer, storyId or both. A storyId without an answer fills the draft with the story.',
  params: RoundParams,
  body: Type.Object(
    {
      answer: Type.Optional(
        Text({ maxLength: LIMITS.maxAnswerChars, description: 'the text so far; may be empty' }),
      ),
      storyId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    },
    { additionalProperties: false },
  ),
  response: {
    200: Type.Object({
      answer: Type.String(),
      storyId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
      updatedAt: DateTime,
    }),
    ...errors(400, 401, 403, 404, 409, 413, 415),
  },
};

export const answerRoundSchema = {
  ...auth,
  summary: 'Answer the current round: graded, kept as an attempt, flagged overtime after the limit',
  params: RoundParams,
  body: Type.Object(
    { answer: AnswerText, storyId: Type.Optional(Type.Union([Uuid, Type.Null()])) },
    { additionalProperties: false },
  ),
  response: {
    201: Type.Object({
      attemptId: Type.String({ format: 'uuid' }),
      durationSec: Type.Integer(),
      overtime: Type.Boolean(),
      report: ReportSchema,
      loop: LoopSchema,
    }),
    ...errors(400, 401, 403, 404, 409, 413, 415),
  },
};

export const packetSchema = {
  ...auth,
  summary: 'The hiring-committee packet of a finished loop',
  params: IdParams,
  response: { 200: PacketSchema, ...errors(400, 401, 404, 409) },
};

export const packetFileSchema = (format: 'Markdown' | 'PDF') => ({
  ...auth,
  summary: `The hiring-committee packet as a ${format} file`,
  params: IdParams,
  produces: [format === 'PDF' ? 'application/pdf' : 'text/markdown'],
  response: {
    // The body is a file, sent as it is (a Buffer or a string), never serialized as JSON.
    200: Type.Unsafe<string | Buffer>({ type: 'string', description: `the packet as ${format}` }),
    ...errors(400, 401, 404, 409),
  },
});
