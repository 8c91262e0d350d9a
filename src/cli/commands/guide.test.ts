import { afterEach, describe, expect, it, vi } from 'vitest';
import { register } from './guide.js';
import { runCommand } from './test-support.js';

/** Runs `ladder guide ...` in-process and returns what it printed. */
const run = (...args: string[]) => runCommand(register, 'guide', ...args);

afterEach(() => vi.restoreAllMocks());

describe('ladder guide', () => {
  it('shows the ladder, lowest rung first', async () => {
    const out = await run();
    const at = (label: string) => out.indexOf(label);
    expect(at('APM / Entry-level PM')).toBeGreaterThan(-1);
    expect(at('APM / Entry-level PM')).toBeLessThan(at('PM II (mid-level)'));
    expect(at('PM II (mid-level)')).toBeLessThan(at('Senior PM'));
    expect(at('Senior PM')).toBeLessThan(at('Staff PM+'));
    expect(out).toContain('Can you change how the organisation works?');
  });

  it('shows one level in full', async () => {
    const out = await run('senior');
    for (const heading of [
      'What is expected',
      'What changes from PM II (mid-level)',
      'How each interview plays out',
      'The usual onsite loop: 5-6 rounds',
      'Traps',
      'One prompt, two levels',
      'Advice',
    ]) {
      expect(out).toContain(heading);
    }
    expect(out).toContain('  Take home');
    expect(out.split('\n').every((line) => line.length <= 110)).toBe(true);
  });

  it('prints the guide data with --json', async () => {
    const guide = JSON.parse(await run('apm', '--json'));
    expect(guide.id).toBe('apm');
    expect(guide.advice.map((a: { when: string }) => a.when)).toContain('before_take_home');
  });

  it('rejects an unknown level with a usage error', async () => {
    await expect(run('principal')).rejects.toMatchObject({
      code: 'usage',
      message: 'unknown level "principal": use one of apm, pm2, senior, staff',
    });
  });
});
