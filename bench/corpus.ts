// The benchmarks' corpus: the project's own training answers with what grading needs of each.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findAnswerFiles, parseAnswerFile } from '../src/cli/answer-file.js';
import { contentPath } from '../src/content/yaml-file.js';

export interface BenchAnswer {
  answer: string;
  kind: string;
  level: string;
  question: string;
}

export function trainingAnswers(): BenchAnswer[] {
  return findAnswerFiles([join(contentPath(), '..', 'training')]).map((file) => {
    const { answer, meta } = parseAnswerFile(readFileSync(file, 'utf8'));
    return {
      answer,
      kind: String(meta.kind),
      level: String(meta.level),
      question: String(meta.question ?? ''),
    };
  });
}
