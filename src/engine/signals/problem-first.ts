// Whether the problem is framed before the first proposal: `problem_first` fires when it is,
// `solution_first` when a proposal comes early with no framing before it.
import type { Analysis, Sentence } from '../analysis.js';
import type { Finding } from '../types.js';
import {
  type CompiledSignal,
  type Detector,
  matchesAny,
  type SignalContext,
  sentenceFinding,
} from './signal.js';

function firstSolution(analysis: Analysis, signal: CompiledSignal): Sentence | undefined {
  return analysis.candidate.find((s) => s.block !== 'heading' && matchesAny(signal.lists.solution, s.norm));
}

function firstFraming(ctx: SignalContext, signal: CompiledSignal): number {
  let first = Number.POSITIVE_INFINITY;
  for (const id of signal.words.framing ?? []) {
    for (const f of ctx.found.get(id) ?? []) first = Math.min(first, f.start);
  }
  return first;
}

export const problemFirst: Detector = (ctx, signal) => {
  const framing = firstFraming(ctx, signal);
  if (!Number.isFinite(framing)) return [];
  const solution = firstSolution(ctx.analysis, signal);
  if (solution && solution.start <= framing) return [];
  const framingSentence = ctx.analysis.candidate.find((s) => s.end > framing);
  return framingSentence ? [sentenceFinding(signal, framingSentence)] : [];
};

export const solutionFirst: Detector = (ctx, signal) => {
  const solution = firstSolution(ctx.analysis, signal);
  if (!solution || solution.position > signal.within[1]) return [];
  const framing = firstFraming(ctx, signal);
  const out: Finding[] = [];
  if (solution.start < framing) out.push(sentenceFinding(signal, solution));
  return out;
};
