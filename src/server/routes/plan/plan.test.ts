// The prep plan over HTTP on every test database: from the profile or the request, re-planned as
// attempts come in, as a calendar file, with preferences and spaced-repetition cards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRONG_ANSWER } from '../../../../test/sample-answers.js';
import { addDays, dayOf } from '../../../plan/days.js';
import { testDatabases } from '../../../store/test-databases.js';
import { call, type Method, signUp, type TestApp, testApp } from '../../test-app.js';

describe.each(testDatabases())('the prep plan on $name', (database) => {
  let t: TestApp;
  let cookie: string;
  const today = dayOf(new Date());
  const send = (method: Method, url: string, payload?: object) => call(t.app, cookie, method, url, payload);

  beforeAll(async () => {
    t = await testApp(database);
    cookie = await signUp(t.app, 'a@x.io');
  });
  afterAll(async () => t.close());

  it('needs an interview date that is today or later and within a year', async () => {
    expect((await send('GET', '/api/plan?level=pm2')).json().error.code).toBe('interview_date_required');
    expect(
      (await send('GET', `/api/plan?level=pm2&interviewDate=${addDays(today, -1)}`)).json().error.code,
    ).toBe('interview_date_past');
    expect(
      (await send('GET', `/api/plan?level=pm2&interviewDate=${addDays(today, 400)}`)).json().error.code,
    ).toBe('interview_date_too_far');
    expect((await send('GET', '/api/plan?level=pm2&interviewDate=2026-02-30')).json().error.code).toBe(
      'invalid_date',
    );
    expect(
      (
        await send('GET', `/api/plan?level=pm2&interviewDate=${addDays(today, 9)}&today=${addDays(today, 3)}`)
      ).json().error.code,
    ).toBe('today_out_of_range');
  });

  it('plans from the profile, day by day, and re-plans as attempts come in', async () => {
    await send('PUT', '/api/me/profile', {
      targetLevel: 'pm2',
      interviewDate: addDays(today, 14),
      company: null,
      loop: { rounds: 5, technicalRound: 'yes', takeHome: 'no' },
    });
    const plan = (await send('GET', '/api/plan')).json();
    expect(plan).toMatchObject({
      level: 'pm2',
      today,
      interviewDate: addDays(today, 14),
      daysLeft: 14,
      sessionsPerDay: 2,
    });
    expect(plan.days).toHaveLength(15);
    expect(plan.days.at(-1).type).toBe('interview');
    expect(plan.loop.map((r: { kind: string }) => r.kind)).toContain('technical');
    expect(plan.weights.map((w: { kind: string }) => w.kind).sort()).toEqual(
      [...new Set(plan.loop.map((r: { kind: string }) => r.kind))].sort(),
    );
    expect(plan.standing.every((s: { mean: unknown }) => s.mean === null)).toBe(true);
    expect(plan.cards.unseen).toBeGreaterThan(0);

    await send('POST', '/api/attempts', {
      question: 'Design a grocery app for seniors.',
      kind: 'product_sense',
      level: 'pm2',
      answer: STRONG_ANSWER,
    });
    const after = (await send('GET', '/api/plan')).json();
    expect(after.days[0].sessions[0]).toMatchObject({ kind: 'product_sense', done: true });
    expect(
      after.standing.find((s: { dimension: string }) => s.dimension === 'problem_definition').answers,
    ).toBe(1);
    const share = (p: { weights: Array<{ kind: string; share: number }> }) =>
      p.weights.find((w) => w.kind === 'product_sense')?.share ?? 0;
    expect(share(after)).not.toBe(share(plan));
  });

  it('follows the preferences and a date given in the request', async () => {
    const saved = (await send('PUT', '/api/plan/preferences', { sessionsPerDay: 3, restDays: [] })).json();
    expect(saved).toMatchObject({ sessionsPerDay: 3, restDays: [] });
    expect((await send('GET', '/api/plan/preferences')).json()).toEqual(saved);
    const plan = (await send('GET', `/api/plan?interviewDate=${addDays(today, 6)}`)).json();
    expect(plan.days).toHaveLength(7);
    expect(Math.max(...plan.days.map((d: { sessions: unknown[] }) => d.sessions.length))).toBe(3);
    expect((await send('PUT', '/api/plan/preferences', { sessionsPerDay: 9, restDays: [] })).statusCode).toBe(
      400,
    );
  });

  it('exports the plan as an iCalendar file', async () => {
    const res = await send('GET', '/api/plan.ics');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="ladder-plan-\d{4}-\d{2}-\d{2}\.ics"$/,
    );
    expect(res.body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(res.body).toContain(`DTSTART;VALUE=DATE:${addDays(today, 14).replaceAll('-', '')}`);
    expect(res.body).toContain('SUMMARY:PM II (mid-level) interview');
  });

  it('serves cards to review and schedules them back from the interview date', async () => {
    const cards = (await send('GET', '/api/plan/cards')).json();
    expect(cards.interviewDate).toBe(addDays(today, 14));
    expect(cards.new.length).toBeGreaterThan(0);
    expect(cards.due).toEqual([]);
    const [card] = cards.new;
    const reviewed = await send('POST', `/api/plan/cards/${card.id}/reviews`, { rating: 'easy' });
    expect(reviewed.statusCode).toBe(200);
    expect(reviewed.json()).toMatchObject({ cardId: card.id, rating: 'easy', state: { reps: 1 } });
    expect(dayOf(reviewed.json().state.due) <= addDays(today, 13)).toBe(true);
    const again = (await send('GET', '/api/plan/cards')).json();
    expect(again.new.map((c: { id: string }) => c.id)).not.toContain(card.id);
    expect(
      (await send('POST', '/api/plan/cards/concept:no-such-card/reviews', { rating: 'good' })).json().error
        .code,
    ).toBe('card_not_found');
    expect((await send('POST', `/api/plan/cards/${card.id}/reviews`, { rating: 'perfect' })).statusCode).toBe(
      400,
    );
  });
});
