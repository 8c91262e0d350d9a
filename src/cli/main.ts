// The `ladder` command: thin shells around the engine and the content. Errors with a `code`
// print one line on stderr and exit 2; anything else is a bug and prints its stack.
import { Command, CommanderError } from 'commander';
import { register as registerCalibrate } from './commands/calibrate.js';
import { register as registerGrade } from './commands/grade.js';
import { register as registerGuide } from './commands/guide.js';
import { register as registerQuestions } from './commands/questions.js';
import { register as registerServe } from './commands/serve.js';

export function buildProgram(): Command {
  const program = new Command()
    .name('ladder')
    .description(
      'Practice for product-manager interviews, graded against the bar of the level you are interviewing for.',
    )
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ outputError: () => {} })
    .showHelpAfterError(false);
  registerGrade(program);
  registerCalibrate(program);
  registerQuestions(program);
  registerGuide(program);
  registerServe(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
      )
        return 0;
      process.stderr.write(`ladder: ${error.message.replace(/^error: /, '')}\n`);
      return 2;
    }
    if (error instanceof Error && 'code' in error && typeof error.code === 'string') {
      process.stderr.write(`ladder: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
