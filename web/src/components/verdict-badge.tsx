// The verdict against the target level, in words and colour (never colour alone).
import type { Verdict } from '../api/types.js';

const WORDS: Record<Verdict, string> = {
  below: 'Below the bar',
  meets: 'Meets the bar',
  exceeds: 'Above the bar',
};

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return <span className={`badge verdict-${verdict}`}>{WORDS[verdict]}</span>;
}
