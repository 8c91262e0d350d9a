// Dates of the prep plan as the candidate lives them: their own today (their time zone, which the API takes
// within a day of its own), and a plan day's words.
import type { Plan, PlanDay } from '../../api/client.js';

/** YYYY-MM-DD of `date` in this browser's time zone. */
export function localDay(date = new Date()): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** A YYYY-MM-DD day as a Date at noon UTC, so that formatting it in UTC never shifts it a day. */
export function dayDate(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

export const DAY_TYPE_WORDS: Record<PlanDay['type'], string> = {
  practice: 'Practice',
  rest: 'Rest',
  mock_loop: 'Mock loop',
  review: 'Review',
  interview: 'Interview',
};

/** What is left of today: the sessions not done yet; none on a day without practice. */
export function sessionsLeft(day: PlanDay | undefined): PlanDay['sessions'] {
  return day?.sessions.filter((s) => !s.done) ?? [];
}

/** Today's item in a line, for Home and the top of the plan. */
export function todayLine(plan: Plan, kindName: (kind: string) => string): string {
  const today = plan.days.find((d) => d.date === plan.today);
  if (!today) return 'Nothing planned today.';
  if (today.type === 'interview') return 'Your interview is today.';
  if (today.type === 'mock_loop') return 'Today: a full mock loop, round after round.';
  if (today.type === 'rest') return 'Today is a rest day.';
  if (today.type === 'review')
    return `Today: review ${today.reviews} card${today.reviews === 1 ? '' : 's'} and your stories.`;
  const left = sessionsLeft(today);
  if (today.sessions.length && left.length === 0) return 'Today’s practice is done.';
  const kinds = left.map((s) => kindName(s.kind) + (s.focus ? ` (${s.focus.toLowerCase()})` : ''));
  return `Today: ${kinds.join(' and ')}.`;
}
