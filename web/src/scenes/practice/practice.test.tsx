// The practice screen against a stubbed API: the brief and its hidden clarifying questions, a draft restored
// and discarded, the answer limit said before any request, submit (button and Ctrl+Enter) creating the
// attempt and opening its report, a prompt of one's own, and a level switched with the draft carried over.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, useParams } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Profile } from '../../api/client.js';
import type { Kind, Level, Question, User } from '../../api/types.js';
import { draftKey, readDraft, writeDraft } from '../../autosave.js';
import { answerProblem, cleanAnswer, countWords } from './answer-editor.js';
import Practice, { isPracticeDraft, type PracticeDraft } from './index.js';

const USER: User = { id: 'user-1', email: 'candidate@example.com', createdAt: '2026-01-01T00:00:00.000Z' };
const PROFILE: Profile = {
  targetLevel: 'pm2',
  interviewDate: null,
  company: null,
  loop: { rounds: 5, technicalRound: 'yes', takeHome: 'no' },
};

function level(id: 'pm2' | 'senior', label: string, advice: string): Level {
  return {
    id,
    label,
    evaluates: '',
    about: [],
    bars: {},
    guide: {
      advice: [{ when: 'before_product_sense', advice }],
      interviews: {
        product_sense: { plays_out: '', example: '', listen_for: ['The decision the tool changes'] },
      },
    },
  } as unknown as Level;
}

const LEVELS = [
  level('pm2', 'PM II (mid-level)', 'Ask clarifying questions early.'),
  level('senior', 'Senior PM', 'Question the prompt itself.'),
];
const KINDS = [
  { id: 'product_sense', label: 'Product sense', example: '', rounds: '', dimensions: [] },
  { id: 'metrics', label: 'Metrics and analytics', example: '', rounds: '', dimensions: [] },
] as Kind[];

const QUESTION = {
  id: 'ps-account-health-csm',
  kind: 'product_sense',
  levels: ['pm2', 'senior'],
  prompt: 'Design a tool that tells customer-success managers which accounts are at risk of churning.',
  context: 'Your company sells a B2B scheduling product.',
  time_limit_min: 40,
  tags: { domain: 'b2b_saas', company_type: 'growth', topics: ['churn'] },
  variants: [],
  competencies: [],
  concepts: [],
  guidance: {
    pm2: {
      covers: [],
      clarifying: ['What data do we have?', 'How do managers plan their week?', 'Churn or expansion?'],
      follow_ups: [],
      trap: 'A dashboard of everything.',
    },
  },
} as unknown as Question;

type Handler = (body: unknown) => { status: number; body?: unknown };
let handlers: Record<string, Handler>;
let requests: { method: string; path: string; body: unknown }[];

