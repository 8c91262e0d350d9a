// The content the API serves and grades with, loaded once per process.
import { type Bank, loadBank } from '../content/bank.js';
import { contentGrader } from '../content/grader.js';
import type { Question } from '../content/questions.schema.js';
import type { Grader } from '../engine/index.js';

export interface Content {
  bank: Bank;
  grader: Grader;
  questionsById: Map<string, Question>;
}

export function loadContent(): Content {
  const bank = loadBank();
  return {
    bank,
    grader: contentGrader(),
    questionsById: new Map(bank.questions.map((q) => [q.id, q])),
  };
}
