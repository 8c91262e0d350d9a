// The typed client of the Ladder API: one function per route the web app uses. Errors arrive as ApiError
// with the API's own code and message, which the screens show as they are (they say how to fix the input).
import type { Static } from 'typebox';
import type * as coachRoutes from '../../../src/server/routes/coach/schema.js';
import type * as loopRoutes from '../../../src/server/routes/loops/schema.js';
import type * as planRoutes from '../../../src/server/routes/plan/schema.js';
import type { progressSchema } from '../../../src/server/routes/progress/schema.js';
import type * as reviewRoutes from '../../../src/server/routes/reviews/schema.js';
import type * as storyRoutes from '../../../src/server/routes/stories/schema.js';
import type {
  Attempt,
  AttemptSummary,
  Kind,
  KindId,
  Level,
  LevelId,
  Question,
  QuestionSummary,
  Report,
  Revision,
  User,
} from './types.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Query = Record<string, string | number | undefined | null>;

export function queryString(query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

async function errorFrom(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string } };
    if (body.error?.message)
      return new ApiError(response.status, body.error.code ?? 'error', body.error.message);
  } catch {
    // Not JSON: a proxy's page or a dropped connection; the generic message below says what to do.
  }
  return new ApiError(
    response.status,
    'unavailable',
    response.status >= 500 || response.status === 0
      ? 'Ladder could not be reached or had a problem. Your work is kept in this browser; try again in a moment.'
      : `The request failed (${response.status}).`,
  );
}

