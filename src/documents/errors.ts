// Typed errors of reading an uploaded document: a `code` named after what went wrong, and a message
// that tells the candidate what to do instead.
export type DocumentErrorCode =
  /** Over the upload limit in bytes, or a .docx that would unpack to far more than any answer needs. */
  | 'document_too_large'
  /** Not .md, .txt, .docx or .pdf, whatever the name says. */
  | 'unsupported_format'
  /** A PDF without a text layer: scanned pages or pictures of text. */
  | 'scanned_pdf'
  /** Readable, but no text in it. */
  | 'empty_document'
  /** More text than the longest answer graded. */
  | 'document_too_long'
  /** Damaged: the bytes do not hold together as the format they claim. */
  | 'corrupt_document'
  /** Protected by a password. */
  | 'encrypted_document';

export class DocumentError extends Error {
  constructor(
    readonly code: DocumentErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DocumentError';
  }
}

export const ACCEPTED_FORMATS = '.md, .txt, .docx or .pdf';
