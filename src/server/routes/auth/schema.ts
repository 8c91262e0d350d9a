// Request and response schemas of the account routes.
import { Type } from 'typebox';
import { errors, Text } from '../../schemas/common.js';

export const Credentials = Type.Object(
  {
    email: Type.String({ format: 'email', maxLength: 254, description: 'the account email' }),
    password: Text({ minLength: 8, maxLength: 256, description: '8 to 256 characters' }),
  },
  { additionalProperties: false },
);

export const UserSchema = Type.Object({
  id: Type.String(),
  email: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
});

export const UserBody = Type.Object({ user: UserSchema });

export const signupSchema = {
  tags: ['accounts'],
  summary: 'Create an account and sign in',
  description:
    'Creates the account and starts a session (cookie). For an email that already has an account, signs in when the password is right and otherwise answers like a failed login.',
  body: Credentials,
  response: { 201: UserBody, ...errors(400, 401, 403, 413, 415, 429) },
};

export const loginSchema = {
  tags: ['accounts'],
  summary: 'Sign in',
  description:
    'Starts a session (cookie). Throttled per account and per address; an unknown email and a wrong password get the same answer.',
  body: Credentials,
  response: { 200: UserBody, ...errors(400, 401, 403, 413, 415, 429) },
};

export const logoutSchema = {
  tags: ['accounts'],
  summary: 'Sign out',
  response: { 204: Type.Null(), ...errors(403) },
};

export const meSchema = {
  tags: ['accounts'],
  summary: 'The signed-in user',
  security: [{ session: [] }],
  response: { 200: UserBody, ...errors(401) },
};
