// The hiring-committee packet of a finished mock loop: each round's score and the signals it owns
// (shown or not), the level the whole loop supports, the risk of a down-level offer, and strengths
// and concerns as an interviewer would write them, quoting the candidate's answers.
import {
  type DemonstratedLevel,
  type DimensionId,
  type DimensionReport,
  type KindId,
  LEVEL_IDS,
  type LevelId,
  type Report,
  RUNG,
  type Verdict,
} from '../engine/index.js';

export interface PacketRoundInput {
  position: number;
  kind: KindId;
  name: string;
  owns: readonly string[];
  question: string;
  limitSec: number;
  durationSec: number | null;
  overtime: boolean;
  /** The report of the round's answer; null when the round has no answer (deleted since). */
  report: Report | null;
}

export interface PacketInput {
  target: LevelId;
  rounds: readonly PacketRoundInput[];
  /** Each signal in an interviewer's words ("Sets a guardrail metric.") and the dimensions it scores for. */
  signals: ReadonlyMap<string, PacketSignalInfo>;
  levelLabels: Readonly<Record<LevelId, string>>;
}

export interface PacketSignalInfo {
  message: string;
  dimensions: readonly DimensionId[];
}

export interface PacketSignal {
  id: string;
  label: string;
  shown: boolean;
  /** The candidate's words that show it; null when not shown or not among the report's evidence. */
  quote: string | null;
}

export interface PacketRound {
  position: number;
  kind: KindId;
  name: string;
  question: string;
  answered: boolean;
  overall: number | null;
  demonstrated: DemonstratedLevel;
  verdict: Verdict;
  limitSec: number;
  durationSec: number | null;
  overtime: boolean;
  signals: PacketSignal[];
  /** What the round's answer lacks for the target level, in words; empty when it clears it. */
  gaps: string[];
}

export interface PacketNote {
  /** The round it comes from. */
  position: number;
  round: string;
  dimension: DimensionId;
  /** The note, as an interviewer would write it. */
  text: string;
  /** The candidate's own words behind it; null when the answer has none to quote. */
  quote: string | null;
}

export type DownLevelRisk = 'low' | 'medium' | 'high';

export interface Packet {
  target: LevelId;
  targetLabel: string;
  rounds: PacketRound[];
  supported: { level: DemonstratedLevel; label: string; summary: string };
  downLevel: { risk: DownLevelRisk; reasons: string[] };
  strengths: PacketNote[];
  concerns: PacketNote[];
  summary: string;
}

const MAX_NOTES = 6;
const QUOTE_CHARS = 220;

/**
 * The highest level the loop supports: every round clears it, except that in a loop of three or more
 * rounds one round may fall one rung short (a committee weighs one off interview, never two).
 */
export function supportedLevel(demonstrated: readonly DemonstratedLevel[]): DemonstratedLevel {
  let supported: DemonstratedLevel = 'none';
  if (demonstrated.length === 0) return supported;
  const allowedShort = demonstrated.length >= 3 ? 1 : 0;
  for (const level of LEVEL_IDS) {
    const short = demonstrated.filter((d) => RUNG[d] < RUNG[level]);
    if (short.length > allowedShort || short.some((d) => RUNG[d] < RUNG[level] - 1)) break;
    supported = level;
  }
  return supported;
}