beforeEach(() => {
  localStorage.clear();
  requests = [];
  handlers = {
    'GET /api/questions/ps-account-health-csm': () => ({ status: 200, body: QUESTION }),
    'POST /api/attempts': (body) => ({
      status: 201,
      body: { id: 'attempt-9', revisions: [], report: {}, ...(body as object) },
    }),
  };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (path: string, init?: RequestInit) => {
      const method = init?.method ?? 'GET';
      const body = init?.body ? JSON.parse(String(init.body)) : undefined;
      requests.push({ method, path, body });
      const handler = handlers[`${method} ${path}`];
      const answer = handler ? handler(body) : { status: 404, body: { error: { code: 'x', message: 'no' } } };
      return new Response(JSON.stringify(answer.body ?? {}), {
        status: answer.status,
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

function ReportStub() {
  return <h1>Report of {useParams().id}</h1>;
}

function renderPractice(path: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(['me'], USER);
  client.setQueryData(['profile'], PROFILE);
  client.setQueryData(['levels'], LEVELS);
  client.setQueryData(['kinds'], KINDS);
  const router = createMemoryRouter(
    [
      { path: '/practice/custom', element: <Practice /> },
      { path: '/practice/:questionId', element: <Practice /> },
      { path: '/attempts/:id', element: <ReportStub /> },
    ],
    { initialEntries: [path] },
  );
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { router, client };
}

const KEY = draftKey('user-1', 'practice', 'ps-account-health-csm', 'pm2');
const answerBox = () => screen.getByLabelText('Answer') as HTMLTextAreaElement;

describe('answer helpers', () => {
  it('counts words as a reader does', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  one  two\nthree\tfour  ')).toBe(4);
    expect(countWords('emoji 🚀 counts')).toBe(3);
  });

  it('says what is wrong with an answer and how to fix it', () => {
    expect(answerProblem('  \n')).toBe('Write your answer first: the report grades the text in this box.');
    expect(answerProblem('fine')).toBeNull();
    expect(answerProblem('x'.repeat(200_003))).toBe(
      'Your answer is 200,003 characters; Ladder grades at most 200,000. Cut 3 characters before submitting.',
    );
  });

  it('turns invisible control characters into spaces and keeps line breaks and tabs', () => {
    expect(cleanAnswer('a\u000Cb\u0000c\td\r\ne')).toBe('a b c\td\r\ne');
  });

  it('recognises a stored draft and rejects anything else', () => {
    const draft: PracticeDraft = { answer: 'a', question: '', kind: 'metrics', elapsedSec: 0, limitMin: 30 };
    expect(isPracticeDraft(draft)).toBe(true);
    expect(isPracticeDraft({ ...draft, kind: 'poetry' })).toBe(false);
    expect(isPracticeDraft('a')).toBe(false);
  });
});

describe('practising a bank question', () => {
  it('shows the brief, the advice for the target level, and the clarifying questions only when asked', async () => {
    renderPractice('/practice/ps-account-health-csm');
    await screen.findByRole('heading', { level: 1, name: QUESTION.prompt });
    await waitFor(() => expect(document.title).toBe(`Practise: ${QUESTION.prompt} · Ladder`));
    expect(screen.getByText('Your company sells a B2B scheduling product.')).toBeTruthy();
    expect(screen.getByText('Ask clarifying questions early.')).toBeTruthy();
    expect(screen.getByRole('timer').textContent).toBe('40:00');
    const clarifying = screen.getByRole('region', { name: 'Clarifying questions' });
    expect(within(clarifying).queryAllByRole('listitem')).toHaveLength(0);
    fireEvent.click(within(clarifying).getByRole('button', { name: 'Show a clarifying question' }));
    expect(
      within(clarifying)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['What data do we have?']);
    expect(within(clarifying).getByText('1 of 3 shown')).toBeTruthy();
    fireEvent.click(within(clarifying).getByRole('button', { name: 'Show all 3' }));
    expect(within(clarifying).getAllByRole('listitem')).toHaveLength(3);
    expect(within(clarifying).queryByRole('button')).toBeNull();
  });

  it('grades against the level in the address, and says when the bank has no guidance there', async () => {
    renderPractice('/practice/ps-account-health-csm?level=senior');
    await screen.findByRole('heading', { level: 1, name: QUESTION.prompt });
    expect((screen.getByLabelText('Graded against the bar of') as HTMLSelectElement).value).toBe('senior');
    expect(screen.getByText('Question the prompt itself.')).toBeTruthy();
    expect(screen.getByText(/at Senior the report has no point-by-point coverage/)).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Clarifying questions' })).toBeNull();
  });

  it('brings back a draft with a notice, and discards it on request', async () => {
    writeDraft(KEY, {
      answer: 'Restored words',
      question: '',
      kind: 'product_sense',
      elapsedSec: 600,
      limitMin: 40,
    } satisfies PracticeDraft);
    renderPractice('/practice/ps-account-health-csm');
    await screen.findByText(/Your answer is back as you left it/);
    expect(answerBox().value).toBe('Restored words');
    expect(screen.getByRole('timer').textContent).toBe('30:00');
    expect(screen.getByText('2 words')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Discard it and start over' }));
    await waitFor(() => expect(answerBox().value).toBe(''));
    expect(screen.queryByText(/Your answer is back/)).toBeNull();
    expect(screen.getByRole('timer').textContent).toBe('40:00');
    expect(readDraft(KEY, isPracticeDraft)).toBeNull();
  });

  it('says what is wrong before sending anything: an empty answer, then one over the limit', async () => {
    renderPractice('/practice/ps-account-health-csm');
    await screen.findByRole('heading', { level: 1, name: QUESTION.prompt });
    fireEvent.click(screen.getByRole('button', { name: 'Submit for grading' }));
    expect(screen.getByRole('alert').textContent).toBe(
      'Write your answer first: the report grades the text in this box.',
    );
    expect(document.activeElement).toBe(answerBox());
    fireEvent.change(answerBox(), { target: { value: 'x'.repeat(200_010) } });
    expect(screen.getByRole('alert').textContent).toMatch(/Cut 10 characters before submitting\./);
    expect(answerBox().getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Submit for grading' }));
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('submits with Ctrl+Enter, sends the time taken, forgets the draft and opens the report', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-02T09:00:00Z'));
    renderPractice('/practice/ps-account-health-csm');
    await screen.findByRole('heading', { level: 1, name: QUESTION.prompt });
    fireEvent.change(answerBox(), { target: { value: 'Who are the users?\fThe managers.' } });
    expect(screen.getByRole('button', { name: 'Pause timer' })).toBeTruthy();
    vi.setSystemTime(new Date('2026-03-02T09:12:30Z'));
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(readDraft(KEY, isPracticeDraft)?.value.answer).toBe('Who are the users?\fThe managers.');
    fireEvent.keyDown(answerBox(), { key: 'Enter', ctrlKey: true });
    await screen.findByRole('heading', { name: 'Report of attempt-9' });
    expect(requests.find((r) => r.method === 'POST')).toEqual({
      method: 'POST',
      path: '/api/attempts',
      body: {
        level: 'pm2',
        answer: 'Who are the users? The managers.',
        questionId: 'ps-account-health-csm',
        durationSec: 750,
      },
    });
    expect(readDraft(KEY, isPracticeDraft)).toBeNull();
  });

  it('keeps the draft and says why when the API refuses', async () => {
    handlers['POST /api/attempts'] = () => ({
      status: 400,
      body: { error: { code: 'invalid_request', message: 'The answer has a character the API refuses.' } },
    });
    renderPractice('/practice/ps-account-health-csm');
    await screen.findByRole('heading', { level: 1, name: QUESTION.prompt });
    fireEvent.change(answerBox(), { target: { value: 'My answer' } });
    fireEvent.click(screen.getByRole('button', { name: 'Submit for grading' }));
    await screen.findByText(/The answer has a character the API refuses\./);
    expect(screen.getByRole('alert').textContent).toMatch(/^Your answer was not graded\./);
    expect(readDraft(KEY, isPracticeDraft)?.value.answer).toBe('My answer');
  });

  it('carries the answer over when the level is switched', async () => {
    const { router } = renderPractice('/practice/ps-account-health-csm');
    await screen.findByRole('heading', { level: 1, name: QUESTION.prompt });
    fireEvent.change(answerBox(), { target: { value: 'Half an answer' } });
    fireEvent.change(screen.getByLabelText('Graded against the bar of'), { target: { value: 'senior' } });
    await waitFor(() => expect(router.state.location.search).toBe('?level=senior'));
    expect(answerBox().value).toBe('Half an answer');
    expect(screen.queryByText(/Your answer is back/)).toBeNull();
    expect(readDraft(KEY, isPracticeDraft)).toBeNull();
    expect(
      readDraft(draftKey('user-1', 'practice', 'ps-account-health-csm', 'senior'), isPracticeDraft),
    ).not.toBeNull();
  });

  it('says so when the question is not in the bank', async () => {
    renderPractice('/practice/no-such-question');
    await screen.findByRole('heading', { name: 'No such question' });
    expect(screen.getByRole('link', { name: 'practise your own' }).getAttribute('href')).toBe(
      '/practice/custom',
    );
  });
});

describe('practising a question of your own', () => {
  it('asks for the question, then sends it with its kind', async () => {
    renderPractice('/practice/custom?kind=metrics');
    await screen.findByRole('heading', { level: 1, name: 'Practise a question of your own' });
    expect((screen.getByLabelText('Kind of interview') as HTMLSelectElement).value).toBe('metrics');
    fireEvent.change(answerBox(), { target: { value: 'DAU fell because of a release.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Submit for grading' }));
    expect(
      screen.getByText('Write the question you are answering: the report checks the answer against it.'),
    ).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Your question'));
    fireEvent.change(screen.getByLabelText('Your question'), { target: { value: 'Why? '.repeat(801) } });
    fireEvent.click(screen.getByRole('button', { name: 'Submit for grading' }));
    expect(screen.getByText('The question is 4005 characters; shorten it to 4000 or fewer.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Your question'), { target: { value: '  WAU fell 10%. Why?  ' } });
    fireEvent.change(screen.getByLabelText('Time limit'), { target: { value: '20' } });
    expect(screen.getByRole('timer').textContent).toBe('20:00');
    fireEvent.click(screen.getByRole('button', { name: 'Submit for grading' }));
    await screen.findByRole('heading', { name: 'Report of attempt-9' });
    const post = requests.find((r) => r.method === 'POST');
    expect(post?.body).toMatchObject({ level: 'pm2', question: 'WAU fell 10%. Why?', kind: 'metrics' });
    expect(post?.body).not.toHaveProperty('questionId');
  });
});
