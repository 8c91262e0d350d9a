// The onboarding profile over HTTP on every test database: null before onboarding, saved and replaced,
// and each kind of bad input refused with a message that says how to fix it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../store/test-databases.js';
import { signUp, type TestApp, testApp } from '../../test-app.js';

const PROFILE = {
  targetLevel: 'pm2',
  interviewDate: '2027-03-01',
  company: '  Acme \n Corp ',
  loop: { rounds: 5, technicalRound: 'unknown', takeHome: 'yes' },
};

describe.each(testDatabases())('the profile on $name', (database) => {
  let t: TestApp;
  let cookie: string;
  const put = (payload: unknown) =>
    t.app.inject({ method: 'PUT', url: '/api/me/profile', headers: { cookie }, payload: payload as object });

  beforeAll(async () => {
    t = await testApp(database);
    cookie = await signUp(t.app, 'a@x.io');
  });
  afterAll(async () => t.close());

  it('is null before onboarding, not a 404', async () => {
    const res = await t.app.inject({ url: '/api/me/profile', headers: { cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ profile: null });
  });

  it('saves the profile with the company trimmed to one line, and reads it back', async () => {
    const res = await put(PROFILE);
    expect(res.statusCode).toBe(200);
    const { profile } = res.json();
    expect(profile).toEqual({
      ...PROFILE,
      company: 'Acme Corp',
      createdAt: expect.any(String),
      updatedAt: profile.createdAt,
    });
    const read = await t.app.inject({ url: '/api/me/profile', headers: { cookie } });
    expect(read.json()).toEqual({ profile });
  });

  it('replaces the profile on the next save; a blank company or no date is null', async () => {
    const first = (await t.app.inject({ url: '/api/me/profile', headers: { cookie } })).json().profile;
    const res = await put({ ...PROFILE, targetLevel: 'staff', interviewDate: null, company: '   ' });
    expect(res.json().profile).toMatchObject({
      targetLevel: 'staff',
      interviewDate: null,
      company: null,
      createdAt: first.createdAt,
    });
  });

  it('accepts 29 February in a leap year only', async () => {
    expect((await put({ ...PROFILE, interviewDate: '2028-02-29' })).statusCode).toBe(200);
    const res = await put({ ...PROFILE, interviewDate: '2027-02-29' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toEqual({
      code: 'invalid_date',
      message: 'body.interviewDate must be a real calendar date written YYYY-MM-DD, such as 2026-12-15.',
    });
  });

  it('refuses bad values, each with a message that names the field', async () => {
    const cases: Array<[unknown, string, RegExp]> = [
      [{ ...PROFILE, interviewDate: '2027-13-01' }, 'invalid_date', /YYYY-MM-DD/],
      [{ ...PROFILE, interviewDate: '1/3/2027' }, 'invalid_date', /interviewDate/],
      [{ ...PROFILE, interviewDate: '2027-03-01T10:00:00Z' }, 'invalid_date', /interviewDate/],
      [{ ...PROFILE, targetLevel: 'L5' }, 'invalid_request', /apm, pm2, senior, staff/],
      [{ ...PROFILE, company: 'x'.repeat(121) }, 'invalid_request', /company/],
      [{ ...PROFILE, company: 'Acme\u0000' }, 'control_characters', /company/],
      [{ ...PROFILE, loop: { ...PROFILE.loop, rounds: 0 } }, 'invalid_request', /rounds/],
      [{ ...PROFILE, loop: { ...PROFILE.loop, rounds: 9 } }, 'invalid_request', /rounds/],
      [{ ...PROFILE, loop: { ...PROFILE.loop, rounds: 4.5 } }, 'invalid_request', /rounds/],
      [
        { ...PROFILE, loop: { ...PROFILE.loop, technicalRound: 'maybe' } },
        'invalid_request',
        /yes, no, unknown/,
      ],
      [{ ...PROFILE, loop: { ...PROFILE.loop, onsite: true } }, 'unknown_field', /onsite/],
      [{ ...PROFILE, userId: 'someone-else' }, 'unknown_field', /userId/],
      [{ targetLevel: 'apm' }, 'invalid_request', /body/],
    ];
    for (const [payload, code, message] of cases) {
      const res = await put(payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error.code, JSON.stringify(payload)).toBe(code);
      expect(res.json().error.message).toMatch(message);
    }
  });

  it('needs a signed-in user, and a same-site request to change', async () => {
    expect((await t.app.inject({ url: '/api/me/profile' })).statusCode).toBe(401);
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/me/profile',
      headers: { cookie, origin: 'http://evil.example' },
      payload: PROFILE,
    });
    expect(res.statusCode).toBe(403);
  });
});
