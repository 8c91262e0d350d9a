// The prep plan as an iCalendar file (RFC 5545): one all-day event per day of the plan and one for the
// interview. Text is escaped (backslash, semicolon, comma, line breaks) and lines are folded at 75
// octets without splitting a UTF-8 character, as the RFC requires.
import { addDays } from './days.js';
import type { Plan, PlanDay } from './schedule.js';

export interface CalendarOptions {
  /** Makes each event's UID unique to this candidate's plan, e.g. a hash of their id. */
  uidPrefix: string;
  /** DTSTAMP: when the file was made. */
  now: Date;
  /** How a kind is called in an event's title ("Product sense"). */
  kindLabel: (kind: string) => string;
  /** The level's name, for the interview event. */
  levelLabel: string;
}

const CRLF = '\r\n';
const utf8 = new TextEncoder();

export function planCalendar(plan: Plan, options: CalendarOptions): string {
  const stamp = utcStamp(options.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Ladder//Prep plan//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`Ladder prep plan: ${options.levelLabel} interview`)}`,
  ];
  for (const day of plan.days) {
    if (day.type === 'rest') continue;
    const { summary, description } = describeDay(day, options);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${options.uidPrefix}-${day.date}@ladder`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(day.date)}`,
      `DTEND;VALUE=DATE:${compact(addDays(day.date, 1))}`,
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(description)}`,
      // All-day prep blocks should not mark the candidate as busy.
      `TRANSP:${day.type === 'interview' ? 'OPAQUE' : 'TRANSPARENT'}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

function describeDay(day: PlanDay, options: CalendarOptions): { summary: string; description: string } {
  const kinds = day.sessions.map((s) => options.kindLabel(s.kind));
  const reviews = day.reviews ? `${day.reviews} card${day.reviews === 1 ? '' : 's'} to review` : '';
  switch (day.type) {
    case 'interview':
      return { summary: `${options.levelLabel} interview`, description: 'Interview day. Good luck.' };
    case 'mock_loop':
      return {
        summary: 'Ladder: full mock loop',
        description: [day.note, reviews].filter(Boolean).join('\n'),
      };
    case 'review':
      return { summary: 'Ladder: review day', description: [day.note, reviews].filter(Boolean).join('\n') };
    default: {
      const sessions = day.sessions.map(
        (s) => `- ${options.kindLabel(s.kind)}${s.focus ? `, working on ${s.focus.toLowerCase()}` : ''}`,
      );
      return {
        summary: `Ladder: ${kinds.join(' + ') || 'review'}`,
        description: [day.note, ...sessions, reviews].filter(Boolean).join('\n'),
      };
    }
  }
}

/** RFC 5545 3.3.11: backslash, semicolon and comma escaped, line breaks as \n. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** RFC 5545 3.1: lines longer than 75 octets continue on the next line after a CRLF and a space. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8.encode(char).length;
    // The first line may hold 75 octets; continuation lines 74 after their leading space.
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

function compact(day: string): string {
  return day.replaceAll('-', '');
}

function utcStamp(date: Date): string {
  return `${date.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
}
