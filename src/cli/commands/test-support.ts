// Test support for command tests: run one `ladder` command in-process and return what it printed.
import { Command } from 'commander';
import { vi } from 'vitest';

export async function runCommand(
  register: (program: Command) => void,
  name: string,
  ...args: string[]
): Promise<string> {
  const program = new Command().name('ladder').exitOverride();
  register(program);
  let out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  await program.parseAsync(['node', 'ladder', name, ...args]);
  return out;
}
