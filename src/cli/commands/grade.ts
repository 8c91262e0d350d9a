// `ladder grade FILE...`: grade answer files (or stdin) against the bar of their level.
import type { Command } from 'commander';
import { loadBank } from '../../content/bank.js';
import { contentGrader } from '../../content/grader.js';
import type { LevelId } from '../../engine/index.js';
import { parseAnswerFile, readAnswerDocument } from '../answer-file.js';
import { UsageError } from '../errors.js';
import { formatReport } from '../format.js';

interface GradeOptions {
  kind?: string;
  level?: string;
  question?: string;
  questionId?: string;
  json?: boolean;
  ladder?: boolean;
}

/** A bank question's prompt, kind and, at this level, what a strong answer covers. */
function bankQuestion(id: string, level: string | undefined) {
  const question = loadBank().questions.find((q) => q.id === id);
  if (!question) throw new UsageError(`no question "${id}" in the bank; list them with ladder questions`);
  const guidance = level ? question.guidance[level as LevelId] : undefined;
  return { question, guidance };
}

export function register(program: Command): void {
  program
    .command('grade')
    .description(
      'grade answers (Markdown, text, .docx or PDF files, or - for stdin) against the bar of a level',
    )
    .argument('<files...>', 'answer files; YAML front matter of Markdown may give kind, level and question')
    .option(
      '-k, --kind <kind>',
      'interview kind: product_sense, product_improvement, metrics, behavioral, technical, strategy, take_home',
    )
    .option('-l, --level <level>', 'target level: apm, pm2, senior, staff')
    .option('-q, --question <text>', 'the question that was asked')
    .option(
      '--question-id <id>',
      'a question from the bank: its prompt, kind and what a strong answer covers',
    )
    .option('--json', 'print the report as JSON, one object per line')
    .option('--ladder', 'also show the answer against all four bars')
    .action(async (files: string[], options: GradeOptions) => {
      const grader = contentGrader();
      const outputs: string[] = [];
      for (const file of files) {
        const document = await readAnswerDocument(file);
        let parsed: ReturnType<typeof parseAnswerFile>;
        try {
          parsed = parseAnswerFile(document.text);
        } catch (error) {
          throw new UsageError(`${file}: ${(error as Error).message}`);
        }
        const { answer, meta } = parsed;
        const level = options.level ?? stringOf(meta.level);
        const questionId = options.questionId ?? stringOf(meta.question_id);
        const bank = questionId ? bankQuestion(questionId, level) : null;
        // A Word document or a PDF is a written assignment unless something says otherwise.
        const written = document.format === 'docx' || document.format === 'pdf' ? 'take_home' : undefined;
        const kind = options.kind ?? stringOf(meta.kind) ?? bank?.question.kind ?? written;
        if (!kind)
          throw new UsageError(
            `${file}: say which kind of interview with --kind (or kind: in the front matter)`,
          );
        if (!level)
          throw new UsageError(`${file}: say the target level with --level (or level: in the front matter)`);
        if (bank && !bank.guidance) {
          process.stderr.write(
            `ladder: ${bank.question.id} is pitched at ${bank.question.levels.join(', ')}, not ${level}: graded without its coverage points\n`,
          );
        }
        const question = options.question ?? stringOf(meta.question) ?? bank?.question.prompt ?? null;
        const report = grader.grade({
          answer,
          kind,
          level,
          question,
          covers: bank?.guidance?.covers,
          questionFollowUps: bank?.guidance?.follow_ups,
        });
        outputs.push(
          options.json
            ? JSON.stringify(report)
            : formatReport(
                report,
                answer,
                file === '-' ? 'stdin' : file,
                process.stdout.isTTY === true,
                options.ladder === true,
              ),
        );
      }
      process.stdout.write(`${outputs.join(options.json ? '\n' : '\n\n')}\n`);
    });
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}
