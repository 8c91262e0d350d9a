// The report screen against a real attempt (two revisions of a strong PM II answer, graded by the engine):
// the summary and the change, evidence lit both ways, earlier revisions, a follow-up and a revision graded
// in place, the revise draft restored from the newer of browser and server, and an answer that is markup.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Attempt, Level, Revision, User } from '../../api/types.js';
import { draftKey, writeDraft } from '../../autosave.js';
import fixture from './attempt.fixture.json';
import { evidenceSpans, standing } from './evidence.js';
import { withFollowUp } from './follow-ups.js';
import ReportScene, { withRevision } from './index.js';
import { startingText } from './revise.js';

const ATTEMPT = fixture as unknown as Attempt;
const USER: User = { id: 'user-1', email: 'candidate@example.com', createdAt: '2026-01-01T00:00:00.000Z' };
const LEVELS = [
  { id: 'apm', label: 'APM / Entry-level PM' },
  { id: 'pm2', label: 'PM II (mid-level)' },
  { id: 'senior', label: 'Senior PM' },
  { id: 'staff', label: 'Staff PM+' },
] as Level[];

const [FIRST, SECOND] = ATTEMPT.revisions as [Revision, Revision];

/** A third revision as the API would answer it: the second's report, numbered 3, on the given answer. */
function thirdRevision(answer: string): Revision {
  return {
    ...SECOND,
    number: 3,
    answer,
    createdAt: '2026-03-02T10:00:00.000Z',
    report: { ...SECOND.report, overall: 3.9 },
    change: { ...(SECOND.change as NonNullable<Revision['change']>), since: 2, overall: 0.1 },
  };
}

let requests: { method: string; path: string; body: unknown }[];

beforeEach(() => {
  localStorage.clear();
  requests = [];
  Element.prototype.scrollIntoView = vi.fn();
  window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (path: string, init?: RequestInit) => {
      const method = init?.method ?? 'GET';
      const body = init?.body ? JSON.parse(String(init.body)) : undefined;
      requests.push({ method, path, body });
      if (method === 'POST' && path.endsWith('/revisions')) {
        return Response.json(thirdRevision((body as { answer: string }).answer), { status: 201 });
      }
      if (method === 'PUT' && path.endsWith('/draft')) {
        return Response.json({
          answer: (body as { answer: string }).answer,
          updatedAt: '2026-03-02T10:00:00.000Z',
        });
      }
      if (method === 'GET' && path === `/api/attempts/${ATTEMPT.id}`) return Response.json(ATTEMPT);
      return Response.json(
        { error: { code: 'attempt_not_found', message: 'You have no attempt with this id.' } },
        {
          status: 404,
        },
      );
    }),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

function renderReport(path = `/attempts/${ATTEMPT.id}`, attempt: Attempt | null = ATTEMPT) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(['me'], USER);
  client.setQueryData(['levels'], LEVELS);
  client.setQueryData(['kinds'], []);
  if (attempt) client.setQueryData(['attempt', attempt.id], attempt);
  const router = createMemoryRouter([{ path: '/attempts/:id', element: <ReportScene /> }], {
    initialEntries: [path],
  });
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { router, client };
}

const toggle = (name: RegExp) => screen.getByRole('button', { name });
const answerRegion = (revision: number) =>
  screen.getByRole('region', { name: `Your answer, revision ${revision}` });

describe('report helpers', () => {
  it('adds a follow-up and its answer after the answer, trimmed', () => {
    expect(withFollowUp('My answer.\n\n', 'Why now?', '  Because renewals peak in March.  ')).toBe(
      'My answer.\n\nFollow-up: Why now?\nBecause renewals peak in March.',
    );
  });

  it('turns every piece of evidence into a span of its dimension, labelled', () => {
    const spans = evidenceSpans(SECOND.report);
    expect(spans).toHaveLength(SECOND.report.dimensions.reduce((n, d) => n + d.evidence.length, 0));
    for (const span of spans) expect(span.end).toBeLessThanOrEqual(SECOND.answer.length);
    expect(spans[0]).toMatchObject({ group: 'problem_definition', tone: 'for' });
    expect(spans[0]?.label).toMatch(/^Problem definition: /);
  });

  it('says where a score stands against its bar', () => {
    expect(standing(3, 3)).toEqual({ word: 'Meets the bar', tone: 'good' });
    expect(standing(4, 3)).toEqual({ word: 'Above the bar', tone: 'accent' });
    expect(standing(1, 3)).toEqual({ word: '2 below the bar', tone: 'bad' });
  });

  it('starts the revise editor from the newest unsubmitted text, else the latest answer', () => {
    const local = { value: 'browser text', savedAt: Date.parse('2026-03-02T10:00:00Z') };
    const server = { answer: 'server text', updatedAt: '2026-03-02T11:00:00.000Z' };
    expect(startingText('latest', null, null)).toEqual({ text: 'latest', from: 'latest', savedAt: null });
    expect(startingText('latest', local, server).from).toBe('server');
    expect(
      startingText('latest', { ...local, savedAt: Date.parse('2026-03-02T12:00:00Z') }, server).from,
    ).toBe('browser');
    // A draft equal to the latest answer, or an emptied server draft, is no draft.
    expect(startingText('latest', { ...local, value: 'latest' }, { ...server, answer: '' }).from).toBe(
      'latest',
    );
  });

  it('adds a revision to an attempt as the server would list it', () => {
    const next = withRevision(ATTEMPT, thirdRevision('x'));
    expect(next.revisions.map((r) => r.number)).toEqual([1, 2, 3]);
    expect(next.revisionCount).toBe(3);
    expect(next.latest).toMatchObject({ number: 3, overall: 3.9 });
    expect(next.draft).toBeNull();
  });
});

