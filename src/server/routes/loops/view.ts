// A stored loop as the API shows it: each round with its clock at this moment, the question hidden
// until the round starts (as in a real interview), the round the candidate is on, and the packet.
import type { LevelId, Report, RubricData } from '../../../engine/index.js';
import { currentRound, roundClock } from '../../../loops/clock.js';
import { buildPacket, type Packet, type PacketSignalInfo } from '../../../loops/packet.js';
import type { Loop } from '../../../store/loops.repository.js';
import { signalLabel } from './signals.js';

export type RoundAnswers = ReadonlyMap<string, { answer: string; report: Report; revision: number }>;

export function loopStatus(loop: Loop): 'not_started' | 'in_progress' | 'finished' {
  if (loop.finishedAt !== null) return 'finished';
  return loop.rounds.some((r) => r.startedAt !== null) ? 'in_progress' : 'not_started';
}

export function loopView(
  loop: Loop,
  answers: RoundAnswers,
  now: Date,
  signals: ReadonlyMap<string, PacketSignalInfo>,
) {
  const rounds = loop.rounds.map((round) => {
    const clock = roundClock(round, now);
    const answer = round.attemptId ? answers.get(round.attemptId) : undefined;
    const shown = round.startedAt !== null;
    return {
      position: round.position,
      kind: round.kind,
      name: round.name,
      signals: round.owns.map((id) => signalLabel(signals, id)),
      ...clock,
      limitSec: round.limitSec,
      startedAt: round.startedAt,
      questionId: shown ? round.questionId : null,
      question: shown ? round.question : null,
      submittedAt: round.submittedAt,
      durationSec: round.durationSec,
      overtime: round.overtime,
      storyId: round.storyId,
      draft: round.draft,
      attemptId: round.attemptId,
      result: answer
        ? {
            overall: answer.report.overall,
            demonstrated: answer.report.level_fit.demonstrated,
            verdict: answer.report.level_fit.verdict,
          }
        : null,
    };
  });
  const current = currentRound(loop.rounds);
  const currentView = current ? rounds.find((r) => r.position === current.position) : undefined;
  return {
    id: loop.id,
    level: loop.level,
    status: loopStatus(loop),
    details: { rounds: loop.roundsRequested, technicalRound: loop.technicalRound, takeHome: loop.takeHome },
    notes: loop.notes,
    createdAt: loop.createdAt,
    finishedAt: loop.finishedAt,
    now: now.toISOString(),
    current: currentView
      ? {
          position: currentView.position,
          status: currentView.status,
          limitSec: currentView.limitSec,
          startedAt: currentView.startedAt,
          elapsedSec: currentView.elapsedSec,
          remainingSec: currentView.remainingSec,
          overtimeSec: currentView.overtimeSec,
        }
      : null,
    rounds,
  };
}

export function loopSummary(loop: Loop) {
  return {
    id: loop.id,
    level: loop.level,
    status: loopStatus(loop),
    createdAt: loop.createdAt,
    finishedAt: loop.finishedAt,
    rounds: loop.rounds.length,
    answered: loop.rounds.filter((r) => r.submittedAt !== null).length,
    currentPosition: currentRound(loop.rounds)?.position ?? null,
  };
}

export function loopPacket(
  loop: Loop,
  answers: RoundAnswers,
  signals: ReadonlyMap<string, PacketSignalInfo>,
  rubric: RubricData,
): Packet & { loopId: string; finishedAt: string | null } {
  const levelLabels = Object.fromEntries(rubric.levels.map((l) => [l.id, l.label])) as Record<
    LevelId,
    string
  >;
  const packet = buildPacket({
    target: loop.level,
    rounds: loop.rounds.map((round) => ({
      position: round.position,
      kind: round.kind,
      name: round.name,
      owns: round.owns,
      question: round.question,
      limitSec: round.limitSec,
      durationSec: round.durationSec,
      overtime: round.overtime,
      report: round.attemptId ? (answers.get(round.attemptId)?.report ?? null) : null,
    })),
    signals,
    levelLabels,
  });
  return { loopId: loop.id, finishedAt: loop.finishedAt, ...packet };
}
