import { beforeAll, describe, expect, it } from 'vitest';
import { STRONG_ANSWER, WEAK_ANSWER } from '../../test/sample-answers.js';
import { contentGrader } from '../content/grader.js';
import { signalCatalog } from '../content/loop-signals.js';
import type { DemonstratedLevel, DimensionId, LevelId, Report } from '../engine/index.js';
import { buildPacket, type PacketInput, type PacketSignalInfo, supportedLevel } from './packet.js';
import { packetMarkdown } from './packet-markdown.js';
import { packetPdf } from './packet-pdf.js';

const LABELS: Record<LevelId, string> = { apm: 'APM', pm2: 'PM II', senior: 'Senior PM', staff: 'Staff PM' };
let strong: Report;
let weak: Report;
let meets: Report;
let below: Report;
let signals: Map<string, PacketSignalInfo>;

beforeAll(() => {
  const grader = contentGrader();
  strong = grader.grade({
    answer: STRONG_ANSWER,
    kind: 'product_sense',
    level: 'apm',
    question: 'Design a grocery app for seniors.',
  });
  weak = grader.grade({
    answer: WEAK_ANSWER,
    kind: 'product_sense',
    level: 'apm',
    question: 'Design a grocery app for seniors.',
  });
  meets = synthetic(strong, 'apm', 'meets');
  below = synthetic(weak, 'none', 'below');
  const dimensions = new Map<string, DimensionId[]>();
  for (const d of Object.values(grader.rubric.dimensions)) {
    for (const t of d.scoring.terms) dimensions.set(t.signal, [...(dimensions.get(t.signal) ?? []), d.id]);
  }
  signals = new Map(
    [...signalCatalog().values()].map((s) => [
      s.id,
      { message: s.message, dimensions: dimensions.get(s.id) ?? [] },
    ]),
  );
});

/** A real report with its level fit set, so that the packet's rules are tested apart from the engine's fit. */
function synthetic(report: Report, demonstrated: DemonstratedLevel, verdict: 'below' | 'meets'): Report {
  const copy = structuredClone(report);
  copy.level_fit = { ...copy.level_fit, demonstrated, verdict };
  for (const rung of copy.ladder) rung.clears = rung.level === 'apm' && demonstrated === 'apm';
  return copy;
}

const round = (position: number, report: Report | null) => ({
  position,
  kind: 'product_sense' as const,
  name: `Product sense ${position}`,
  owns: ['clarifying_question', 'guardrail', 'pain_point', 'reframe'],
  question: 'Design a grocery app for seniors.',
  limitSec: 2400,
  durationSec: 1800,
  overtime: position === 2,
  report,
});

const input = (reports: Array<Report | null>): PacketInput => ({
  target: 'apm',
  rounds: reports.map((r, i) => round(i + 1, r)),
  signals,
  levelLabels: LABELS,
});

describe('the level a loop supports', () => {
  it('is the highest level every round clears, one round allowed one rung short in a loop of three or more', () => {
    const levels = (...l: DemonstratedLevel[]) => supportedLevel(l);
    expect(levels('senior', 'senior', 'senior', 'senior')).toBe('senior');
    expect(levels('senior', 'senior', 'pm2', 'senior')).toBe('senior');
    expect(levels('senior', 'pm2', 'pm2', 'senior')).toBe('pm2');
    expect(levels('senior', 'senior', 'apm', 'senior')).toBe('pm2');
    expect(levels('staff', 'staff', 'none', 'none')).toBe('none');
    // One round showing nothing is one rung short of APM.
    expect(levels('staff', 'staff', 'staff', 'none')).toBe('apm');
    expect(levels('senior', 'pm2')).toBe('pm2');
    expect(levels()).toBe('none');
  });
});

describe('the hiring-committee packet', () => {
  it('scores each round and shows which of its signals were heard, quoting the answer', () => {
    const packet = buildPacket(input([strong, strong, strong]));
    const [first] = packet.rounds;
    expect(first?.overall).toBe(strong.overall);
    const clarifying = first?.signals.find((s) => s.id === 'clarifying_question');
    expect(clarifying).toMatchObject({ label: 'Asks a clarifying question before answering.', shown: true });
    expect(STRONG_ANSWER).toContain(clarifying?.quote ?? 'no quote');
    expect(first?.signals.find((s) => s.id === 'reframe')?.shown).toBe(false);
    expect(packet.rounds[1]?.overtime).toBe(true);
  });

  it('supports the target when every round clears it, with a low down-level risk', () => {
    const packet = buildPacket(input([meets, meets, meets]));
    expect(packet.supported.level).toBe('apm');
    expect(packet.downLevel).toEqual({ risk: 'low', reasons: [] });
    expect(packet.strengths.length).toBeGreaterThan(0);
    expect(packet.strengths[0]?.text).toMatch(/^Strong on /);
    expect(packet.strengths.filter((s) => s.quote).length).toBeGreaterThan(0);
    for (const s of packet.strengths)
      if (s.quote) expect(STRONG_ANSWER.replace(/\s+/g, ' ')).toContain(s.quote.replace(/…$/, ''));
  });

  it('calls the risk medium for one weak round and high for two, naming the rounds and their gaps', () => {
    const one = buildPacket(input([meets, below, meets]));
    expect(one.downLevel.risk).toBe('medium');
    expect(one.downLevel.reasons[0]).toMatch(
      /^Round 2 \(Product sense 2\) shows no level: .* against a bar of/,
    );
    const two = buildPacket(input([meets, below, below]));
    expect(two.downLevel.risk).toBe('high');
    expect(two.supported.level).toBe('none');
    expect(two.concerns.some((c) => c.position === 2 && /^Below the APM bar on /.test(c.text))).toBe(true);
    expect(two.summary).toMatch(/1 of 3 rounds clear the APM bar/);
  });

  it('counts a round without an answer as showing nothing', () => {
    const packet = buildPacket(input([meets, meets, null, null]));
    expect(packet.rounds[2]).toMatchObject({ answered: false, overall: null, demonstrated: 'none' });
    expect(packet.downLevel.reasons[0]).toMatch(/Round 3 \(Product sense 3\) has no answer/);
  });

  it('renders as Markdown that quotes the answers as text, and as a PDF', async () => {
    const packet = buildPacket(input([meets, below, meets]));
    const md = packetMarkdown(packet, { finishedAt: '2026-12-01T10:00:00.000Z', candidate: 'a@x.io' });
    expect(md).toMatch(/^# Hiring-committee packet: APM mock loop\n/);
    expect(md).toContain('**Down-level risk: medium.**');
    expect(md).toContain('| 2 | Product sense 2 |');
    expect(md).toContain('- [x] Asks a clarifying question before answering.');
    expect(md).toContain('(overtime)');
    const pdf = await packetPdf(packet, {
      finishedAt: null,
      candidate: null,
      createdAt: new Date('2026-12-01T00:00:00Z'),
    });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(2000);
  });
});
