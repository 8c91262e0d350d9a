// Delivery notes for spoken answers: fillers and hedges per 100 words. Reported, never scored:
// how a candidate talks is not what the rubric grades.
import type { Analysis } from './analysis.js';

export interface DeliveryNotes {
  fillersPer100: number;
  hedgesPer100: number;
  /** The most frequent fillers and hedges, most used first. */
  top: Array<{ phrase: string; count: number }>;
}

const FILLERS =
  /\b(?:um+|uh+|erm+|er|ah+|hmm+|you know|i mean|basically|literally|kind of like|like,)(?=[\s,.!?]|$)/g;
const HEDGES =
  /\b(?:i think|i guess|i feel like|maybe|probably|perhaps|sort of|kind of|possibly|i suppose|i'd say|more or less|somewhat)\b/g;

export function deliveryNotes(analysis: Analysis): DeliveryNotes {
  const counts = new Map<string, number>();
  let fillers = 0;
  let hedges = 0;
  for (const s of analysis.candidate) {
    for (const m of s.norm.matchAll(FILLERS)) {
      fillers++;
      counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
    }
    for (const m of s.norm.matchAll(HEDGES)) {
      hedges++;
      counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
    }
  }
  const per100 = (n: number) => (analysis.words ? Math.round((n / analysis.words) * 1000) / 10 : 0);
  return {
    fillersPer100: per100(fillers),
    hedgesPer100: per100(hedges),
    top: [...counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([phrase, count]) => ({ phrase, count })),
  };
}
