// The pipeline: text -> analysis -> signals -> dimension scores -> level fit -> report.
// Pure: the content comes in as data, the clock is injected, nothing is read or written.
import { type Analysis, analyse, type Sentence } from './analysis.js';
import { type CoveragePoint, checkCoverage, keyWords } from './coverage.js';
import { deliveryNotes } from './delivery.js';
import { EngineError } from './errors.js';
import { dimensionFeedback, fitSummary, levelLabel, missingAdvice, quote, rungSummary } from './feedback.js';
import { checkIntegrity } from './integrity.js';
import { checkLevel, demonstratedLevel, verdictFor } from './level-fit.js';
import { LIMITS } from './limits.js';
import type { DimensionReport, Evidence, LadderRung, Report } from './report.js';
import { CONTEXT_TERM, scoreDimension } from './scoring.js';
import { compileSignal } from './signals/compile.js';
import { DETECTOR_READS, DETECTORS, RUNS_LAST } from './signals/index.js';
import type { CompiledSignal, SignalData, WordCounts } from './signals/signal.js';
import {
  type DimensionId,
  type Finding,
  KIND_IDS,
  type KindId,
  LEVEL_IDS,
  type LevelId,
  type Misalignment,
  type RubricData,
  type Score,
} from './types.js';

export interface EngineData {
  rubric: RubricData;
  signals: SignalData[];
  lexicon: Record<string, string>;
  /** Generic PM vocabulary (lemmas): words that make no sentence specific. */
  genericWords: string[];
}

export interface GradeInput {
  answer: string;
  kind: string;
  level: string;
  question?: string | null;
  /** Follow-ups the question bank lists for this question at this level, asked first. */
  questionFollowUps?: string[];
  /** What a strong answer covers at this level, from the question bank: checked point by point. */
  covers?: CoveragePoint[];
}

export interface GraderOptions {
  /** Milliseconds from an arbitrary origin, for `stats.ms`. */
  clock?: () => number;
}

export interface Grader {
  grade(input: GradeInput): Report;
  /** Every signal's findings on an answer, whatever the kind reads: for signal tables and tools. */
  detect(answer: string, options?: { kind?: KindId; question?: string | null }): Map<string, Finding[]>;
  /** The ids of all signals, in the order they run. */
  readonly signalIds: string[];
  readonly rubric: RubricData;
}

const MAX_EVIDENCE = 6;
/** Signals the integrity checks read, whatever the kind. */
const INTEGRITY_SIGNALS = ['on_topic', 'i_action', 'star_action'];
const MAX_FOLLOW_UPS = 4;

