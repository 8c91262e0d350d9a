// Compiles signal data once: expands lexicon placeholders ({people}) and turns every list of
// strings into case-insensitive regular expressions, failing loudly on a bad pattern.
import type { CompiledSignal, SignalData } from './signal.js';

export class SignalDataError extends Error {
  readonly code = 'signal_invalid';
}

export function compileSignal(data: SignalData, lexicon: Record<string, string>): CompiledSignal {
  const lists: Record<string, RegExp[]> = {};
  const words: Record<string, string[]> = {};
  for (const [field, value] of Object.entries(data)) {
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) continue;
    words[field] = value as string[];
    const compiled = (value as string[]).map((source, i) => {
      const expanded = source.replace(/\{(\w+)\}/g, (_whole, name: string) => {
        const alternation = lexicon[name];
        if (alternation === undefined) {
          throw new SignalDataError(
            `signal ${data.id}: ${field}[${i}] uses {${name}}, which the lexicon lacks`,
          );
        }
        return `(?:${alternation})`;
      });
      try {
        return new RegExp(expanded, 'i');
      } catch (error) {
        throw new SignalDataError(
          `signal ${data.id}: ${field}[${i}] is not a valid regular expression (${(error as Error).message})`,
        );
      }
    });
    // `all` needs each expression to match on its own; any other list matches when one does, so
    // one alternation tests a sentence in a single pass instead of one pass per expression.
    lists[field] =
      field === 'all' || compiled.length < 2
        ? compiled
        : [new RegExp(compiled.map((e) => `(?:${e.source})`).join('|'), 'i')];
  }
  return {
    id: data.id,
    dimension: data.dimension,
    message: data.message,
    missing: data.missing,
    detector: data.detector,
    within: data.within ?? [0, 1],
    lists,
    words,
    data,
  };
}