export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers:
        body === undefined
          ? { accept: 'application/json' }
          : { 'content-type': 'application/json', accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(
      0,
      'offline',
      'Ladder could not be reached. Check your connection; your work is kept in this browser.',
    );
  }
  if (!response.ok) throw await errorFrom(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export interface AttemptFilters {
  kind?: KindId;
  level?: LevelId;
  questionId?: string;
  verdict?: 'below' | 'meets' | 'exceeds';
  sort?: 'newest' | 'oldest' | 'score_desc' | 'score_asc';
  limit?: number;
  offset?: number;
}

export interface QuestionFilters {
  kind?: KindId;
  level?: LevelId;
  tag?: string;
  q?: string;
  limit?: number;
  offset?: number;
}

export const api = {
  me: () => request<{ user: User }>('GET', '/api/me'),
  signup: (email: string, password: string) =>
    request<{ user: User }>('POST', '/api/auth/signup', { email, password }),
  login: (email: string, password: string) =>
    request<{ user: User }>('POST', '/api/auth/login', { email, password }),
  logout: () => request<void>('POST', '/api/auth/logout'),

  levels: () => request<{ levels: Level[] }>('GET', '/api/levels'),
  kinds: () => request<{ kinds: Kind[] }>('GET', '/api/kinds'),
  questions: (filters: QuestionFilters = {}) =>
    request<{ questions: QuestionSummary[]; total: number }>(
      'GET',
      `/api/questions${queryString({ ...filters })}`,
    ),
  question: (id: string) => request<Question>('GET', `/api/questions/${encodeURIComponent(id)}`),

  grade: (input: { level: LevelId; answer: string; kind?: KindId; question?: string; questionId?: string }) =>
    request<Report>('POST', '/api/grade', input),
  attempts: (filters: AttemptFilters = {}) =>
    request<{ attempts: AttemptSummary[]; total: number }>(
      'GET',
      `/api/attempts${queryString({ ...filters })}`,
    ),
  attempt: (id: string) => request<Attempt>('GET', `/api/attempts/${encodeURIComponent(id)}`),
  createAttempt: (input: {
    level: LevelId;
    answer: string;
    questionId?: string;
    question?: string;
    kind?: KindId;
    durationSec?: number;
  }) => request<Attempt & { report: Report }>('POST', '/api/attempts', input),
  addRevision: (id: string, input: { answer: string; durationSec?: number }) =>
    request<Revision>('POST', `/api/attempts/${encodeURIComponent(id)}/revisions`, input),
  saveDraft: (id: string, answer: string) =>
    request<{ answer: string; updatedAt: string }>('PUT', `/api/attempts/${encodeURIComponent(id)}/draft`, {
      answer,
    }),
  deleteAttempt: (id: string) => request<void>('DELETE', `/api/attempts/${encodeURIComponent(id)}`),
};

export type Answer3 = 'yes' | 'no' | 'unknown';

export interface Profile {
  targetLevel: LevelId;
  /** YYYY-MM-DD, or null when not known yet. */
  interviewDate: string | null;
  company: string | null;
  loop: { rounds: number; technicalRound: Answer3; takeHome: Answer3 };
}

export const profileApi = {
  get: () => request<{ profile: Profile | null }>('GET', '/api/me/profile'),
  save: (profile: Profile) => request<{ profile: Profile }>('PUT', '/api/me/profile', profile),
};

/** GET /api/progress, typed from the route's own response schema so the two cannot drift apart. */
export type Progress = Static<(typeof progressSchema.response)[200]>;
export type ProgressDimension = Progress['dimensions'][number];
export type ProgressPoint = ProgressDimension['points'][number];
export type LevelFitPoint = Progress['levelFit'][number];
export type PractiseNext = Progress['practiseNext'][number];

export const progressApi = {
  get: (level?: LevelId) => request<Progress>('GET', `/api/progress${queryString({ level })}`),
};

/** What POST /api/import reports: how much of the file was new to this account. */
export interface ImportResult {
  attempts: { created: number; merged: number };
  revisions: { added: number };
  drafts: { saved: number };
  profile: { saved: boolean };
}

export const transferApi = {
  /** Everything of the user's as the export file's text (kept as text so the download is byte for byte). */
  export: async (): Promise<string> => {
    let response: Response;
    try {
      response = await fetch('/api/export', {
        credentials: 'same-origin',
        headers: { accept: 'application/json' },
      });
    } catch {
      throw new ApiError(0, 'offline', 'Ladder could not be reached. Check your connection and try again.');
    }
    if (!response.ok) throw await errorFrom(response);
    return response.text();
  },
  import: (body: unknown) => request<ImportResult>('POST', '/api/import', body),
};

/** An uploaded take-home document as the API read it. */
export interface UploadedDocument {
  name: string;
  format: string;
  words: number;
  pages?: number;
}

export interface TakeHomeUpload {
  level: LevelId;
  questionId?: string;
  question?: string;
  file: File;
}

export type UploadResult = Attempt & { report: Report; document: UploadedDocument };

/**
 * POST /api/attempts/upload as multipart form data. XMLHttpRequest rather than fetch because only it
 * reports upload progress in every browser; `onSent` fires once the last byte has left, when the server
 * starts reading and grading the document.
 */
export function uploadTakeHome(
  input: TakeHomeUpload,
  events: { onProgress?: (sent: number, total: number) => void; onSent?: () => void } = {},
): { result: Promise<UploadResult>; abort: () => void } {
  const xhr = new XMLHttpRequest();
  const result = new Promise<UploadResult>((resolve, reject) => {
    const form = new FormData();
    form.append('level', input.level);
    if (input.questionId) form.append('questionId', input.questionId);
    if (input.question) form.append('question', input.question);
    // The file goes last: a streaming server has read the other fields by the time the file arrives.
    form.append('file', input.file, input.file.name);
    xhr.open('POST', '/api/attempts/upload');
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) events.onProgress?.(event.loaded, event.total);
    };
    xhr.upload.onload = () => events.onSent?.();
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300 && body) {
        resolve(body as UploadResult);
        return;
      }
      const error = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
      reject(
        error?.message
          ? new ApiError(xhr.status, error.code ?? 'error', error.message)
          : new ApiError(
              xhr.status,
              'unavailable',
              xhr.status >= 500
                ? 'Ladder had a problem reading the document. Try again in a moment.'
                : `The upload failed (${xhr.status}).`,
            ),
      );
    };
    xhr.onerror = () =>
      reject(new ApiError(0, 'offline', 'Ladder could not be reached. Check your connection and try again.'));
    xhr.onabort = () => reject(new ApiError(0, 'aborted', 'The upload was cancelled.'));
    xhr.send(form);
  });
  return { result, abort: () => xhr.abort() };
}

// Mock loops, the story bank, the prep plan, reviews and coaching: types from the routes' own schemas.