export function createGrader(data: EngineData, options: GraderOptions = {}): Grader {
  const clock = options.clock ?? (() => 0);
  const compiled = data.signals.map((s) => compileSignal(s, data.lexicon));
  for (const s of compiled) {
    if (!DETECTORS[s.detector]) {
      throw new EngineError(
        'signal_invalid',
        `signal ${s.id} names detector ${s.detector}, which does not exist: use one of ${Object.keys(DETECTORS).join(', ')}`,
      );
    }
  }
  const byId = new Map(compiled.map((s) => [s.id, s]));
  const order = [
    ...compiled.filter((s) => !RUNS_LAST.includes(s.detector)),
    ...RUNS_LAST.flatMap((d) => compiled.filter((s) => s.detector === d)),
  ];
  const { rubric } = data;
  const generic = new Set(data.genericWords);
  // Coverage points repeat across every attempt at a question: analyse each once.
  const pointKeys = new Map<string, string[]>();
  const pointKeyWords = (point: string) => {
    let keys = pointKeys.get(point);
    if (!keys) {
      keys = keyWords(point, generic);
      if (pointKeys.size > 5_000) pointKeys.clear();
      pointKeys.set(point, keys);
    }
    return keys;
  };
  // Each kind runs only the signals its rubric, its misalignments and the integrity checks read.
  const plans = new Map<KindId, CompiledSignal[]>();
  for (const kind of rubric.kinds) {
    const needed = new Set<string>(INTEGRITY_SIGNALS);
    for (const id of Object.keys(kind.rubric) as DimensionId[]) {
      const scoring = rubric.dimensions[id].scoring;
      for (const t of scoring.terms) needed.add(t.signal);
      for (const groups of Object.values(scoring.requires))
        for (const g of groups ?? []) for (const s of g) needed.add(s);
    }
    for (const m of rubric.misalignments) {
      if (m.kinds.includes(kind.id))
        for (const s of [...(m.when.signals ?? []), ...(m.when.without ?? [])]) needed.add(s);
    }
    const queue = [...needed];
    while (queue.length > 0) {
      const signal = byId.get(queue.pop() ?? '');
      for (const dep of signal ? (DETECTOR_READS[signal.detector]?.(signal) ?? []) : []) {
        if (!needed.has(dep)) {
          needed.add(dep);
          queue.push(dep);
        }
      }
    }
    plans.set(
      kind.id,
      order.filter((s) => needed.has(s.id)),
    );
  }

  function grade(input: GradeInput): Report {
    const started = clock();
    const kind = validKind(input.kind);
    const level = validLevel(input.level);
    const answer = validAnswer(input.answer);
    const question = input.question?.trim() ? input.question : null;
    if (question && question.length > LIMITS.maxQuestionChars) {
      throw new EngineError(
        'question_too_long',
        `The question is longer than ${LIMITS.maxQuestionChars} characters; shorten it.`,
      );
    }
    const kindDef = rubric.kinds.find((k) => k.id === kind);
    if (!kindDef) throw new EngineError('unknown_kind', `The rubric has no kind ${kind}.`);

    const analysis = analyse(answer, question);
    const found = runSignals(analysis, kind, plans.get(kind) ?? order);
    const coverage = checkCoverage(analysis, input.covers ?? [], pointKeyWords);

    const integrity = checkIntegrity(analysis, kind, found);
    const target = rubric.levels.find((l) => l.id === level);
    if (!target) throw new EngineError('unknown_level', `The rubric has no level ${level}.`);

    const dimensions: DimensionReport[] = [];
    const scores: Partial<Record<DimensionId, Score>> = {};
    let weighted = 0;
    const rubricDimensions = Object.entries(kindDef.rubric) as Array<[DimensionId, number]>;
    const provisional = new Map(
      rubricDimensions.map(([id]) => [id, scoreDimension(rubric.dimensions[id], found, 4).score]),
    );
    for (const [id, weight] of rubricDimensions) {
      const def = rubric.dimensions[id];
      const others = rubricDimensions
        .filter(([other]) => other !== id)
        .map(([other]) => provisional.get(other) ?? 1);
      const rest = others.length ? others.reduce((a, b) => a + b, 0) / others.length : null;
      const result = scoreDimension(def, found, integrity.cap, rest);
      scores[id] = result.score;
      weighted += result.score * weight;
      const evidence = evidenceFor(def.scoring.terms, found, answer);
      dimensions.push({
        id,
        label: def.label,
        weight,
        score: result.score,
        bar: def.bars[level],
        evidence,
        feedback: dimensionFeedback(def, result.score, target, evidence, missingAdvice(def, result, byId)),
        points: result.terms.filter((t) => t.findings > 0 || t.signal === CONTEXT_TERM),
      });
    }

    const checks = LEVEL_IDS.map((l) => checkLevel(rubric, kindDef, l, scores));
    const demonstrated = demonstratedLevel(checks);
    const verdict = verdictFor(level, demonstrated);
    const targetCheck = checks.find((c) => c.level === level) ?? checks[0];
    const misalignments = rubric.misalignments
      .filter((m) => m.levels.includes(level) && m.kinds.includes(kind) && applies(m, scores, found))
      .slice(0, 2)
      .map((m) => ({ id: m.id, message: m.message.replaceAll('{level}', target.label) }));
    const ladder: LadderRung[] = checks.map((c) => ({
      level: c.level,
      label: levelLabel(rubric, c.level),
      clears: c.clears,
      gaps: c.gaps.map((g) => {
        // Quote the best the answer has on that dimension, so the gap reads against the candidate's words.
        const best = dimensions.find((d) => d.id === g.dimension)?.evidence.find((e) => e.counts === 'for');
        return { ...g, label: rubric.dimensions[g.dimension].label, quote: best ? quote(best.text) : null };
      }),
      summary: rungSummary(rubric, c),
    }));

    return {
      kind,
      level,
      overall: Math.round((weighted / 100) * 100) / 100,
      dimensions,
      level_fit: {
        target: level,
        demonstrated,
        verdict,
        summary: targetCheck
          ? fitSummary(
              rubric,
              level,
              demonstrated,
              verdict,
              targetCheck,
              misalignments.map((m) => m.message),
            )
          : '',
        misalignments,
      },
      follow_ups: followUps(input.questionFollowUps ?? [], dimensions, rubric),
      stats: {
        words: analysis.words,
        sentences: analysis.candidate.length,
        ms: Math.round((clock() - started) * 100) / 100,
      },
      warnings: integrity.warnings,
      ladder,
      delivery: deliveryNotes(analysis),
      question,
      coverage,
    };
  }

  function runSignals(analysis: Analysis, kind: KindId, signals: CompiledSignal[]): Map<string, Finding[]> {
    const found = new Map<string, Finding[]>();
    const counted = new Map<number, WordCounts>();
    const wordCounts = (sentence: Sentence) => {
      let counts = counted.get(sentence.index);
      if (!counts) {
        counts = countContentWords(analysis, sentence, generic);
        counted.set(sentence.index, counts);
      }
      return counts;
    };
    const specificWords = (sentence: Sentence) => wordCounts(sentence).specific;
    for (const s of signals) {
      const detector = DETECTORS[s.detector];
      if (detector) found.set(s.id, detector({ analysis, kind, found, specificWords, wordCounts }, s));
    }
    for (const list of found.values()) for (const f of list) assertSpan(f, analysis.text.length);
    return found;
  }

  function detect(
    answer: string,
    options: { kind?: KindId; question?: string | null } = {},
  ): Map<string, Finding[]> {
    return runSignals(analyse(answer, options.question ?? null), options.kind ?? 'product_sense', order);
  }

  return { grade, detect, signalIds: order.map((s) => s.id), rubric };
}

