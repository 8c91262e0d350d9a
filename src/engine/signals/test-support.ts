// Test support for signal tables: runs every signal over a text through the engine itself and
// prints one signal's findings as sorted one-line strings.
import { describe, expect, it } from 'vitest';
import { loadEngineContent } from '../../content/rubric.js';
import { createGrader, type Grader } from '../grade.js';
import type { Finding, KindId } from '../types.js';

export interface SignalOptions {
  kind?: KindId;
  question?: string | null;
}

let grader: Grader | undefined;

/** The engine over the real content, built once: signals run as grading runs them. */
function engine(): Grader {
  grader ??= createGrader(loadEngineContent());
  return grader;
}

export function signalIds(): string[] {
  return engine().signalIds;
}

export function findSignals(text: string, options: SignalOptions = {}): Map<string, Finding[]> {
  return engine().detect(text, { kind: options.kind ?? 'product_sense', question: options.question ?? null });
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
