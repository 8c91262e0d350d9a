// Request and response schemas of the onboarding profile: the level aimed at, the interview date, the
// company and what the recruiter said of the loop.
import { Type } from 'typebox';
import { LEVEL_IDS } from '../../../engine/index.js';
import { LOOP_ANSWERS } from '../../../store/profiles.repository.js';
import { errors, Text } from '../../schemas/common.js';

export const MAX_COMPANY_CHARS = 120;
export const MAX_LOOP_ROUNDS = 8;

const LoopAnswer = Type.Enum(LOOP_ANSWERS, {
  description: 'what the recruiter said: yes, no, or unknown when not asked yet',
});

const profileFields = {
  targetLevel: Type.Enum(LEVEL_IDS, { description: 'the level interviewed for' }),
  interviewDate: Type.Union([
    Type.String({ format: 'date', description: 'the day of the interview, YYYY-MM-DD' }),
    Type.Null(),
  ]),
  company: Type.Union([
    Text({ maxLength: MAX_COMPANY_CHARS, description: `at most ${MAX_COMPANY_CHARS} characters; trimmed` }),
    Type.Null(),
  ]),
  loop: Type.Object(
    {
      rounds: Type.Integer({ minimum: 1, maximum: MAX_LOOP_ROUNDS, description: 'rounds in the loop' }),
      technicalRound: LoopAnswer,
      takeHome: LoopAnswer,
    },
    { additionalProperties: false },
  ),
};

export const ProfileInputSchema = Type.Object(profileFields, { additionalProperties: false });

// A response schema holds no custom formats: the serializer picks a union's branch with its own
// validator, which knows only the standard ones.
export const ProfileSchema = Type.Object({
  ...profileFields,
  company: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});

const ProfileBody = Type.Object({
  profile: Type.Union([ProfileSchema, Type.Null()], { description: 'null until onboarding is done' }),
});

const auth = { security: [{ session: [] }], tags: ['profile'] };

export const getProfileSchema = {
  ...auth,
  summary: 'Your onboarding profile, or null before onboarding',
  response: { 200: ProfileBody, ...errors(401) },
};

export const saveProfileSchema = {
  ...auth,
  summary: 'Save your onboarding profile (creates it or replaces it)',
  body: ProfileInputSchema,
  response: { 200: Type.Object({ profile: ProfileSchema }), ...errors(400, 401, 403, 413, 415) },
};