/** What a loop request may give; what it leaves out comes from the profile. */
export interface LoopDetailsInput {
  level?: LevelId;
  rounds?: number;
  technicalRound?: Answer3;
  takeHome?: Answer3;
}
export type LoopComposition = Static<typeof loopRoutes.CompositionSchema>;
export type Loop = Static<typeof loopRoutes.LoopSchema>;
export type LoopRound = Loop['rounds'][number];
export type LoopSummary = Static<(typeof loopRoutes.listLoopsSchema.response)[200]>['loops'][number];
export type Packet = Static<typeof loopRoutes.PacketSchema>;
export type PacketRound = Packet['rounds'][number];
export type PacketNote = Packet['strengths'][number];
export type RoundDraft = Static<(typeof loopRoutes.roundDraftSchema.response)[200]>;
export type RoundAnswer = Static<(typeof loopRoutes.answerRoundSchema.response)[201]>;

const loopPath = (id: string) => `/api/loops/${encodeURIComponent(id)}`;
const roundPath = (id: string, position: number) => `${loopPath(id)}/rounds/${position}`;

export const loopsApi = {
  composition: (details: LoopDetailsInput = {}) =>
    request<LoopComposition>('GET', `/api/loops/composition${queryString({ ...details })}`),
  create: (details: LoopDetailsInput = {}) => request<Loop>('POST', '/api/loops', details),
  list: (page: { limit?: number; offset?: number } = {}) =>
    request<{ loops: LoopSummary[]; total: number }>('GET', `/api/loops${queryString(page)}`),
  get: (id: string) => request<Loop>('GET', loopPath(id)),
  remove: (id: string) => request<void>('DELETE', loopPath(id)),
  startRound: (id: string, position: number) => request<Loop>('POST', `${roundPath(id, position)}/start`),
  saveDraft: (id: string, position: number, draft: { answer?: string; storyId?: string | null }) =>
    request<RoundDraft>('PUT', `${roundPath(id, position)}/draft`, draft),
  answer: (id: string, position: number, body: { answer: string; storyId?: string | null }) =>
    request<RoundAnswer>('POST', `${roundPath(id, position)}/answer`, body),
  packet: (id: string) => request<Packet>('GET', `${loopPath(id)}/packet`),
  /** The packet files are downloads: links to these, sent with the session cookie. */
  packetUrl: (id: string, format: 'md' | 'pdf') => `${loopPath(id)}/packet.${format}`,
};

export type StoryInput = Static<typeof storyRoutes.StoryInputSchema>;
export type Story = Static<typeof storyRoutes.StorySchema>;
export type StoryEvidence = Story['evidence'][number];
export type StoryCheck = Story['checks'][number];
export type StorySummary = Static<(typeof storyRoutes.listStoriesSchema.response)[200]>['stories'][number];
export type StoryGuide = Static<(typeof storyRoutes.guideSchema.response)[200]>;
export type StoryCoverage = Static<(typeof storyRoutes.coverageSchema.response)[200]>;

const storyPath = (id: string) => `/api/stories/${encodeURIComponent(id)}`;

export const storiesApi = {
  guide: () => request<StoryGuide>('GET', '/api/stories/guide'),
  list: () => request<{ stories: StorySummary[] }>('GET', '/api/stories'),
  get: (id: string) => request<Story>('GET', storyPath(id)),
  create: (story: StoryInput) => request<Story>('POST', '/api/stories', story),
  update: (id: string, story: StoryInput) => request<Story>('PUT', storyPath(id), story),
  remove: (id: string) => request<void>('DELETE', storyPath(id)),
  coverage: (level?: LevelId) =>
    request<StoryCoverage>('GET', `/api/stories/coverage${queryString({ level })}`),
};

export type Plan = Static<typeof planRoutes.PlanSchema>;
export type PlanDay = Plan['days'][number];
export type PlanPreferences = Static<(typeof planRoutes.getPreferencesSchema.response)[200]>;
export type CardQueue = Static<(typeof planRoutes.cardsSchema.response)[200]>;
export type ReviewCard = CardQueue['new'][number];
export type CardRating = Static<typeof planRoutes.reviewCardSchema.body>['rating'];

export const planApi = {
  /** `today` is the candidate's own date (their time zone): the server takes it within a day of its own. */
  get: (today: string) => request<Plan>('GET', `/api/plan${queryString({ today })}`),
  calendarUrl: (today: string) => `/api/plan.ics${queryString({ today })}`,
  preferences: () => request<PlanPreferences>('GET', '/api/plan/preferences'),
  savePreferences: (preferences: { sessionsPerDay: number; restDays: number[] }) =>
    request<PlanPreferences>('PUT', '/api/plan/preferences', preferences),
  cards: (today: string) => request<CardQueue>('GET', `/api/plan/cards${queryString({ today })}`),
  review: (cardId: string, rating: CardRating) =>
    request<Static<(typeof planRoutes.reviewCardSchema.response)[200]>>(
      'POST',
      `/api/plan/cards/${encodeURIComponent(cardId)}/reviews`,
      { rating },
    ),
};

