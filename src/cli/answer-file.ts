// Reads an answer file: Markdown or text, with optional YAML front matter giving kind, level and
// question (so every calibration file is valid input), or a take-home as .docx or PDF. Other
// front-matter keys are kept for callers such as `ladder calibrate` and ignored by grading.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DocumentError, type DocumentFormat, extractDocument } from '../documents/extract.js';
import { UsageError } from './errors.js';

export interface AnswerFile {
  answer: string;
  meta: Record<string, unknown>;
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function parseAnswerFile(text: string): AnswerFile {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { answer: text.replace(/^\uFEFF/, ''), meta: {} };
  let meta: unknown;
  try {
    meta = parse(match[1] ?? '');
  } catch (error) {
    throw new Error(`the front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (meta !== null && (typeof meta !== 'object' || Array.isArray(meta))) {
    throw new Error('the front matter must be a YAML mapping (key: value lines)');
  }
  return { answer: text.slice(match[0].length), meta: (meta ?? {}) as Record<string, unknown> };
}

/**
 * The text of an answer file (`-` for stdin), read as the API reads an upload: Markdown and text as
 * they are, .docx and PDF through the document reader, whatever the file is named.
 */
export async function readAnswerDocument(file: string): Promise<{ text: string; format: DocumentFormat }> {
  if (file === '-') return { text: readInput(file), format: 'txt' };
  try {
    const { text, format } = await extractDocument(readBytes(file), file);
    return { text, format };
  } catch (error) {
    if (error instanceof DocumentError) throw new UsageError(`${file}: ${error.message}`);
    throw error;
  }
}

/** A text file as it is (`-` for stdin), for answer files known to be Markdown. */
export function readInput(file: string): string {
  return file === '-' ? readFileSync(0, 'utf8') : readBytes(file).toString('utf8');
}

function readBytes(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`${file}: no such file`);
    if (code === 'EISDIR')
      throw new UsageError(`${file}: is a folder; give answer files (ladder calibrate takes folders)`);
    throw new UsageError(`${file}: cannot be read (${code ?? (error as Error).message})`);
  }
}

/** The Markdown answer files among `paths`: files as given, folders searched recursively, sorted. */
export function findAnswerFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.md')) files.push(full);
    }
  };
  for (const p of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(p).isDirectory();
    } catch {
      throw new Error(`${p}: no such file or folder`);
    }
    if (isDirectory) walk(p);
    else files.push(p);
  }
  return files;
}
