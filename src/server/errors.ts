// API errors: `{error: {code, message}}` with the status that fits. Client mistakes say what to fix;
// anything unexpected is logged in full and answered with a 500 that tells nothing of the inside.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { EngineError } from '../engine/index.js';

export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    /** Headers the response carries, such as Retry-After. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ErrorBody {
  error: { code: string; message: string };
}

interface ValidationIssue {
  keyword: string;
  instancePath: string;
  message?: string;
  params?: Record<string, unknown>;
}

export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const { status, code, message, headers } = describe(error);
  if (status >= 500) {
    request.log.error({ err: error }, 'request failed');
  }
  void reply
    .code(status)
    .headers(headers)
    .send({ error: { code, message } } satisfies ErrorBody);
}

export function notFoundHandler(request: FastifyRequest, reply: FastifyReply): void {
  const path = request.url.split('?')[0]?.slice(0, 200) ?? '';
  void reply
    .code(404)
    .send({ error: { code: 'not_found', message: `There is no ${request.method} ${path}.` } });
}

/** Errors Fastify raises before routing (a malformed URL, an overlong path parameter). */
export function frameworkErrorHandler(
  error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
): void {
  const [status, code, message] =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? [414, 'path_too_long', 'A part of the path is too long to be an id.']
      : [400, 'bad_url', 'The URL is malformed.'];
  void reply.code(status).send({ error: { code, message } } satisfies ErrorBody);
}

function describe(error: FastifyError): {
  status: number;
  code: string;
  message: string;
  headers: Record<string, string>;
} {
  if (error instanceof ApiError) {
    return { status: error.statusCode, code: error.code, message: error.message, headers: error.headers };
  }
  if (error instanceof EngineError)
    return { status: 400, code: error.code, message: error.message, headers: {} };
  if (error.validation) return { status: 400, ...validationProblem(error), headers: {} };
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return {
        status: 413,
        code: 'body_too_large',
        message: 'The request body is larger than this route accepts: send less.',
        headers: {},
      };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return {
        status: 415,
        code: 'unsupported_media_type',
        message: 'Send the body as JSON with Content-Type: application/json.',
        headers: {},
      };
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return {
        status: 400,
        code: 'invalid_json',
        message: 'The body is not valid JSON: check quotes, commas and brackets.',
        headers: {},
      };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return {
        status: 400,
        code: 'invalid_json',
        message: 'The body is empty but the Content-Type says JSON: send a JSON object.',
        headers: {},
      };
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return {
        status: 400,
        code: 'invalid_content_length',
        message: 'The Content-Length does not match the body.',
        headers: {},
      };
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    if (error instanceof SyntaxError) {
      return {
        status: 400,
        code: 'invalid_json',
        message: `The body is not valid JSON: ${error.message}.`,
        headers: {},
      };
    }
    // Fastify's own client errors carry safe, fixed messages.
    return {
      status,
      code: status === 429 ? 'rate_limited' : 'bad_request',
      message: error.message,
      headers: {},
    };
  }
  return {
    status: 500,
    code: 'internal',
    message: 'Something went wrong on our side; try again later.',
    headers: {},
  };
}

function validationProblem(error: FastifyError): { code: string; message: string } {
  const issues = (error.validation ?? []) as ValidationIssue[];
  const part = error.validationContext ?? 'body';
  // typebox reports a refused extra property twice; the additionalProperties entry names it.
  const issue = issues.find((i) => i.keyword !== 'boolean') ?? issues[0];
  if (!issue) return { code: 'invalid_request', message: `The ${part} is not valid.` };
  const where = `${part}${issue.instancePath.replaceAll('/', '.').replace(/^\./, '.')}`;
  if (issue.keyword === 'additionalProperties') {
    const names = (issue.params?.additionalProperties as string[] | undefined) ?? [];
    return {
      code: 'unknown_field',
      message: `${where} has ${names.length === 1 ? 'a field' : 'fields'} this API does not know: ${names.join(', ')}; remove ${names.length === 1 ? 'it' : 'them'}.`,
    };
  }
  if (issue.keyword === 'format' && issue.params?.format === 'text') {
    return {
      code: 'control_characters',
      message: `${where} contains control characters; only tabs and line breaks are allowed.`,
    };
  }
  // A date may fail inside a union (date or null); the format issue says what the caller got wrong.
  const date = issues.find((i) => i.keyword === 'format' && i.params?.format === 'date');
  if (date) {
    return {
      code: 'invalid_date',
      message: `${part}${date.instancePath.replaceAll('/', '.')} must be a real calendar date written YYYY-MM-DD, such as 2026-12-15.`,
    };
  }
  if (issue.keyword === 'maxLength' && /answer$/.test(issue.instancePath)) {
    return {
      code: 'answer_too_long',
      message: `${where} is over the limit of ${issue.params?.limit} characters: grade one answer at a time.`,
    };
  }
  if (issue.keyword === 'enum' || issue.keyword === 'const' || issue.keyword === 'anyOf') {
    // Say which values are accepted, so the caller can fix the request without the docs.
    const allowed = allowedValues(issues, issue.instancePath);
    if (allowed.length > 0) {
      return { code: 'invalid_request', message: `${where} must be one of: ${allowed.join(', ')}.` };
    }
  }
  return { code: 'invalid_request', message: `${where} ${issue.message ?? 'is not valid'}.` };
}

/** The values an enum (or a union of literals) accepts at one place of the request. */
function allowedValues(issues: ValidationIssue[], path: string): string[] {
  const values: string[] = [];
  for (const i of issues) {
    if (i.instancePath !== path) continue;
    const list = i.params?.allowedValues;
    if (Array.isArray(list)) values.push(...list.map(String));
    if (i.keyword === 'const' && i.params?.allowedValue !== undefined)
      values.push(String(i.params.allowedValue));
  }
  return [...new Set(values)];
}