function validKind(kind: string): KindId {
  if ((KIND_IDS as readonly string[]).includes(kind)) return kind as KindId;
  throw new EngineError('unknown_kind', `Unknown kind "${kind}": use one of ${KIND_IDS.join(', ')}.`);
}

function validLevel(level: string): LevelId {
  if ((LEVEL_IDS as readonly string[]).includes(level)) return level as LevelId;
  throw new EngineError('unknown_level', `Unknown level "${level}": use one of ${LEVEL_IDS.join(', ')}.`);
}

function validAnswer(answer: unknown): string {
  if (typeof answer !== 'string' || answer.trim() === '') {
    throw new EngineError('answer_empty', 'The answer is empty: write or paste the answer to grade.');
  }
  if (answer.length > LIMITS.maxAnswerChars) {
    throw new EngineError(
      'answer_too_long',
      `The answer is ${answer.length} characters, over the limit of ${LIMITS.maxAnswerChars}: grade one answer at a time.`,
    );
  }
  return answer;
}

/** A finding outside the text is a bug in a detector, not something to pass on to a UI. */
function assertSpan(f: Finding, length: number): void {
  if (
    !(
      Number.isInteger(f.start) &&
      Number.isInteger(f.end) &&
      f.start >= 0 &&
      f.end <= length &&
      f.start < f.end
    )
  ) {
    throw new RangeError(
      `signal ${f.signal} returned span [${f.start}, ${f.end}) outside the answer (length ${length})`,
    );
  }
}

function evidenceFor(
  terms: Array<{ signal: string; points: number }>,
  found: ReadonlyMap<string, Finding[]>,
  answer: string,
): Evidence[] {
  const forIt: Evidence[] = [];
  const against: Evidence[] = [];
  const seen = new Set<string>();
  for (const t of terms) {
    // A term the rule gives no points is not evidence either way.
    if (t.points === 0) continue;
    for (const f of found.get(t.signal) ?? []) {
      const key = `${f.start}:${f.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const e: Evidence = {
        start: f.start,
        end: f.end,
        text: answer.slice(f.start, f.end),
        signal: f.signal,
        counts: t.points > 0 ? 'for' : 'against',
      };
      (t.points > 0 ? forIt : against).push(e);
    }
  }
  forIt.sort((a, b) => a.start - b.start);
  against.sort((a, b) => a.start - b.start);
  return [...forIt.slice(0, MAX_EVIDENCE), ...against.slice(0, 3)];
}

function applies(
  m: Misalignment,
  scores: Partial<Record<DimensionId, Score>>,
  found: ReadonlyMap<string, Finding[]>,
): boolean {
  for (const [id, range] of Object.entries(m.when.scores ?? {}) as Array<
    [DimensionId, { min?: number; max?: number }]
  >) {
    const s = scores[id];
    if (s === undefined) return false;
    if (range.min !== undefined && s < range.min) return false;
    if (range.max !== undefined && s > range.max) return false;
  }
  if (!(m.when.signals ?? []).every((id) => (found.get(id)?.length ?? 0) > 0)) return false;
  if ((m.when.without ?? []).some((id) => (found.get(id)?.length ?? 0) > 0)) return false;
  return true;
}

/** The question's own follow-ups first, then the weakest dimensions' (furthest below the bar, heaviest). */
function followUps(fromQuestion: string[], dimensions: DimensionReport[], rubric: RubricData): string[] {
  const out = [...fromQuestion.slice(0, 2)];
  const weakest = [...dimensions].sort((a, b) => a.score - a.bar - (b.score - b.bar) || b.weight - a.weight);
  for (const d of weakest) {
    if (out.length >= MAX_FOLLOW_UPS) break;
    // A dimension's follow-ups are ordered by the score they probe: ask the one for this answer's score.
    const asks = rubric.dimensions[d.id].follow_ups;
    const start = Math.min(d.score - 1, asks.length - 1);
    const next = [...asks.slice(start), ...asks.slice(0, start)].find((q) => !out.includes(q));
    if (next) out.push(next);
  }
  return out;
}

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);

/** A sentence's content words (and numbers), and how many of them are not generic vocabulary. */
function countContentWords(analysis: Analysis, sentence: Sentence, generic: ReadonlySet<string>): WordCounts {
  let content = 0;
  let specific = 0;
  for (let i = sentence.firstToken; i < sentence.lastToken; i++) {
    const t = analysis.tokens[i];
    if (!t || t.stop || !(t.type === 'word' || t.type === 'number') || !CONTENT_POS.has(t.pos)) continue;
    content++;
    if (t.type === 'number' || (t.lower.length >= 3 && !generic.has(t.lemma) && !generic.has(t.lower)))
      specific++;
  }
  return { content, specific };
}
