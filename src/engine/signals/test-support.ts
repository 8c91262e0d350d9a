// Test support for signal tables: runs every signal over a text the way grade.ts does (in order,
// each seeing the earlier findings) and prints one signal's findings as sorted one-line strings.
import { describe, expect, it } from 'vitest';
import { loadEngineContent } from '../../content/rubric.js';
import { analyse } from '../analysis.js';
import type { Finding, KindId } from '../types.js';
import { compileSignal } from './compile.js';
import { DETECTORS, RUNS_LAST } from './index.js';
import type { CompiledSignal } from './signal.js';

export interface SignalOptions {
  kind?: KindId;
  question?: string | null;
}

let order: CompiledSignal[] | undefined;

/** The compiled signals in the order grade.ts runs them: detectors that read findings last. */
function signalsInOrder(): CompiledSignal[] {
  if (!order) {
    const content = loadEngineContent();
    const compiled = content.signals.map((s) => compileSignal(s, content.lexicon));
    order = [
      ...compiled.filter((s) => !RUNS_LAST.includes(s.detector)),
      ...RUNS_LAST.flatMap((d) => compiled.filter((s) => s.detector === d)),
    ];
  }
  return order;
}

export function signalIds(): string[] {
  return signalsInOrder().map((s) => s.id);
}

export function findSignals(text: string, options: SignalOptions = {}): Map<string, Finding[]> {
  const analysis = analyse(text, options.question ?? null);
  const kind = options.kind ?? 'product_sense';
  const found = new Map<string, Finding[]>();
  for (const s of signalsInOrder()) {
    const detector = DETECTORS[s.detector];
    if (!detector) throw new Error(`signal ${s.id} names detector ${s.detector}, which does not exist`);
    found.set(s.id, detector({ analysis, kind, found }, s));
  }
  return found;
}

/** One signal's findings as sorted lines: `id start-end spanned text` (whitespace collapsed). */
export function fired(text: string, signalId: string, options: SignalOptions = {}): string[] {
  const found = findSignals(text, options);
  if (!found.has(signalId)) throw new Error(`no signal ${signalId} in content/signals/`);
  return (found.get(signalId) ?? [])
    .map((f) => `${f.signal} ${f.start}-${f.end} ${text.slice(f.start, f.end).replace(/\s+/g, ' ').trim()}`)
    .sort();
}

export type QuietCase = string | ({ text: string } & SignalOptions);
export interface FiresCase extends SignalOptions {
  text: string;
  /** The findings, as `fired` prints them. */
  expected: string[];
}

/** A signal's table, like textlint-tester's valid/invalid: texts it must fire on and must not. */
export function signalTable(signalId: string, table: { fires: FiresCase[]; quiet: QuietCase[] }): void {
  describe(signalId, () => {
    for (const c of table.fires) {
      it(`fires on: ${oneLine(c.text)}`, () => {
        expect(fired(c.text, signalId, c)).toEqual([...c.expected].sort());
      });
    }
    for (const c of table.quiet) {
      const { text, ...options } = typeof c === 'string' ? { text: c } : c;
      it(`stays quiet on: ${oneLine(text)}`, () => {
        expect(fired(text, signalId, options)).toEqual([]);
      });
    }
  });
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 70 ? `${line.slice(0, 67)}...` : line;
}
