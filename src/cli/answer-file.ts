// Reads an answer file: Markdown or text, with optional YAML front matter giving kind, level and
// question (so every calibration file is valid input). Other front-matter keys are kept for callers
// such as `ladder calibrate` and ignored by grading.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

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
