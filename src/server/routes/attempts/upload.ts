// Uploading a take-home: a document (.md, .txt, .docx or .pdf) in a multipart form, read to plain text,
// graded as a take_home answer and stored as POST /attempts stores a typed one. Multipart is parsed in
// this scope only: every other route takes JSON.
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { DocumentError, type DocumentErrorCode, extractDocument } from '../../../documents/extract.js';
import { LIMITS } from '../../../engine/index.js';
import { ApiError } from '../../errors.js';
import { currentUser } from '../../session.js';
import { UPLOAD_FIELDS, type UploadedFile, uploadAttemptSchema } from './schema.js';
import { attemptQuestion, startAttempt } from './submit.js';

const STATUS: Record<DocumentErrorCode, number> = {
  document_too_large: 413,
  unsupported_format: 415,
  scanned_pdf: 422,
  empty_document: 422,
  document_too_long: 422,
  corrupt_document: 422,
  encrypted_document: 422,
};

/** Enough bytes for the longest question in any script (at most four bytes a character in UTF-8). */
const FIELD_BYTES = LIMITS.maxQuestionChars * 4;

const upload: FastifyPluginAsyncTypebox = async (app) => {
  const { content } = app;
  await app.register(multipart, {
    limits: {
      fileSize: LIMITS.maxUploadBytes,
      files: 1,
      fields: UPLOAD_FIELDS.length,
      parts: UPLOAD_FIELDS.length + 1,
      fieldSize: FIELD_BYTES,
      headerPairs: 20,
    },
  });
  app.addHook('preValidation', readForm);

  app.post('/attempts/upload', { schema: uploadAttemptSchema }, async (request, reply) => {
    const { level, questionId, question, file } = request.body;
    const bank = questionId === undefined ? undefined : content.questionsById.get(questionId);
    if (bank && bank.kind !== 'take_home') {
      throw new ApiError(
        400,
        'not_a_take_home',
        `Question ${bank.id} is a ${bank.kind} question: upload a document for a take_home question (GET /api/questions?kind=take_home), or give the assignment as question.`,
      );
    }
    // The question is checked before the document is read: a mistake there costs no extraction.
    const resolved = attemptQuestion(content, { questionId, question, kind: 'take_home', level });
    let document: Awaited<ReturnType<typeof extractDocument>>;
    try {
      document = await extractDocument(file.bytes, file.name);
    } catch (error) {
      if (error instanceof DocumentError) throw new ApiError(STATUS[error.code], error.code, error.message);
      throw error;
    }
    const attempt = await startAttempt(app, currentUser(request).id, {
      question: resolved,
      level,
      answer: document.text,
      durationSec: null,
    });
    return reply.code(201).send({
      ...attempt,
      document: {
        name: file.name,
        format: document.format,
        words: document.words,
        ...(document.pages === null ? {} : { pages: document.pages }),
      },
    });
  });
};

export default upload;

/**
 * Reads the form into the body the route's schema then checks: the text fields as strings, the one
 * file as its name and bytes. Whatever the form does wrong is a 4xx that says what to send instead.
 */
async function readForm(request: FastifyRequest): Promise<void> {
  if (!request.isMultipart()) {
    throw new ApiError(
      415,
      'unsupported_media_type',
      'Send the document as multipart/form-data, the file in a part named file.',
    );
  }
  const fields = new Map<string, unknown>();
  let file: UploadedFile | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file') {
          throw new ApiError(
            400,
            'unknown_field',
            `body has a file in a part named ${part.fieldname.slice(0, 40)}; send the document in a part named file.`,
          );
        }
        file = { name: fileName(part.filename), bytes: await part.toBuffer() };
        continue;
      }
      const where = `body.${part.fieldname.slice(0, 40)}`;
      if (part.fieldname === 'file') {
        throw new ApiError(400, 'file_required', 'body.file is text: attach the document as a file.');
      }
      if (part.valueTruncated || part.fieldnameTruncated) {
        throw new ApiError(400, 'invalid_request', `${where} is too long.`);
      }
      if (fields.has(part.fieldname)) {
        throw new ApiError(400, 'invalid_request', `${where} is given more than once; give it once.`);
      }
      fields.set(part.fieldname, part.value);
    }
  } catch (error) {
    throw formProblem(error);
  }
  if (!file) {
    throw new ApiError(400, 'file_required', 'Attach the document as a file in a part named file.');
  }
  // Built from entries, so that no field name can reach the object's prototype.
  request.body = Object.fromEntries([...fields, ['file', file]]);
}

function formProblem(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  switch ((error as { code?: string }).code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return new ApiError(
        413,
        'document_too_large',
        `The file is over the limit of ${LIMITS.maxUploadBytes / (1024 * 1024)} MB: remove pictures and appendices, or export it as .txt or .docx, or paste the text.`,
      );
    case 'FST_FILES_LIMIT':
      return new ApiError(400, 'too_many_files', 'Send one document at a time.');
    case 'FST_FIELDS_LIMIT':
    case 'FST_PARTS_LIMIT':
      return new ApiError(
        400,
        'too_many_fields',
        `The form has more parts than this route takes: ${UPLOAD_FIELDS.join(', ')} and file.`,
      );
    case 'FST_PROTO_VIOLATION':
      return new ApiError(400, 'invalid_request', 'A field name of the form is not allowed.');
    default:
      // Busboy's own errors (a malformed part, a form cut short) are the sender's.
      return new ApiError(400, 'invalid_multipart', 'The multipart form is malformed or cut short.');
  }
}

/** The name the browser gave, without a path, as one short line of text. */
function fileName(name: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001F\u007F]/g, '').trim();
  return base.slice(0, 255) || 'document';
}
