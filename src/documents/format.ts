// Which kind of document a file is, from its first bytes and then its name: a name can lie (a program
// renamed answer.docx), bytes rarely do.
import { ACCEPTED_FORMATS, DocumentError } from './errors.js';

export type DocumentFormat = 'md' | 'txt' | 'docx' | 'pdf';

const TEXT_EXTENSIONS: Record<string, DocumentFormat> = {
  md: 'md',
  markdown: 'md',
  txt: 'txt',
  text: 'txt',
  '': 'txt',
};

const startsWith = (bytes: Uint8Array, magic: number[], at = 0) =>
  bytes.length >= at + magic.length && magic.every((b, i) => bytes[at + i] === b);

/** Word's own protected .docx and the old binary .doc share this container (OLE compound file). */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const RTF = [...'{\\rtf'].map((c) => c.charCodeAt(0));
const PDF = [...'%PDF-'].map((c) => c.charCodeAt(0));

/** The extension of a file name, lower-cased, without the dot; '' when it has none. */
export function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

export function detectFormat(bytes: Uint8Array, name: string): DocumentFormat {
  const extension = extensionOf(name);
  if (startsWith(bytes, PDF)) return 'pdf';
  // PDF readers accept the header anywhere in the first kilobyte; so do we, for a file named .pdf.
  const head = bytes.subarray(0, 1024);
  if (extension === 'pdf' && head.some((_, i) => startsWith(head, PDF, i))) return 'pdf';
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return 'docx';
  if (startsWith(bytes, COMPOUND_FILE)) {
    if (extension === 'docx') {
      throw new DocumentError(
        'encrypted_document',
        'This Word document is protected by a password: remove the password in Word (File > Info > Protect Document), save it, and upload it again.',
      );
    }
    throw new DocumentError(
      'unsupported_format',
      `This is an older Office file (such as .doc): save it from Word as .docx or PDF, or paste the text. Ladder reads ${ACCEPTED_FORMATS}.`,
    );
  }
  if (startsWith(bytes, RTF)) {
    throw new DocumentError(
      'unsupported_format',
      `This is a rich-text (.rtf) file: save it as .docx, PDF or plain text, or paste the text. Ladder reads ${ACCEPTED_FORMATS}.`,
    );
  }
  const format = TEXT_EXTENSIONS[extension];
  if (format && looksLikeText(bytes)) return format;
  if (extension === 'pdf' || extension === 'docx') {
    throw new DocumentError(
      'unsupported_format',
      `This file is named .${extension} but is not a ${extension === 'pdf' ? 'PDF' : 'Word document'} inside: it is another kind of file, renamed. Ladder reads ${ACCEPTED_FORMATS}: export the take-home as one of those, or paste the text.`,
    );
  }
  throw new DocumentError(
    'unsupported_format',
    `Ladder reads ${ACCEPTED_FORMATS} files, and this is none of them${extension ? ` (.${extension})` : ''}: save the take-home in one of those formats, or paste the text.`,
  );
}

/** Text when it decodes (UTF-8, or UTF-16 with its byte-order mark) and holds no NUL: binaries do. */
function looksLikeText(bytes: Uint8Array): boolean {
  try {
    return !decodeText(bytes).includes('\u0000');
  } catch {
    return false;
  }
}

/** The text of a text file; throws on bytes that are not text in any encoding it accepts. */
export function decodeText(bytes: Uint8Array): string {
  const encoding = startsWith(bytes, [0xff, 0xfe])
    ? 'utf-16le'
    : startsWith(bytes, [0xfe, 0xff])
      ? 'utf-16be'
      : 'utf-8';
  // TextDecoder drops the byte-order mark itself.
  return new TextDecoder(encoding, { fatal: true }).decode(bytes);
}
