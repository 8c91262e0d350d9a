import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { levelGuide, loadBank } from './bank.js';
import { ContentError } from './errors.js';
import { levelGuideSchema } from './levels.schema.js';
import { checkLoopSignals, signalCatalog } from './loop-signals.js';
import { loadEngineContent } from './rubric.js';
import { contentPath, readYaml } from './yaml-file.js';

describe('the signals loop rounds own', () => {
  const bank = loadBank();
  const { rubric } = loadEngineContent();

  it('are all scored by their round kind in the real content', () => {
    expect(() => checkLoopSignals(bank.levels, rubric)).not.toThrow();
  });

  it('name the level file and key of a signal the kind does not score', () => {
    const apm = structuredClone(levelGuide(bank, 'apm'));
    const behavioral = apm.loop.rounds.findIndex((r) => r.kind === 'behavioral');
    apm.loop.rounds[behavioral]?.owns.push('guardrail');
    let error: unknown;
    try {
      checkLoopSignals([apm], rubric, 'content/levels');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).message).toMatch(
      new RegExp(
        `^content/levels/apm.yaml at loop.rounds.${behavioral}.owns.4: guardrail is not a signal the behavioral rubric scores`,
      ),
    );
  });

  it('have words for the packet', () => {
    expect(signalCatalog().get('guardrail')?.message).toBe('Sets a guardrail metric.');
  });
});

describe('the loop data of a level file', () => {
  const broken = (edit: (yaml: string) => string): ContentError => {
    const dir = mkdtempSync(join(tmpdir(), 'ladder-loop-'));
    const file = join(dir, 'apm.yaml');
    writeFileSync(file, edit(readFileSync(contentPath('levels', 'apm.yaml'), 'utf8')));
    try {
      readYaml(file, levelGuideSchema);
    } catch (error) {
      return error as ContentError;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    throw new Error('expected the level file to be refused');
  };

  it('refuses a default outside the round count, naming the key', () => {
    const error = broken((y) =>
      y.replace('count: { min: 1, max: 2 }\n      default: 2', 'count: { min: 1, max: 2 }\n      default: 3'),
    );
    expect(error.key).toBe('loop.rounds.0.default');
    expect(error.message).toMatch(
      /apm\.yaml at loop\.rounds\.0\.default: default must be within count \(1-2\)/,
    );
  });

  it('refuses a round without the signals it owns', () => {
    const error = broken((y) => y.replace(/\n {6}owns: \[star_action[^\]]*\]/, ''));
    expect(error.key).toBe('loop.rounds.1.owns');
  });

  it('refuses a repeat on a round that happens once', () => {
    const error = broken((y) =>
      y.replace(
        'owns: [star_action, star_result, i_action, reflection]',
        'owns: [star_action, star_result, i_action, reflection]\n      repeat: { round: Again, owns: [star_action, reflection] }',
      ),
    );
    expect(error.key).toBe('loop.rounds.1.repeat');
  });
});
