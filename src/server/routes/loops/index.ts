// Mock onsite loops: compose one for the target level and what the recruiter said, run its rounds one
// after another against a server-side clock (resumable: the loop says which round is next and how
// long is left), keep each answer as an attempt, and end with the hiring-committee packet.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { levelGuide } from '../../../content/bank.js';
import { checkLoopSignals } from '../../../content/loop-signals.js';
import { currentRound, roundClock } from '../../../loops/clock.js';
import { composeLoop, LoopCompositionError, loopShape } from '../../../loops/compose.js';
import { packetMarkdown } from '../../../loops/packet-markdown.js';
import { packetPdf } from '../../../loops/packet-pdf.js';
import { dayOf } from '../../../plan/days.js';
import { createAttempt, deleteAttempt } from '../../../store/attempts.repository.js';
import type { Db } from '../../../store/database.js';
import {
  createLoop,
  deleteLoop,
  getLoop,
  type Loop,
  type LoopRound,
  listLoops,
  roundAnswers,
  saveRoundDraft,
  seenQuestions,
  startRound,
  submitRound,
} from '../../../store/loops.repository.js';
import { getStory } from '../../../store/stories.repository.js';
import { storyText } from '../../../stories/story.js';
import { ApiError } from '../../errors.js';
import { gradeAnswer } from '../../grading.js';
import { currentUser, requireUser } from '../../session.js';
import { resolveTarget } from '../plan/target.js';
import {
  answerRoundSchema,
  compositionSchema,
  createLoopSchema,
  deleteLoopSchema,
  getLoopSchema,
  listLoopsSchema,
  packetFileSchema,
  packetSchema,
  roundDraftSchema,
  startRoundSchema,
} from './schema.js';
import { packetSignals, signalLabel } from './signals.js';
import { loopPacket, loopSummary, loopView } from './view.js';

/** A question met within this many days is not drawn again while the bank has others. */
export const RECENT_DAYS = 60;

const loopNotFound = () => new ApiError(404, 'loop_not_found', 'You have no loop with this id.');

async function ownLoop(db: Db, userId: string, id: string): Promise<Loop> {
  const loop = await getLoop(db, userId, id);
  if (!loop) throw loopNotFound();
  return loop;
}

/** The round asked for, which must be the one the candidate is on: rounds run one after another. */
function roundToAnswer(loop: Loop, position: number): LoopRound {
  const round = loop.rounds.find((r) => r.position === position);
  if (!round) {
    throw new ApiError(
      404,
      'round_not_found',
      `This loop has ${loop.rounds.length} rounds; there is no round ${position}.`,
    );
  }
  if (round.submittedAt !== null) {
    throw new ApiError(
      409,
      'round_answered',
      `Round ${position} is answered already; rounds take one answer.`,
    );
  }
  const current = currentRound(loop.rounds);
  if (current && current.position !== position) {
    throw new ApiError(
      409,
      'round_not_current',
      `Round ${current.position} comes first: the rounds of a loop run one after another.`,
    );
  }
  return round;
}

function requireStarted(round: LoopRound): void {
  if (round.startedAt === null) {
    throw new ApiError(
      409,
      'round_not_started',
      `Start round ${round.position} first (POST .../rounds/${round.position}/start): its clock times the answer.`,
    );
  }
}

