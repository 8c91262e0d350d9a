// Coaching: a candidate invites a coach by a link that expires; the coach, signed in, accepts it once.
// A coach sees the candidates who invited them, and for each only the attempts list and progress;
// anyone else's id answers exactly like one that does not exist. Either side can end it.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { expiryAfter, linkState } from '../../../reviews/share.js';
import { listAttempts } from '../../../store/attempts.repository.js';
import {
  acceptInvite,
  type CoachInvite,
  type CoachLink,
  candidatesOf,
  coachesOf,
  createInvite,
  endCoaching,
  findInviteByToken,
  listInvites,
  revokeInvite,
} from '../../../store/coaching.repository.js';
import { ApiError } from '../../errors.js';
import { currentUser, requireUser } from '../../session.js';
import { progressOf } from '../progress/progress-of.js';
import { linkNotFound, linkTokenHash, newLinkToken, requireLive } from '../reviews/link-token.js';
import {
  acceptInviteSchema,
  candidateAttemptsSchema,
  candidateProgressSchema,
  candidatesSchema,
  coachesSchema,
  createInviteSchema,
  leaveCandidateSchema,
  listInvitesSchema,
  removeCoachSchema,
  revokeInviteSchema,
} from './schema.js';

const candidateNotFound = () =>
  new ApiError(404, 'candidate_not_found', 'No candidate with this id has invited you as their coach.');

const person = (link: CoachLink) => ({ id: link.userId, email: link.email, since: link.since });

const coach: FastifyPluginAsyncTypebox = async (app) => {
  const { db, content } = app;
  app.addHook('preHandler', requireUser);

  const inviteView = (invite: CoachInvite, coachEmail: string | null, now: Date) => ({
    id: invite.id,
    state: invite.acceptedAt ? ('accepted' as const) : linkState(invite, now),
    expiresAt: invite.expiresAt,
    revokedAt: invite.revokedAt,
    acceptedAt: invite.acceptedAt,
    coach: invite.acceptedBy && coachEmail !== null ? { id: invite.acceptedBy, email: coachEmail } : null,
    createdAt: invite.createdAt,
  });

  /** The candidate, if they invited this coach and have not removed them since. */
  const coachedCandidate = async (coachId: string, candidateId: string) => {
    const link = (await candidatesOf(db, coachId)).find((c) => c.userId === candidateId);
    if (!link) throw candidateNotFound();
    return person(link);
  };

  app.post('/coach/invites', { schema: createInviteSchema }, async (request, reply) => {
    const now = new Date();
    const { token, hash } = newLinkToken();
    const invite = await createInvite(db, {
      userId: currentUser(request).id,
      tokenHash: hash,
      expiresAt: expiryAfter(now, request.body.days),
      now: now.toISOString(),
    });
    return reply.code(201).send({ ...inviteView(invite, null, now), token });
  });

  app.get('/coach/invites', { schema: listInvitesSchema }, async (request) => {
    const now = new Date();
    const invites = await listInvites(db, currentUser(request).id);
    return { invites: invites.map((i) => inviteView(i, i.coachEmail, now)) };
  });

  app.delete('/coach/invites/:id', { schema: revokeInviteSchema }, async (request, reply) => {
    const revoked = await revokeInvite(
      db,
      currentUser(request).id,
      request.params.id,
      new Date().toISOString(),
    );
    if (!revoked) throw new ApiError(404, 'invite_not_found', 'You have no coach invite with this id.');
    return reply.code(204).send(null);
  });

  app.post('/coach/accept', { schema: acceptInviteSchema }, async (request) => {
    const coachId = currentUser(request).id;
    const now = new Date();
    const invite = await findInviteByToken(db, linkTokenHash(request.body.token));
    if (!invite) throw linkNotFound('coach invite');
    if (invite.candidateId === coachId) {
      throw new ApiError(400, 'own_invite', 'This is your own invite: give it to your coach to accept.');
    }
    // An invite accepted by this coach already stays accepted, even once past its expiry.
    if (invite.acceptedBy !== coachId) {
      if (invite.acceptedBy !== null) {
        throw new ApiError(
          409,
          'invite_used',
          'Another coach accepted this invite: ask the candidate for a new one.',
        );
      }
      requireLive('coach invite', invite, now);
      if (!(await acceptInvite(db, invite.id, coachId, now.toISOString()))) {
        throw new ApiError(
          409,
          'invite_used',
          'Another coach accepted this invite: ask the candidate for a new one.',
        );
      }
    }
    return { candidate: await coachedCandidate(coachId, invite.candidateId) };
  });

  app.get('/coach/coaches', { schema: coachesSchema }, async (request) => ({
    coaches: (await coachesOf(db, currentUser(request).id)).map(person),
  }));

  app.delete('/coach/coaches/:coachId', { schema: removeCoachSchema }, async (request, reply) => {
    if (!(await endCoaching(db, currentUser(request).id, request.params.coachId))) {
      throw new ApiError(404, 'coach_not_found', 'No coach with this id sees your progress.');
    }
    return reply.code(204).send(null);
  });

  app.get('/coach/candidates', { schema: candidatesSchema }, async (request) => ({
    candidates: (await candidatesOf(db, currentUser(request).id)).map(person),
  }));

  app.delete('/coach/candidates/:candidateId', { schema: leaveCandidateSchema }, async (request, reply) => {
    if (!(await endCoaching(db, request.params.candidateId, currentUser(request).id)))
      throw candidateNotFound();
    return reply.code(204).send(null);
  });

  app.get('/coach/candidates/:candidateId/attempts', { schema: candidateAttemptsSchema }, async (request) => {
    const candidate = await coachedCandidate(currentUser(request).id, request.params.candidateId);
    const { limit = 20, offset = 0, ...filter } = request.query;
    const page = await listAttempts(db, candidate.id, { ...filter, limit, offset });
    return { candidate, attempts: page.attempts, total: page.total };
  });

  app.get('/coach/candidates/:candidateId/progress', { schema: candidateProgressSchema }, async (request) => {
    const candidate = await coachedCandidate(currentUser(request).id, request.params.candidateId);
    return { candidate, progress: await progressOf(db, content, candidate.id, request.query.level) };
  });
};

export default coach;
