// Request and response schemas of coaching: invites a candidate sends, their acceptance by a coach,
// and what a coach sees of the candidates who invited them (their attempts list and progress, no more).
import { Type } from 'typebox';
import { KIND_IDS, LEVEL_IDS } from '../../../engine/index.js';
import { MAX_LINK_DAYS, MIN_LINK_DAYS } from '../../../reviews/share.js';
import { errors, Uuid } from '../../schemas/common.js';
import { AttemptSummarySchema } from '../attempts/schema.js';
import { progressSchema } from '../progress/schema.js';
import { LinkToken } from '../reviews/link-token.js';

const DateTime = Type.String({ format: 'date-time' });

const InviteSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  state: Type.Enum(['active', 'accepted', 'expired', 'revoked']),
  expiresAt: DateTime,
  revokedAt: Type.Union([DateTime, Type.Null()]),
  acceptedAt: Type.Union([DateTime, Type.Null()]),
  coach: Type.Union([
    Type.Object({ id: Type.String({ format: 'uuid' }), email: Type.String() }),
    Type.Null(),
  ]),
  createdAt: DateTime,
});

const PersonSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  email: Type.String(),
  since: DateTime,
});

const CandidateParams = Type.Object({ candidateId: Uuid });
const auth = { security: [{ session: [] }], tags: ['coach'] };

export const createInviteSchema = {
  ...auth,
  summary: 'Invite a coach: a link token, shown once, that one coach can accept',
  body: Type.Object(
    {
      days: Type.Integer({ minimum: MIN_LINK_DAYS, maximum: MAX_LINK_DAYS, description: 'until it expires' }),
    },
    { additionalProperties: false },
  ),
  response: {
    201: Type.Object({
      ...InviteSchema.properties,
      token: Type.String({ description: 'give it to your coach' }),
    }),
    ...errors(400, 401, 403, 413, 415),
  },
};

export const listInvitesSchema = {
  ...auth,
  summary: 'Your coach invites, newest first',
  response: { 200: Type.Object({ invites: Type.Array(InviteSchema) }), ...errors(401) },
};

export const revokeInviteSchema = {
  ...auth,
  summary: 'Withdraw a coach invite not yet accepted',
  params: Type.Object({ id: Uuid }),
  response: { 204: Type.Null(), ...errors(400, 401, 403, 404) },
};

export const acceptInviteSchema = {
  ...auth,
  summary: 'Accept a coach invite, signed in as the coach: the candidate appears among yours',
  description: 'The token travels in the body so that it stays out of request logs.',
  body: Type.Object({ token: LinkToken }, { additionalProperties: false }),
  response: {
    200: Type.Object({ candidate: PersonSchema }),
    ...errors(400, 401, 403, 404, 409, 410, 413, 415),
  },
};

export const coachesSchema = {
  ...auth,
  summary: 'The coaches who see your attempts list and progress',
  response: { 200: Type.Object({ coaches: Type.Array(PersonSchema) }), ...errors(401) },
};

export const removeCoachSchema = {
  ...auth,
  summary: 'Stop a coach seeing your attempts and progress',
  params: Type.Object({ coachId: Uuid }),
  response: { 204: Type.Null(), ...errors(400, 401, 403, 404) },
};

export const candidatesSchema = {
  ...auth,
  summary: 'As a coach: the candidates who invited you',
  response: { 200: Type.Object({ candidates: Type.Array(PersonSchema) }), ...errors(401) },
};

export const leaveCandidateSchema = {
  ...auth,
  summary: 'As a coach: stop coaching a candidate',
  params: CandidateParams,
  response: { 204: Type.Null(), ...errors(400, 401, 403, 404) },
};

export const candidateAttemptsSchema = {
  ...auth,
  summary: 'As a coach: a candidate’s attempts, newest first, with their latest scores (not the answers)',
  params: CandidateParams,
  querystring: Type.Object(
    {
      kind: Type.Optional(Type.Enum(KIND_IDS)),
      level: Type.Optional(Type.Enum(LEVEL_IDS)),
      limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
      offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
    },
    { additionalProperties: false },
  ),
  response: {
    200: Type.Object({
      candidate: PersonSchema,
      attempts: Type.Array(AttemptSummarySchema),
      total: Type.Integer(),
    }),
    ...errors(400, 401, 404),
  },
};

export const candidateProgressSchema = {
  ...auth,
  summary: 'As a coach: a candidate’s progress, as GET /api/progress shows it to them',
  params: CandidateParams,
  querystring: progressSchema.querystring,
  response: {
    200: Type.Object({ candidate: PersonSchema, progress: progressSchema.response[200] }),
    ...errors(400, 401, 404),
  },
};