export type Share = Static<typeof reviewRoutes.ShareSchema>;
export type NewShare = Static<(typeof reviewRoutes.createShareSchema.response)[201]>;
export type Shared = Static<(typeof reviewRoutes.openSharedSchema.response)[200]>;
export type SharedItem = Shared['items'][number];
export type PeerReview = Static<(typeof reviewRoutes.reviewSharedSchema.response)[200]>;
export type ReviewComment = PeerReview['comments'][number];
export type DimensionScores = PeerReview['scores'];
export type Comparison = Static<typeof reviewRoutes.ComparisonSchema>;
export type LoopComparison = Static<(typeof reviewRoutes.loopReviewsSchema.response)[200]>;
export type SelfReview = Static<(typeof reviewRoutes.selfReviewSchema.response)[200]>;

export const reviewsApi = {
  share: (target: { attemptId: string } | { loopId: string }, days: number) =>
    request<NewShare>('POST', '/api/shares', { ...target, days }),
  shares: () => request<{ shares: Share[] }>('GET', '/api/shares'),
  revoke: (id: string) => request<void>('DELETE', `/api/shares/${encodeURIComponent(id)}`),
  /** The token goes in the body, never in a URL, so that it stays out of request logs. */
  open: (token: string) => request<Shared>('POST', '/api/shared', { token }),
  review: (input: {
    token: string;
    attemptId: string;
    scores: DimensionScores;
    comments: ReviewComment[];
    summary: string | null;
  }) => request<PeerReview>('PUT', '/api/shared/review', input),
  selfReview: (
    attemptId: string,
    input: { revision: number; scores: DimensionScores; note: string | null },
  ) => request<SelfReview>('PUT', `/api/attempts/${encodeURIComponent(attemptId)}/self-review`, input),
  ofAttempt: (attemptId: string, revision?: number) =>
    request<Comparison>(
      'GET',
      `/api/attempts/${encodeURIComponent(attemptId)}/reviews${queryString({ revision })}`,
    ),
  ofLoop: (loopId: string) => request<LoopComparison>('GET', `${loopPath(loopId)}/reviews`),
};

export type CoachInvite = Static<(typeof coachRoutes.listInvitesSchema.response)[200]>['invites'][number];
export type NewCoachInvite = Static<(typeof coachRoutes.createInviteSchema.response)[201]>;
export type CoachPerson = Static<(typeof coachRoutes.coachesSchema.response)[200]>['coaches'][number];
export type CandidateAttempts = Static<(typeof coachRoutes.candidateAttemptsSchema.response)[200]>;
export type CandidateProgress = Static<(typeof coachRoutes.candidateProgressSchema.response)[200]>;

const candidatePath = (id: string) => `/api/coach/candidates/${encodeURIComponent(id)}`;

export const coachApi = {
  invite: (days: number) => request<NewCoachInvite>('POST', '/api/coach/invites', { days }),
  invites: () => request<{ invites: CoachInvite[] }>('GET', '/api/coach/invites'),
  revokeInvite: (id: string) => request<void>('DELETE', `/api/coach/invites/${encodeURIComponent(id)}`),
  accept: (token: string) => request<{ candidate: CoachPerson }>('POST', '/api/coach/accept', { token }),
  coaches: () => request<{ coaches: CoachPerson[] }>('GET', '/api/coach/coaches'),
  removeCoach: (coachId: string) =>
    request<void>('DELETE', `/api/coach/coaches/${encodeURIComponent(coachId)}`),
  candidates: () => request<{ candidates: CoachPerson[] }>('GET', '/api/coach/candidates'),
  leave: (candidateId: string) => request<void>('DELETE', candidatePath(candidateId)),
  attempts: (candidateId: string, page: { limit?: number; offset?: number } = {}) =>
    request<CandidateAttempts>('GET', `${candidatePath(candidateId)}/attempts${queryString(page)}`),
  progress: (candidateId: string, level?: LevelId) =>
    request<CandidateProgress>('GET', `${candidatePath(candidateId)}/progress${queryString({ level })}`),
};
