import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, planCalendar } from './ics.js';
import { planDays } from './schedule.js';

describe('the plan as an iCalendar file', () => {
  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds lines at 75 octets, never inside a UTF-8 character', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    const folded = foldLine(`SUMMARY:${'é'.repeat(60)}`);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const [i, part] of parts.entries()) {
      expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(' ')).toBe(true);
    }
    // Unfolding gives the line back.
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'é'.repeat(60)}`);
    const emoji = foldLine(`DESCRIPTION:${'😀'.repeat(40)}`);
    expect(emoji.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${'😀'.repeat(40)}`);
    expect(emoji).not.toContain('\uFFFD');
  });

  it('has an all-day event per day of the plan and one for the interview, with CRLF line ends', () => {
    const plan = planDays({
      today: '2026-12-01',
      interviewDate: '2026-12-06',
      loop: ['product_sense', 'behavioral'],
      need: {},
      focus: { behavioral: 'Ownership, decision process' },
      sessionsPerDay: 1,
      restDays: [],
      doneToday: [],
      reviews: new Map([['2026-12-02', 3]]),
    });
    const ics = planCalendar(plan, {
      uidPrefix: 'u1',
      now: new Date('2026-12-01T08:00:00Z'),
      kindLabel: (k) => ({ product_sense: 'Product sense', behavioral: 'Behavioral' })[k] ?? k,
      levelLabel: 'PM II',
    });
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Ladder//Prep plan//EN\r\n')).toBe(
      true,
    );
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(6);
    expect(ics).toContain(
      'DTSTART;VALUE=DATE:20261206\r\nDTEND;VALUE=DATE:20261207\r\nSUMMARY:PM II interview',
    );
    expect(ics).toContain('UID:u1-2026-12-02@ladder\r\nDTSTAMP:20261201T080000Z');
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('- Behavioral\\, working on ownership\\, decision process');
    expect(unfolded).toContain('3 cards to review');
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });
});
