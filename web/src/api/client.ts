// The typed client of the Ladder API: one function per route the web app uses. Errors arrive as ApiError
// with the API's own code and message, which the screens show as they are (they say how to fix the input).
import type { Static } from 'typebox';
import type { progressSchema } from '../../../src/server/routes/progress/schema.js';
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
