// The story bank over HTTP on every test database: write, grade, tag, rewrite, and the coverage matrix.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../store/test-databases.js';
import { call, type Method, signUp, type TestApp, testApp } from '../../test-app.js';

const STORY = {
  title: 'The checkout rewrite',
  situation: 'Our checkout lost a fifth of its buyers after a redesign, and sales blamed engineering.',
  task: 'I owned checkout and had one quarter to win the buyers back.',
  action:
    'I pulled the funnel data and found the drop was on mobile, at the address step. I compared three fixes with the lead engineer, chose autofill because it was cheapest to test, and ran it as an experiment. I brought sales in weekly so they saw the data themselves, and I convinced the payments team, who did not report to me, to give us a sprint.',
  result:
    'Mobile conversion rose from 61% to 70% in six weeks, and the team now tests every checkout change.',
  learned: 'I now ask for the funnel before anyone argues about causes.',
  competencies: ['data-driven-decision', 'influence-without-authority'],
};

describe.each(testDatabases())('the story bank on $name', (database) => {
  let t: TestApp;
  let cookie: string;
  const send = (method: Method, url: string, payload?: object) => call(t.app, cookie, method, url, payload);

  beforeAll(async () => {
    t = await testApp(database);
    cookie = await signUp(t.app, 'a@x.io');
  });
  afterAll(async () => t.close());

  it('guides the fields and lists the competencies', async () => {
    const guide = (await send('GET', '/api/stories/guide')).json();
    expect(guide.fields.map((f: { id: string }) => f.id)).toEqual([
      'situation',
      'task',
      'action',
      'result',
      'learned',
    ]);
    expect(guide.fields[2].prompt).toMatch(/What did you do/);
    expect(guide.competencies.find((c: { id: string }) => c.id === 'failure').levels).toContain('apm');
  });

  it('grades a story on star, ownership, impact and leadership, with evidence in its fields', async () => {
    expect((await send('POST', '/api/stories', STORY)).json().error.code).toBe('level_required');
    const res = await send('POST', '/api/stories', { ...STORY, level: 'pm2' });
    expect(res.statusCode).toBe(201);
    const story = res.json();
    expect(story.grade.dimensions.map((d: { id: string }) => d.id).sort()).toEqual([
      'impact',
      'leadership',
      'ownership',
      'star',
    ]);
    expect(story.answer.split('\n\n')).toHaveLength(5);
    expect(story.evidence.length).toBeGreaterThan(0);
    for (const e of story.evidence) {
      expect(story[e.field].slice(e.fieldStart, e.fieldEnd)).toBe(e.text.slice(0, e.fieldEnd - e.fieldStart));
    }
    expect(story.checks.find((c: { field: string }) => c.field === 'action').share).toBeGreaterThan(0.4);
    expect(story.uses).toBe(0);
    expect((await send('GET', `/api/stories/${story.id}`)).json().grade).toEqual(story.grade);
    expect((await send('GET', '/api/stories')).json().stories[0]).toMatchObject({
      id: story.id,
      level: 'pm2',
    });
  });

  it('refuses unknown competencies and empty fields', async () => {
    const unknown = (
      await send('POST', '/api/stories', { ...STORY, level: 'apm', competencies: ['charisma'] })
    ).json();
    expect(unknown.error).toMatchObject({
      code: 'unknown_competency',
      message: expect.stringContaining('"charisma"'),
    });
    const blank = (await send('POST', '/api/stories', { ...STORY, level: 'apm', result: '   ' })).json();
    expect(blank.error.code).toBe('story_field_empty');
  });

  it('rewrites a story and grades it again, keeping its level unless told otherwise', async () => {
    const story = (await send('POST', '/api/stories', { ...STORY, level: 'senior' })).json();
    const weaker = (
      await send('PUT', `/api/stories/${story.id}`, {
        ...STORY,
        action: 'We fixed it.',
        result: 'It went well.',
      })
    ).json();
    expect(weaker.level).toBe('senior');
    expect(weaker.grade.overall).toBeLessThan(story.grade.overall);
    expect(weaker.checks.find((c: { field: string }) => c.field === 'result').advice[0]).toMatch(
      /Add a number/,
    );
    expect((await send('DELETE', `/api/stories/${story.id}`)).statusCode).toBe(204);
    expect((await send('GET', `/api/stories/${story.id}`)).json().error.code).toBe('story_not_found');
  });

  it('shows the coverage matrix of the level: gaps, and a story stretched too far', async () => {
    await send('POST', '/api/stories', {
      ...STORY,
      title: 'Everything at once',
      level: 'senior',
      competencies: ['failure', 'prioritisation', 'saying-no', 'setting-direction'],
    });
    const coverage = (await send('GET', '/api/stories/coverage?level=senior')).json();
    expect(coverage.level).toBe('senior');
    expect(coverage.gaps).toContain('enabling-others');
    expect(
      coverage.rows.find((r: { competency: string }) => r.competency === 'failure').stories,
    ).toHaveLength(1);
    const stretched = coverage.columns.find((c: { title: string }) => c.title === 'Everything at once');
    expect(stretched.overused).toBe(true);
    expect(coverage.overused).toContain(stretched.id);
  });
});