export function buildPacket(input: PacketInput): Packet {
  const { target, levelLabels } = input;
  const label = (level: DemonstratedLevel) => (level === 'none' ? 'no level' : levelLabels[level]);
  const rounds = input.rounds.map((round) => packetRound(round, target, input.signals));
  const supported = supportedLevel(rounds.map((r) => r.demonstrated));
  const clearing = rounds.filter((r) => RUNG[r.demonstrated] >= RUNG[target]);
  const short = rounds.filter((r) => RUNG[r.demonstrated] < RUNG[target]);

  const supportedSummary =
    `${clearing.length} of ${rounds.length} round${rounds.length === 1 ? '' : 's'} clear the ${levelLabels[target]} bar; ` +
    (supported === 'none'
      ? 'the loop does not support an offer at any level.'
      : `the loop supports ${levelLabels[supported]}.`);

  const reasons = short.map(
    (r) =>
      `Round ${r.position} (${r.name}) ${r.answered ? `shows ${label(r.demonstrated)}` : 'has no answer'}` +
      (r.gaps.length ? `: ${r.gaps.join('; ')}.` : '.'),
  );
  const risk: DownLevelRisk = RUNG[supported] < RUNG[target] ? 'high' : short.length > 0 ? 'medium' : 'low';
  if (risk === 'medium') {
    reasons.push(`One more round below ${levelLabels[target]} would make a down-level the likely outcome.`);
  }

  const strengths = notes(input.rounds, 'strength', target, input.signals, levelLabels);
  const concerns = notes(input.rounds, 'concern', target, input.signals, levelLabels);

  const riskWords: Record<DownLevelRisk, string> = {
    low: 'Down-level risk is low: every round clears the bar.',
    medium: `Down-level risk is medium: ${short.length === 1 ? 'one round falls' : 'rounds fall'} short of ${levelLabels[target]}.`,
    high:
      supported === 'none'
        ? 'Down-level risk is high: the loop does not clear even the entry bar.'
        : `Down-level risk is high: a committee would more likely offer ${levelLabels[supported]} than ${levelLabels[target]}.`,
  };
  return {
    target,
    targetLabel: levelLabels[target],
    rounds,
    supported: { level: supported, label: label(supported), summary: supportedSummary },
    downLevel: { risk, reasons },
    strengths,
    concerns,
    summary: `${supportedSummary} ${riskWords[risk]}`,
  };
}

function packetRound(
  round: PacketRoundInput,
  target: LevelId,
  signals: ReadonlyMap<string, PacketSignalInfo>,
): PacketRound {
  const report = round.report;
  const shown = new Map<string, string | null>();
  for (const d of report?.dimensions ?? []) {
    for (const p of d.points) {
      if (p.findings > 0 && p.points > 0 && !shown.has(p.signal)) {
        const evidence = d.evidence.find((e) => e.signal === p.signal && e.counts === 'for');
        shown.set(p.signal, evidence ? shorten(evidence.text) : null);
      }
    }
  }
  const rung = report?.ladder.find((r) => r.level === target);
  return {
    position: round.position,
    kind: round.kind,
    name: round.name,
    question: round.question,
    answered: report !== null,
    overall: report?.overall ?? null,
    demonstrated: report?.level_fit.demonstrated ?? 'none',
    verdict: report?.level_fit.verdict ?? 'below',
    limitSec: round.limitSec,
    durationSec: round.durationSec,
    overtime: round.overtime,
    signals: round.owns.map((id) => ({
      id,
      label: signals.get(id)?.message ?? id,
      shown: shown.has(id),
      quote: shown.get(id) ?? null,
    })),
    gaps: (rung?.gaps ?? [])
      .filter((g) => !g.forgiven)
      .map((g) => `${g.label.toLowerCase()} ${g.score} against a bar of ${g.bar}`),
  };
}

/**
 * Strengths: the dimensions furthest above the target bar, with the signals behind them. Concerns:
 * the dimensions furthest below it, what the round's interviewer listened for and did not hear. The
 * dimensions the round owns come first, then the others, at most one of each per round first.
 */
