// The text of a Word (.docx) document. A .docx is a zip archive, and a small archive can unpack to
// gigabytes (a zip bomb): its sizes are checked, and proven true, before mammoth unpacks it.
import mammoth from 'mammoth';
import yauzl, { type Entry } from 'yauzl';
import { ACCEPTED_FORMATS, DocumentError } from './errors.js';

export interface ZipLimits {
  /** The most the whole archive may unpack to. */
  maxUnzippedBytes: number;
  maxEntries: number;
}

/**
 * Far more than any take-home needs: the text of the longest answer is a few megabytes of Word's XML,
 * and pictures are stored already compressed, so they unpack to about their own size.
 */
export const DOCX_LIMITS: ZipLimits = { maxUnzippedBytes: 64 * 1024 * 1024, maxEntries: 5_000 };

const MAIN_PART = 'word/document.xml';

export async function docxText(bytes: Buffer, limits: ZipLimits = DOCX_LIMITS): Promise<string> {
  await checkArchive(bytes, limits);
  let result: { value: string };
  try {
    result = await mammoth.extractRawText({ buffer: bytes });
  } catch {
    throw damaged();
  }
  return result.value;
}

/**
 * Reads the central directory (the archive's table of contents) for the declared sizes, refuses an
 * archive that declares too much, then unpacks every entry once, counting: yauzl stops an entry the
 * moment it yields more than it declared, so a lying directory costs no more than an honest one.
 */
async function checkArchive(bytes: Buffer, limits: ZipLimits): Promise<void> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, validateEntrySizes: true });
  } catch {
    throw damaged();
  }
  try {
    const entries: Entry[] = [];
    let declared = 0;
    try {
      for await (const entry of zip.eachEntry()) {
        entries.push(entry);
        declared += entry.uncompressedSize;
        if (entries.length > limits.maxEntries || declared > limits.maxUnzippedBytes) throw tooBig();
      }
    } catch (error) {
      throw error instanceof DocumentError ? error : damaged();
    }
    if (!entries.some((e) => e.fileName === MAIN_PART)) {
      throw new DocumentError(
        'unsupported_format',
        `This is a zip archive but not a Word document (it has no ${MAIN_PART}). Ladder reads ${ACCEPTED_FORMATS}: save the take-home as one of those, or paste the text.`,
      );
    }
    if (entries.some((e) => e.isEncrypted())) {
      throw new DocumentError(
        'encrypted_document',
        'This document is protected by a password: remove the password, save it, and upload it again.',
      );
    }
    for (const entry of entries) {
      if (entry.fileName.endsWith('/')) continue;
      try {
        const stream = await zip.openReadStreamPromise(entry);
        for await (const _ of stream) {
          // Reading is the check: yauzl errors as soon as an entry outgrows its declared size.
        }
      } catch {
        throw damaged();
      }
    }
  } finally {
    zip.close();
  }
}

function tooBig(): DocumentError {
  return new DocumentError(
    'document_too_large',
    'This .docx unpacks to far more than a take-home needs: save it again without embedded files or large pictures, export it as PDF, or paste the text.',
  );
}

function damaged(): DocumentError {
  return new DocumentError(
    'corrupt_document',
    'This .docx is damaged and cannot be read: open it in Word (or Google Docs), save it again, and upload it; or paste the text.',
  );
}
