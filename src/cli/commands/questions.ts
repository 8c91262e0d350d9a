// `ladder questions`: browse the question bank by kind, level, tag or words, or draw one at random.
import type { Command } from 'commander';
import pc from 'picocolors';
import {
  filterQuestions,
  isKindId,
  isLevelId,
  loadBank,
  pickRandom,
  type QuestionFilter,
} from '../../content/bank.js';
import type { Question } from '../../content/questions.schema.js';
import { KIND_IDS, LEVEL_IDS } from '../../engine/types.js';
import { UsageError } from '../errors.js';

interface QuestionsOptions {
  kind?: string;
  level?: string;
  tag?: string;
  search?: string;
  random?: boolean;
  json?: boolean;
}

export function register(program: Command): void {
  program
    .command('questions')
    .description('list questions from the bank, filtered by kind, level, tag or words')
    .option('-k, --kind <kind>', `interview kind: ${KIND_IDS.join(', ')}`)
    .option('-l, --level <level>', `level the question suits: ${LEVEL_IDS.join(', ')}`)
    .option('-t, --tag <tag>', 'a domain, company type, topic, competency or concept id')
    .option('-s, --search <text>', 'words that must all appear in the question')
    .option('--random', 'draw one matching question at random')
    .option('--json', 'print the matching questions as a JSON array')
    .action((options: QuestionsOptions) => {
      const filter = toFilter(options);
      const matching = filterQuestions(loadBank().questions, filter);
      const picked = options.random ? [pickRandom(matching)].filter((q) => q !== undefined) : matching;
      if (options.json) {
        process.stdout.write(`${JSON.stringify(picked, null, 2)}\n`);
        return;
      }
      process.stdout.write(`${formatQuestionList(picked, process.stdout.isTTY === true)}\n`);
    });
}

/** Checks the options before anything is loaded, so a typo fails fast with the values allowed. */
function toFilter(options: QuestionsOptions): QuestionFilter {
  const filter: QuestionFilter = {};
  if (options.kind !== undefined) {
    if (!isKindId(options.kind)) {
      throw new UsageError(`unknown kind "${options.kind}": use one of ${KIND_IDS.join(', ')}`);
    }
    filter.kind = options.kind;
  }
  if (options.level !== undefined) {
    if (!isLevelId(options.level)) {
      throw new UsageError(`unknown level "${options.level}": use one of ${LEVEL_IDS.join(', ')}`);
    }
    filter.level = options.level;
  }
  if (options.tag !== undefined) filter.tag = options.tag;
  if (options.search !== undefined) filter.search = options.search;
  return filter;
}

export function formatQuestionList(questions: readonly Question[], color: boolean): string {
  if (questions.length === 0) return 'No questions match. Try fewer filters.';
  const c = pc.createColors(color);
  const entries = questions.map(
    (q) =>
      `${c.bold(q.id)}  ${c.dim(`${q.kind} · ${q.levels.join(', ')} · ${q.time_limit_min} min`)}\n  ${q.prompt}`,
  );
  const count = questions.length === 1 ? '1 question' : `${questions.length} questions`;
  return `${entries.join('\n\n')}\n\n${c.dim(count)}`;
}
