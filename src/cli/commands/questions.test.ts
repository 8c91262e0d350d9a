import { afterEach, describe, expect, it, vi } from 'vitest';
import { register } from './questions.js';
import { runCommand } from './test-support.js';

/** Runs `ladder questions ...` in-process and returns what it printed. */
const run = (...args: string[]) => runCommand(register, 'questions', ...args);

afterEach(() => vi.restoreAllMocks());

describe('ladder questions', () => {
  it('lists id, kind, levels and prompt', async () => {
    const out = await run('--kind', 'behavioral', '--level', 'staff', '--tag', 'enabling-others');
    expect(out).toContain('be-someone-got-better-because-of-you  behavioral · senior, staff');
    expect(out).toContain('  Tell me about someone whose work got noticeably better because of you.');
    expect(out).toMatch(/\d+ questions\n$/);
  });

  it('prints the question objects with --json', async () => {
    const questions = JSON.parse(
      await run('--kind', 'behavioral', '--search', 'executive sponsorship', '--json'),
    );
    expect(questions.map((q: { id: string }) => q.id)).toEqual([
      'be-challenged-executive-sponsored-initiative',
    ]);
    expect(questions[0].guidance.staff.follow_ups.length).toBeGreaterThanOrEqual(2);
  });

  it('draws one question with --random', async () => {
    const questions = JSON.parse(await run('--kind', 'behavioral', '--random', '--json'));
    expect(questions).toHaveLength(1);
    expect(questions[0].kind).toBe('behavioral');
  });

  it('says so when nothing matches', async () => {
    expect(await run('--search', 'zzzz-no-such-words')).toBe('No questions match. Try fewer filters.\n');
  });

  it('rejects an unknown kind or level with a usage error naming the allowed values', async () => {
    await expect(run('--kind', 'design')).rejects.toMatchObject({
      code: 'usage',
      message: expect.stringMatching(/^unknown kind "design": use one of product_sense, /),
    });
    await expect(run('--level', 'L5')).rejects.toMatchObject({
      code: 'usage',
      message: expect.stringContaining('apm, pm2, senior, staff'),
    });
  });
});