describe('the report', () => {
  it('says the overall, the verdict in a sentence, and what changed since the last revision', async () => {
    renderReport();
    await screen.findByRole('heading', { level: 1, name: ATTEMPT.question });
    expect(screen.getByText('Exceeds the PM II (mid-level) bar: this answer shows Senior PM.')).toBeTruthy();
    await waitFor(() => expect(document.title).toBe(`Report: ${ATTEMPT.question} · Ladder`));
    expect(document.querySelector('.overall-number')?.textContent).toBe(SECOND.report.overall.toFixed(1));
    expect(screen.getByText('Above the bar', { selector: '.overall .badge' })).toBeTruthy();
    const change = screen.getByRole('heading', { name: 'What changed since revision 1' }).parentElement;
    expect(change?.textContent).toContain('Level demonstrated: PM II (mid-level) → Senior PM');
    expect(change?.textContent).toContain('Problem definition: 3 → 4');
    const radar = screen.getByRole('table', { name: 'Scores against the PM II bar' });
    expect(within(radar).getAllByRole('row')).toHaveLength(SECOND.report.dimensions.length + 1);
    expect(screen.getByRole('heading', { name: 'What a strong PM II answer covers' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Your answer against every bar' })).toBeTruthy();
  });

  it('lights a dimension’s evidence in the answer, and opens the dimension of a clicked passage', async () => {
    renderReport();
    await screen.findByRole('heading', { level: 1, name: ATTEMPT.question });
    const region = answerRegion(2);
    expect(region.textContent).toBe(SECOND.answer);
    fireEvent.click(toggle(/^Metrics and data/));
    expect(toggle(/^Metrics and data/).getAttribute('aria-expanded')).toBe('true');
    const lit = [...region.querySelectorAll('.hl-on')].map((m) => m.textContent).join(' ');
    expect(lit).toContain('Success is gross churn among flagged accounts');
    expect(lit).not.toContain('Before designing anything');

    const passage = within(region).getByRole('button', { name: /spreadsheets and gut feel/ });
    fireEvent.click(passage);
    await waitFor(() => expect(toggle(/^User insight/).getAttribute('aria-expanded')).toBe('true'));
    expect(toggle(/^Metrics and data/).getAttribute('aria-expanded')).toBe('false');
    expect(passage.className).toContain('hl-on');
  });

  it('shows an earlier revision for reading only, and goes back to the latest', async () => {
    const { router } = renderReport(`/attempts/${ATTEMPT.id}?revision=1`);
    await screen.findByText('You are reading revision 1 of 2.', { exact: false });
    expect(answerRegion(1).textContent).toBe(FIRST.answer);
    expect(screen.queryByRole('button', { name: 'Revise this answer' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Answer this follow-up/ })).toBeNull();
    const revisions = screen.getByRole('navigation', { name: 'Revisions' });
    expect(
      within(revisions)
        .getByRole('link', { name: /Revision 1/ })
        .getAttribute('aria-current'),
    ).toBe('page');
    fireEvent.click(within(revisions).getByRole('link', { name: /Revision 2/ }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(answerRegion(2)).toBeTruthy();
  });

  it('answers a follow-up in place: the answer grows by it, graded as the next revision', async () => {
    renderReport();
    await screen.findByRole('heading', { level: 1, name: ATTEMPT.question });
    const followUp = SECOND.report.follow_ups[2] as string;
    fireEvent.click(screen.getByRole('button', { name: `Answer this follow-up: ${followUp}` }));
    const box = screen.getByLabelText('Your answer to this follow-up');
    expect(document.activeElement).toBe(box);
    fireEvent.click(screen.getByRole('button', { name: 'Add to my answer and grade' }));
    expect(screen.getByText('Write your answer to the follow-up first.')).toBeTruthy();
    fireEvent.change(box, { target: { value: 'If managers stopped opening the list within a month.' } });
    fireEvent.keyDown(box, { key: 'Enter', metaKey: true });
    await screen.findByRole('heading', { name: 'What changed since revision 2' });
    const post = requests.find((r) => r.method === 'POST');
    expect(post?.path).toBe(`/api/attempts/${ATTEMPT.id}/revisions`);
    expect((post?.body as { answer?: string } | undefined)?.answer).toBe(
      `${SECOND.answer.trimEnd()}\n\nFollow-up: ${followUp}\nIf managers stopped opening the list within a month.`,
    );
    expect(answerRegion(3)).toBeTruthy();
    expect(within(screen.getByRole('navigation', { name: 'Revisions' })).getAllByRole('link')).toHaveLength(
      3,
    );
  });

  it('closes a follow-up box with Escape, keeping what was written', async () => {
    renderReport();
    await screen.findByRole('heading', { level: 1, name: ATTEMPT.question });
    const followUp = SECOND.report.follow_ups[0] as string;
    const open = () =>
      fireEvent.click(screen.getByRole('button', { name: `Answer this follow-up: ${followUp}` }));
    open();
    fireEvent.change(screen.getByLabelText('Your answer to this follow-up'), {
      target: { value: 'Half a thought' },
    });
    fireEvent.keyDown(screen.getByLabelText('Your answer to this follow-up'), { key: 'Escape' });
    expect(screen.queryByLabelText('Your answer to this follow-up')).toBeNull();
    open();
    expect((screen.getByLabelText('Your answer to this follow-up') as HTMLTextAreaElement).value).toBe(
      'Half a thought',
    );
  });

  it('revises from the latest answer, saves the draft to the server, and refuses an unchanged revision', async () => {
    renderReport();
    await screen.findByRole('heading', { level: 1, name: ATTEMPT.question });
    fireEvent.click(screen.getByRole('button', { name: 'Revise this answer' }));
    const editor = screen.getByLabelText('Revision 3') as HTMLTextAreaElement;
    expect(editor.value).toBe(SECOND.answer);
    fireEvent.click(screen.getByRole('button', { name: 'Submit revision' }));
    expect(screen.getByText(/Change something first/)).toBeTruthy();
    fireEvent.change(editor, { target: { value: `${SECOND.answer}\n\nOne more trade-off.` } });
    await waitFor(() => expect(requests.some((r) => r.method === 'PUT')).toBe(true), { timeout: 3000 });
    expect(requests.find((r) => r.method === 'PUT')).toEqual({
      method: 'PUT',
      path: `/api/attempts/${ATTEMPT.id}/draft`,
      body: { answer: `${SECOND.answer}\n\nOne more trade-off.` },
    });
    await screen.findByText('Saved to your account');
    fireEvent.click(screen.getByRole('button', { name: 'Submit revision' }));
    await screen.findByRole('heading', { name: 'What changed since revision 2' });
    expect(screen.getByRole('button', { name: 'Revise this answer' })).toBeTruthy();
  });

  it('opens the revise editor on an unsubmitted revision, the newer of browser and server', async () => {
    writeDraft(
      draftKey('user-1', 'revise', ATTEMPT.id),
      'Older text from this browser',
      Date.parse('2026-03-01T09:00:00Z'),
    );
    renderReport(`/attempts/${ATTEMPT.id}`, {
      ...ATTEMPT,
      draft: { answer: 'Newer text from another device', updatedAt: '2026-03-02T09:00:00.000Z' },
    });
    const editor = (await screen.findByLabelText('Revision 3')) as HTMLTextAreaElement;
    expect(editor.value).toBe('Newer text from another device');
    expect(screen.getByText(/Your unsubmitted revision is back, saved to your account/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Discard it and start from revision 2' }));
    expect(editor.value).toBe(SECOND.answer);
  });

  it('renders an answer made of markup as text', async () => {
    const hostile = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2"><b>bold?</b>';
    const attempt = {
      ...ATTEMPT,
      revisions: [{ ...FIRST, answer: hostile, report: { ...FIRST.report, dimensions: [] }, change: null }],
    };
    renderReport(`/attempts/${ATTEMPT.id}`, attempt);
    await screen.findByRole('heading', { level: 1, name: ATTEMPT.question });
    const region = answerRegion(1);
    expect(region.textContent).toBe(hostile);
    expect(region.querySelector('script, img, b')).toBeNull();
    expect((window as Window & { pwned?: number }).pwned).toBeUndefined();
  });

  it('says the misalignment in words and warns when the scores need care', async () => {
    const report = {
      ...FIRST.report,
      warnings: [{ code: 'too_short', message: 'The answer is short: the scores are capped.' }],
      level_fit: {
        ...FIRST.report.level_fit,
        verdict: 'below' as const,
        misalignments: [
          { id: 'strategy_without_users', message: 'You talked company strategy but never about the users.' },
        ],
      },
    };
    renderReport(`/attempts/${ATTEMPT.id}`, { ...ATTEMPT, revisions: [{ ...FIRST, report }] });
    await screen.findByRole('heading', { name: 'Where it misses the level' });
    expect(screen.getByText('You talked company strategy but never about the users.')).toBeTruthy();
    expect(screen.getByRole('note').textContent).toBe(
      'Read these scores with care.The answer is short: the scores are capped.',
    );
    expect(screen.getByText('Below the bar', { selector: '.overall .badge' })).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Revisions' })).toBeNull();
  });

  it('says so when the attempt does not exist or is someone else’s', async () => {
    renderReport('/attempts/4f1c0000-0000-4000-8000-000000000000', null);
    await screen.findByRole('heading', { name: 'No attempt here' });
    expect(screen.getByRole('link', { name: 'history' }).getAttribute('href')).toBe('/history');
  });
});
