// The checks a take-home document passes in the browser before it is sent: a format Ladder reads, not
// empty, not over the upload limit. The server checks the bytes again; these only spare a wasted upload.
import { LIMITS } from '../../../../src/engine/limits.js';

export const TAKE_HOME_EXTENSIONS = ['.md', '.txt', '.docx', '.pdf'] as const;
export type TakeHomeExtension = (typeof TAKE_HOME_EXTENSIONS)[number];

/** For the file picker's accept attribute: extensions and the MIME types browsers give those files. */
export const TAKE_HOME_ACCEPT = [
  ...TAKE_HOME_EXTENSIONS,
  'text/markdown',
  'text/plain',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
].join(',');

export type FileCheck = { ok: true; extension: TakeHomeExtension } | { ok: false; message: string };

/** 1536 → "1.5 KB"; 10485760 → "10 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${Number(value.toFixed(value < 10 ? 1 : 0))} ${units[unit]}`;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** Advice for the formats people most often have instead, named so they know what to do. */
const INSTEAD: Record<string, string> = {
  '.doc':
    'This is an older Word file: open it in Word and save it as .docx (File > Save As), or export it as PDF.',
  '.rtf': 'This is a rich-text file: save it as .docx or PDF, or as plain text.',
  '.pages': 'This is a Pages document: export it from Pages as Word (.docx) or PDF (File > Export To).',
  '.odt': 'This is an OpenDocument file: save it as Word (.docx) or export it as PDF.',
  '.gdoc':
    'This is a link to a Google Doc, not the document: in Google Docs use File > Download > Microsoft Word (.docx) or PDF.',
  '.key': 'This is a Keynote file: export it as PDF (File > Export To > PDF).',
  '.pptx': 'This is a slide deck: export it as PDF.',
  '.html': 'This is a web page: save it as PDF or copy the text into a .txt file.',
};

export function checkTakeHomeFile(
  file: { name: string; size: number },
  maxBytes: number = LIMITS.maxUploadBytes,
): FileCheck {
  const extension = extensionOf(file.name);
  const known = TAKE_HOME_EXTENSIONS.find((e) => e === extension);
  if (!known) {
    const advice =
      INSTEAD[extension] ??
      `Ladder reads .md, .txt, .docx and .pdf${extension ? `, not ${extension}` : ', and this file has no extension'}: save the document in one of those formats.`;
    return { ok: false, message: `“${file.name}” cannot be read. ${advice}` };
  }
  if (file.size === 0) {
    return {
      ok: false,
      message: `“${file.name}” is empty (0 bytes). Choose the file with your answer in it.`,
    };
  }
  if (file.size > maxBytes) {
    // Rounded, a file a little over the limit reads as the limit itself: "10 MB, over the limit of 10 MB".
    const size = formatBytes(file.size);
    const limit = formatBytes(maxBytes);
    return {
      ok: false,
      message: `“${file.name}” is ${size === limit ? 'just over the limit' : `${size}, over the limit`} of ${limit}. Only the text is graded: remove pictures and appendices, or export it as .docx or .txt.`,
    };
  }
  return { ok: true, extension: known };
}
