// The signed-in user's onboarding profile: what they are preparing for. Reading it before onboarding
// is not an error: the profile is simply null.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { getProfile, saveProfile } from '../../../store/profiles.repository.js';
import { currentUser, requireUser } from '../../session.js';
import { getProfileSchema, saveProfileSchema } from './schema.js';

const profile: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app;
  app.addHook('preHandler', requireUser);

  app.get('/me/profile', { schema: getProfileSchema }, async (request) => ({
    profile: await getProfile(db, currentUser(request).id),
  }));

  app.put('/me/profile', { schema: saveProfileSchema }, async (request) => ({
    profile: await saveProfile(db, currentUser(request).id, request.body, new Date().toISOString()),
  }));
};

export default profile;