function notes(
  rounds: readonly PacketRoundInput[],
  type: 'strength' | 'concern',
  target: LevelId,
  signals: ReadonlyMap<string, PacketSignalInfo>,
  levelLabels: Readonly<Record<LevelId, string>>,
): PacketNote[] {
  const candidates: Array<PacketNote & { margin: number; weight: number; first: boolean }> = [];
  for (const round of rounds) {
    const report = round.report;
    if (!report) continue;
    const owned = new Set(round.owns);
    const dimensions = report.dimensions.filter((d) =>
      type === 'strength' ? d.score >= d.bar && d.score >= 3 : d.score < d.bar,
    );
    const ranked = dimensions
      .map((d) => ({ d, margin: type === 'strength' ? d.score - d.bar : d.bar - d.score }))
      .sort((a, b) => b.margin - a.margin || b.d.weight - a.d.weight);
    ranked.forEach(({ d, margin }, i) => {
      const note =
        type === 'strength' ? strength(d, owned, signals) : concern(d, owned, signals, levelLabels[target]);
      if (!note) return;
      candidates.push({
        position: round.position,
        round: round.name,
        dimension: d.id,
        ...note,
        margin,
        weight: d.weight,
        first: i === 0,
      });
    });
  }
  // One note per round before any round's second, so that every round speaks.
  candidates.sort(
    (a, b) =>
      Number(b.first) - Number(a.first) ||
      b.margin - a.margin ||
      b.weight - a.weight ||
      a.position - b.position,
  );
  return candidates
    .slice(0, MAX_NOTES)
    .sort((a, b) => a.position - b.position)
    .map(({ margin: _m, weight: _w, first: _f, ...note }) => note);
}

function strength(
  d: DimensionReport,
  owned: ReadonlySet<string>,
  signals: ReadonlyMap<string, PacketSignalInfo>,
): { text: string; quote: string | null } | null {
  const shown = d.points.filter((p) => p.findings > 0 && p.points > 0 && signals.has(p.signal));
  if (shown.length === 0) return null;
  shown.sort((a, b) => Number(owned.has(b.signal)) - Number(owned.has(a.signal)) || b.points - a.points);
  const said = shown.slice(0, 2).map((p) => lowerFirst(stripStop(messageOf(p.signal, signals))));
  const evidence =
    d.evidence.find((e) => e.counts === 'for' && e.signal === shown[0]?.signal) ??
    d.evidence.find((e) => e.counts === 'for');
  return {
    text: `Strong on ${d.label.toLowerCase()} (${d.score} against a bar of ${d.bar}): ${said.join('; ')}.`,
    quote: evidence ? shorten(evidence.text) : null,
  };
}

function concern(
  d: DimensionReport,
  owned: ReadonlySet<string>,
  signals: ReadonlyMap<string, PacketSignalInfo>,
  targetLabel: string,
): { text: string; quote: string | null } {
  const heard = new Set(d.points.filter((p) => p.findings > 0 && p.points > 0).map((p) => p.signal));
  // What this round's interviewer listened for on this dimension and did not hear.
  const missed = [...owned].filter((id) => !heard.has(id) && signals.get(id)?.dimensions.includes(d.id));
  const against = d.evidence.find((e) => e.counts === 'against');
  const closest = d.evidence.find((e) => e.counts === 'for');
  const detail = missed.length
    ? `; listened for and did not hear: ${missed
        .slice(0, 3)
        .map((id) => lowerFirst(stripStop(messageOf(id, signals))))
        .join('; ')}`
    : against
      ? `; ${lowerFirst(stripStop(messageOf(against.signal, signals)))}`
      : '';
  return {
    text: `Below the ${targetLabel} bar on ${d.label.toLowerCase()} (${d.score} of ${d.bar})${detail}.`,
    quote: shortenOrNull((against ?? closest)?.text),
  };
}

function messageOf(signal: string, signals: ReadonlyMap<string, PacketSignalInfo>): string {
  return signals.get(signal)?.message ?? signal;
}

function lowerFirst(text: string): string {
  // Keep "I" and acronyms as written.
  return /^[A-Z][a-z]/.test(text) ? text[0]?.toLowerCase() + text.slice(1) : text;
}

function stripStop(text: string): string {
  return text.replace(/[.\s]+$/, '');
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= QUOTE_CHARS ? flat : `${flat.slice(0, QUOTE_CHARS - 1).replace(/\s+\S*$/, '')}…`;
}

function shortenOrNull(text: string | undefined): string | null {
  return text === undefined ? null : shorten(text);
}
