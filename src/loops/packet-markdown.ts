// The hiring-committee packet as a Markdown document, the way a committee would read it: the
// recommendation first, then round by round, then strengths and concerns with the candidate's words.
import type { Packet, PacketNote } from './packet.js';

export interface PacketHeader {
  /** When the loop was finished, ISO. */
  finishedAt: string | null;
  /** Who it is for, shown under the title; null to leave it out. */
  candidate: string | null;
}

export function packetMarkdown(packet: Packet, header: PacketHeader): string {
  const lines: string[] = [];
  lines.push(`# Hiring-committee packet: ${packet.targetLabel} mock loop`, '');
  const meta = [
    header.candidate ? `Candidate: ${escapeMarkdown(header.candidate)}` : null,
    header.finishedAt ? `Finished: ${header.finishedAt.slice(0, 10)}` : null,
    `Target level: ${packet.targetLabel}`,
  ].filter((x) => x !== null);
  lines.push(meta.join('  \n'), '');

  lines.push('## Recommendation', '');
  lines.push(`**Supported level: ${packet.supported.label}.** ${packet.supported.summary}`, '');
  lines.push(`**Down-level risk: ${packet.downLevel.risk}.**`, '');
  for (const reason of packet.downLevel.reasons) lines.push(`- ${escapeMarkdown(reason)}`);
  if (packet.downLevel.reasons.length) lines.push('');

  lines.push('## Rounds', '');
  lines.push('| # | Round | Score | Shows | Verdict | Time |', '|---|---|---|---|---|---|');
  for (const r of packet.rounds) {
    const time =
      r.durationSec === null
        ? '-'
        : `${minutes(r.durationSec)} of ${minutes(r.limitSec)}${r.overtime ? ' (overtime)' : ''}`;
    lines.push(
      `| ${r.position} | ${cell(r.name)} | ${r.overall === null ? 'no answer' : r.overall.toFixed(2)} | ${r.demonstrated} | ${r.verdict} | ${time} |`,
    );
  }
  lines.push('');
  for (const r of packet.rounds) {
    lines.push(`### Round ${r.position}: ${escapeMarkdown(r.name)}`, '');
    lines.push(`> ${escapeMarkdown(r.question)}`, '');
    lines.push('Signals this round owns:', '');
    for (const s of r.signals) {
      lines.push(
        `- [${s.shown ? 'x' : ' '}] ${escapeMarkdown(s.label)}${s.quote ? ` “${escapeMarkdown(s.quote)}”` : ''}`,
      );
    }
    lines.push('');
    if (r.gaps.length) lines.push(`Short of the ${packet.targetLabel} bar on: ${r.gaps.join('; ')}.`, '');
  }

  lines.push('## Strengths', '');
  notes(lines, packet.strengths, 'No dimension rises above the bar.');
  lines.push('## Concerns', '');
  notes(lines, packet.concerns, 'No dimension falls below the bar.');
  return `${lines.join('\n').trimEnd()}\n`;
}

function notes(lines: string[], items: PacketNote[], none: string): void {
  if (items.length === 0) lines.push(none, '');
  for (const n of items) {
    lines.push(`- **Round ${n.position} (${escapeMarkdown(n.round)}).** ${escapeMarkdown(n.text)}`);
    if (n.quote) lines.push(`  > “${escapeMarkdown(n.quote)}”`);
  }
  if (items.length) lines.push('');
}

function minutes(seconds: number): string {
  return seconds < 60 ? `${seconds} s` : `${Math.round(seconds / 60)} min`;
}

function cell(text: string): string {
  return escapeMarkdown(text).replace(/\n/g, ' ');
}

/** The candidate's words rendered as text, never as Markdown or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_{}[\]<>#|!~])/g, '\\$1');
}
