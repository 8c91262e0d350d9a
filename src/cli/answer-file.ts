// Reads an answer file: Markdown or text, with optional YAML front matter giving kind, level and
// question (so every calibration file is valid input). Other front-matter keys are kept for callers
// such as `ladder calibrate` and ignored by grading.
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
