import { beforeAll, describe, expect, it } from 'vitest';
import { type Bank, loadBank } from '../content/bank.js';
import { type CoverageStory, storyCoverage } from './coverage.js';

let bank: Bank;
beforeAll(() => {
  bank = loadBank();
});

const story = (id: string, competencies: string[], over: Partial<CoverageStory> = {}): CoverageStory => ({
  id,
  title: id,
  competencies,
  demonstrated: 'senior',
  uses: 0,
  ...over,
});

const coverage = (level: 'apm' | 'senior', stories: CoverageStory[]) =>
  storyCoverage({
    level,
    levelLabel: level,
    competencies: bank.competencies,
    questions: bank.questions,
    stories,
  });

describe('the story coverage matrix', () => {
  it("has a row for each competency the level's interviews ask about, most asked first", () => {
    const matrix = coverage('senior', []);
    const asked = bank.competencies.filter((c) => c.levels.includes('senior')).map((c) => c.id);
    expect(matrix.rows.map((r) => r.competency).sort()).toEqual([...asked].sort());
    expect(matrix.rows.map((r) => r.competency)).not.toContain('learning-fast');
    const demands = matrix.rows.map((r) => r.demand);
    expect(demands).toEqual([...demands].sort((a, b) => b - a));
    expect(matrix.rows.every((r) => r.demand > 0)).toBe(true);
    expect(matrix.gaps).toHaveLength(asked.length);
  });

  it('marks a competency covered, weak (only stories below the bar) or a gap', () => {
    const matrix = coverage('senior', [
      story('strong', ['failure']),
      story('weak', ['influence-without-authority'], { demonstrated: 'pm2' }),
    ]);
    const status = (id: string) => matrix.rows.find((r) => r.competency === id)?.status;
    expect(status('failure')).toBe('covered');
    expect(status('influence-without-authority')).toBe('weak');
    expect(status('enabling-others')).toBe('gap');
    expect(matrix.weak).toEqual(['influence-without-authority']);
    expect(matrix.gaps).toContain('enabling-others');
    expect(matrix.gaps).not.toContain('failure');
    expect(matrix.columns.find((c) => c.id === 'weak')?.meetsBar).toBe(false);
  });

  it('flags a story stretched over too many competencies, the only story for many, or told too often', () => {
    const matrix = coverage('senior', [
      story('everything', ['failure', 'prioritisation', 'saying-no', 'setting-direction']),
      story('sole', ['owning-a-launch', 'enabling-others', 'user-empathy']),
      story('repeated', ['critical-feedback'], { uses: 3 }),
      story('fine', ['failure']),
    ]);
    const column = (id: string) => matrix.columns.find((c) => c.id === id);
    expect(column('everything')?.reasons[0]).toMatch(/Tagged with 4 competencies/);
    expect(column('sole')?.reasons).toEqual([expect.stringMatching(/only story for 3 competencies/)]);
    expect(column('repeated')?.reasons).toEqual([expect.stringMatching(/Told in 3 mock rounds/)]);
    expect(column('fine')?.overused).toBe(false);
    expect(matrix.overused.sort()).toEqual(['everything', 'repeated', 'sole']);
  });

  it('ignores tags of competencies the level is not asked about', () => {
    const matrix = coverage('apm', [story('s', ['enabling-others', 'failure'])]);
    expect(matrix.columns[0]?.competencies).toEqual(['failure']);
  });
});
