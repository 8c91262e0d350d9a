// Turns an uploaded take-home (.md, .txt, .docx or .pdf) into the plain text the engine grades, with
// typed errors that tell the candidate what to do when it cannot: the API and the CLI both read
// documents through here.
import { LIMITS } from '../engine/index.js';
import { DOCX_LIMITS, docxText, type ZipLimits } from './docx.js';
import { DocumentError } from './errors.js';
import { type DocumentFormat, decodeText, detectFormat } from './format.js';
import { pdfText } from './pdf.js';

export { ACCEPTED_FORMATS, DocumentError, type DocumentErrorCode } from './errors.js';
export type { DocumentFormat } from './format.js';

export interface ExtractedDocument {
  format: DocumentFormat;
  text: string;
  words: number;
  /** How many pages, for a PDF; null for the other formats, which have none of their own. */
  pages: number | null;
}

export interface ExtractLimits {
  /** The largest file, in bytes. */
  maxBytes: number;
  /** The longest text, in UTF-16 code units, as the engine counts an answer. */
  maxChars: number;
  zip: ZipLimits;
}

export const EXTRACT_LIMITS: ExtractLimits = {
  maxBytes: LIMITS.maxUploadBytes,
  maxChars: LIMITS.maxAnswerChars,
  zip: DOCX_LIMITS,
};

export async function extractDocument(
  bytes: Uint8Array,
  name: string,
  limits: ExtractLimits = EXTRACT_LIMITS,
): Promise<ExtractedDocument> {
  if (bytes.length > limits.maxBytes) {
    throw new DocumentError(
      'document_too_large',
      `This file is ${megabytes(bytes.length)}, over the limit of ${megabytes(limits.maxBytes)}: remove pictures and appendices, or export it as .txt or .docx, or paste the text.`,
    );
  }
  if (bytes.length === 0) {
    throw new DocumentError('empty_document', 'This file is empty: choose the file with your answer in it.');
  }
  const format = detectFormat(bytes, name);
  let raw: string;
  let pages: number | null = null;
  if (format === 'pdf') {
    ({ text: raw, pages } = await pdfText(bytes, limits.maxChars));
  } else if (format === 'docx') {
    raw = await docxText(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), limits.zip);
  } else {
    raw = decodeText(bytes);
  }
  const text = plainText(raw);
  if (!/[\p{L}\p{N}]/u.test(text)) {
    throw new DocumentError(
      'empty_document',
      'This document has no text in it: check that it is the file with your answer, or paste the answer.',
    );
  }
  if (text.length > limits.maxChars) {
    throw new DocumentError(
      'document_too_long',
      `This document's text is ${text.length.toLocaleString('en')} characters, over the limit of ${limits.maxChars.toLocaleString('en')}: upload the answer alone, without appendices or the assignment's own text, or split it and grade the parts.`,
    );
  }
  return { format, text, words: countWords(text), pages };
}

/**
 * Text as an answer may hold it: page and column breaks become line breaks, other control characters
 * go (the API refuses them in answers, so an export of this attempt must import), ends are trimmed.
 */
function plainText(raw: string): string {
  return (
    raw
      .replace(/[\f\v\u2028\u2029]/g, '\n')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
      .replace(/[\u0000-\u0008\u000E-\u001F\u007F]/g, '')
      .trim()
  );
}

const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });

function countWords(text: string): number {
  let words = 0;
  for (const segment of wordSegmenter.segment(text)) if (segment.isWordLike) words++;
  return words;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}