const loops: FastifyPluginAsyncTypebox = async (app) => {
  const { db, content } = app;
  // The server refuses to start on loop data whose rounds own signals the rubric never scores.
  checkLoopSignals(content.bank.levels, content.grader.rubric);
  const signals = packetSignals(content.grader.rubric);
  app.addHook('preHandler', requireUser);

  const answersOf = (loop: Loop) =>
    roundAnswers(
      db,
      loop.rounds.flatMap((r) => (r.attemptId ? [r.attemptId] : [])),
    );
  const view = async (loop: Loop, now = new Date()) => loopView(loop, await answersOf(loop), now, signals);
  const story = async (userId: string, storyId: string) => {
    const found = await getStory(db, userId, storyId);
    if (!found) throw new ApiError(404, 'story_not_found', 'You have no story with this id.');
    return found;
  };

  app.get('/loops/composition', { schema: compositionSchema }, async (request) => {
    const target = await resolveTarget(db, currentUser(request).id, request.query);
    const shape = loopShape(levelGuide(content.bank, target.level), target.details);
    return {
      level: target.level,
      details: target.details,
      rounds: shape.rounds.map((r, i) => ({
        position: i + 1,
        kind: r.kind,
        name: r.name,
        signals: r.owns.map((id) => signalLabel(signals, id)),
      })),
      notes: shape.notes,
    };
  });

  app.post('/loops', { schema: createLoopSchema }, async (request, reply) => {
    const userId = currentUser(request).id;
    const target = await resolveTarget(db, userId, request.body);
    const now = new Date();
    let composed: ReturnType<typeof composeLoop>;
    try {
      composed = composeLoop(
        levelGuide(content.bank, target.level),
        target.details,
        content.bank.questions,
        await seenQuestions(db, userId),
        { today: dayOf(now), recentDays: RECENT_DAYS, random: Math.random },
      );
    } catch (error) {
      if (error instanceof LoopCompositionError) throw new ApiError(409, error.code, error.message);
      throw error;
    }
    const loop = await createLoop(db, {
      userId,
      level: target.level,
      roundsRequested: target.details.rounds,
      technicalRound: target.details.technicalRound,
      takeHome: target.details.takeHome,
      notes: composed.notes,
      rounds: composed.rounds,
      now: now.toISOString(),
    });
    return reply.code(201).send(await view(loop, now));
  });

  app.get('/loops', { schema: listLoopsSchema }, async (request) => {
    const { limit = 20, offset = 0 } = request.query;
    const page = await listLoops(db, currentUser(request).id, { limit, offset });
    return { loops: page.loops.map(loopSummary), total: page.total };
  });

  app.get('/loops/:id', { schema: getLoopSchema }, async (request) =>
    view(await ownLoop(db, currentUser(request).id, request.params.id)),
  );

  app.delete('/loops/:id', { schema: deleteLoopSchema }, async (request, reply) => {
    if (!(await deleteLoop(db, currentUser(request).id, request.params.id))) throw loopNotFound();
    return reply.code(204).send(null);
  });

  app.post('/loops/:id/rounds/:position/start', { schema: startRoundSchema }, async (request) => {
    const userId = currentUser(request).id;
    const { id, position } = request.params;
    const loop = await ownLoop(db, userId, id);
    const round = roundToAnswer(loop, position);
    // Starting a running round again is how a candidate resumes it: the clock is not reset.
    if (round.startedAt === null) await startRound(db, userId, id, position, new Date().toISOString());
    return view(await ownLoop(db, userId, id));
  });

  app.put('/loops/:id/rounds/:position/draft', { schema: roundDraftSchema }, async (request) => {
    const userId = currentUser(request).id;
    const { id, position } = request.params;
    const round = roundToAnswer(await ownLoop(db, userId, id), position);
    requireStarted(round);
    const { answer, storyId } = request.body;
    if (answer === undefined && !storyId) {
      throw new ApiError(400, 'draft_empty', 'Give the answer so far, a storyId to start from, or both.');
    }
    const from = storyId ? await story(userId, storyId) : null;
    const text = answer ?? (from ? storyText(from).text : '');
    const keptStory = storyId === undefined ? round.storyId : storyId;
    const now = new Date().toISOString();
    // Answered between the read and the write.
    if (!(await saveRoundDraft(db, userId, id, position, { answer: text, storyId: keptStory }, now))) {
      throw new ApiError(
        409,
        'round_answered',
        `Round ${position} is answered already; rounds take one answer.`,
      );
    }
    return { answer: text, storyId: keptStory, updatedAt: now };
  });

  app.post('/loops/:id/rounds/:position/answer', { schema: answerRoundSchema }, async (request, reply) => {
    const userId = currentUser(request).id;
    const { id, position } = request.params;
    const loop = await ownLoop(db, userId, id);
    const round = roundToAnswer(loop, position);
    requireStarted(round);
    const storyId = request.body.storyId === undefined ? round.storyId : request.body.storyId;
    if (storyId) await story(userId, storyId);
    const { answer } = request.body;
    const question = { questionId: round.questionId, question: round.question, kind: round.kind };
    const report = gradeAnswer(content, question, loop.level, answer);
    const now = new Date();
    const clock = roundClock(round, now);
    const attempt = await createAttempt(db, {
      userId,
      questionId: round.questionId,
      question: round.question,
      kind: round.kind,
      level: loop.level,
      revision: { answer, durationSec: clock.elapsedSec, report },
      now: now.toISOString(),
    });
    const overtime = clock.overtimeSec > 0;
    const recorded = await submitRound(db, userId, id, position, {
      attemptId: attempt.id,
      durationSec: clock.elapsedSec,
      overtime,
      storyId,
      now: now.toISOString(),
    });
    if (!recorded) {
      // Another answer to this round won the race: this one must not linger as a stray attempt.
      await deleteAttempt(db, userId, attempt.id);
      throw new ApiError(
        409,
        'round_answered',
        `Round ${position} is answered already; rounds take one answer.`,
      );
    }
    return reply.code(201).send({
      attemptId: attempt.id,
      durationSec: clock.elapsedSec,
      overtime,
      report,
      loop: await view(await ownLoop(db, userId, id), now),
    });
  });

  const finishedPacket = async (userId: string, id: string) => {
    const loop = await ownLoop(db, userId, id);
    if (loop.finishedAt === null) {
      const answered = loop.rounds.filter((r) => r.submittedAt !== null).length;
      throw new ApiError(
        409,
        'loop_not_finished',
        `The packet comes once every round is answered: ${answered} of ${loop.rounds.length} are.`,
      );
    }
    return loopPacket(loop, await answersOf(loop), signals, content.grader.rubric);
  };

  app.get('/loops/:id/packet', { schema: packetSchema }, async (request) =>
    finishedPacket(currentUser(request).id, request.params.id),
  );

  app.get('/loops/:id/packet.md', { schema: packetFileSchema('Markdown') }, async (request, reply) => {
    const user = currentUser(request);
    const packet = await finishedPacket(user.id, request.params.id);
    return reply
      .type('text/markdown; charset=utf-8')
      .header(
        'content-disposition',
        `attachment; filename="ladder-packet-${dayOf(packet.finishedAt ?? new Date())}.md"`,
      )
      .send(packetMarkdown(packet, { finishedAt: packet.finishedAt, candidate: user.email }));
  });

  app.get('/loops/:id/packet.pdf', { schema: packetFileSchema('PDF') }, async (request, reply) => {
    const user = currentUser(request);
    const packet = await finishedPacket(user.id, request.params.id);
    const pdf = await packetPdf(packet, {
      finishedAt: packet.finishedAt,
      candidate: user.email,
      createdAt: new Date(packet.finishedAt ?? Date.now()),
    });
    return reply
      .type('application/pdf')
      .header(
        'content-disposition',
        `attachment; filename="ladder-packet-${dayOf(packet.finishedAt ?? new Date())}.pdf"`,
      )
      .send(pdf);
  });
};

export default loops;
