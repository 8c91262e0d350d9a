import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { KIND_IDS, LEVEL_IDS } from '../engine/types.js';
import {
  type Bank,
  coverageMatrix,
  filterQuestions,
  findNearDuplicates,
  formatCoverage,
  isKindId,
  isLevelId,
  jaccard,
  loadBank,
  pickRandom,
  questionTags,
  thinCells,
  wordSet,
} from './bank.js';
import { ContentError } from './errors.js';
import type { Question } from './questions.schema.js';
import { contentPath } from './yaml-file.js';

describe('the real content', () => {
  let bank: Bank;
  // Loaded in a hook, so that a broken content file fails these tests and not the whole file.
  beforeAll(() => {
    bank = loadBank();
  });

  it('loads and validates', () => {
    expect(bank.levels.map((guide) => guide.id)).toEqual([...LEVEL_IDS]);
    expect(bank.competencies.length).toBeGreaterThanOrEqual(11);
  });

  it('has at least 8 questions in every kind x level cell', () => {
    const matrix = coverageMatrix(bank.questions);
    console.log(`Question coverage (kind x level):\n${formatCoverage(matrix)}`);
    expect(thinCells(matrix, 8)).toEqual([]);
  });

  it('has enough questions, take-homes and concept cards', () => {
    expect(bank.questions.length).toBeGreaterThanOrEqual(240);
    expect(bank.questions.filter((q) => q.kind === 'take_home').length).toBeGreaterThanOrEqual(16);
    expect(bank.concepts.length).toBeGreaterThanOrEqual(80);
  });

  it('asks every competency at every level it names, through a behavioral question', () => {
    const unasked = bank.competencies.flatMap((competency) =>
      competency.levels
        .filter(
          (level) =>
            !bank.questions.some((q) => q.competencies.includes(competency.id) && q.levels.includes(level)),
        )
        .map((level) => `${competency.id} at ${level}`),
    );
    expect(unasked).toEqual([]);
  });
});

/** A valid question with only what a test needs to change spelled out. */
function question(id: string, kind: Question['kind'], prompt: string, extra: Record<string, unknown> = {}) {
  const guidance = {
    covers: [
      { dimension: 'problem_definition', point: 'asks who the users are' },
      { dimension: 'user_insight', point: 'names a specific segment' },
      { dimension: 'solution_logic', point: 'chooses one option for a reason' },
    ],
    clarifying: ['Which users?'],
    follow_ups: ['Why this segment?', 'How would you measure it?'],
    trap: 'lists features without a user',
  };
  return {
    id,
    kind,
    levels: ['apm'],
    prompt,
    time_limit_min: 30,
    ...extra,
    tags: fixtureTags,
    guidance: { apm: guidance },
  };
}
const fixtureTags = { domain: 'consumer', company_type: 'startup', topics: ['fixture'] };

describe('loadBank on broken content', () => {
  let root: string;

  const write = (path: string, value: unknown) => {
    const file = join(root, path);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, typeof value === 'string' ? value : stringify(value));
  };

  const loadError = (): ContentError => {
    try {
      loadBank(root);
    } catch (error) {
      if (error instanceof ContentError) return error;
      throw error;
    }
    throw new Error('expected loadBank to throw a ContentError');
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'ladder-bank-'));
    cpSync(contentPath('levels'), join(root, 'levels'), { recursive: true });
    write('competencies.yaml', {
      competencies: [
        { id: 'failure', label: 'Failure', description: 'a thing that went wrong', levels: ['apm'] },
      ],
    });
    write('concepts/api-basics.yaml', {
      id: 'api-basics',
      topic: 'apis',
      front: 'What is an API?',
      back: 'A contract between programs.',
      product_implication: 'Partners can build on it.',
      tags: ['apis'],
      levels: ['apm'],
    });
    write(
      'questions/product_sense/ps-pet-owners.yaml',
      question('ps-pet-owners', 'product_sense', 'Design an app for first-time dog owners.'),
    );
    write('questions/behavioral/be-lost-customer.yaml', {
      ...question('be-lost-customer', 'behavioral', 'Tell me about a customer you lost and why.'),
      competencies: ['failure'],
      guidance: {
        apm: {
          covers: [
            { dimension: 'star', point: 'a complete story' },
            { dimension: 'ownership', point: 'what I did' },
            { dimension: 'impact', point: 'what changed' },
          ],
          follow_ups: ['What did you learn?', 'What would you do differently?'],
          trap: 'blames the customer',
        },
      },
    });
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('loads the valid fixture', () => {
    const bank = loadBank(root);
    expect(bank.questions.map((q) => q.id).sort()).toEqual(['be-lost-customer', 'ps-pet-owners']);
    expect(bank.concepts.map((c) => c.id)).toEqual(['api-basics']);
  });

  it('names the file and the field a schema error is in', () => {
    const broken = question('ps-broken', 'product_sense', 'Design a parking app for stadium visitors.');
    broken.guidance.apm.follow_ups = ['Only one?'];
    write('questions/product_sense/ps-broken.yaml', broken);
    const error = loadError();
    expect(error.file).toMatch(/questions\/product_sense\/ps-broken\.yaml$/);
    expect(error.key).toBe('guidance.apm.follow_ups');
    expect(error.message).toContain('ps-broken.yaml at guidance.apm.follow_ups');
  });

  it('names a file that is not valid YAML', () => {
    write('questions/product_sense/ps-bad-yaml.yaml', 'id: [unclosed\n');
    const error = loadError();
    expect(error.file).toMatch(/ps-bad-yaml\.yaml$/);
    expect(error.message).toContain('not valid YAML');
  });

  it('rejects a file whose name is not its id', () => {
    write(
      'questions/product_sense/ps-other-name.yaml',
      question('ps-real-name', 'product_sense', 'Design a bike lock for commuters.'),
    );
    const error = loadError();
    expect(error.file).toMatch(/ps-other-name\.yaml$/);
    expect(error.key).toBe('id');
  });

  it('rejects a question filed under another kind', () => {
    write(
      'questions/metrics/ps-misfiled.yaml',
      question('ps-misfiled', 'product_sense', 'Design a laundry service for students.'),
    );
    const error = loadError();
    expect(error.file).toMatch(/questions\/metrics\/ps-misfiled\.yaml$/);
    expect(error.key).toBe('kind');
  });

  it('catches a duplicate id across kinds', () => {
    write(
      'questions/metrics/ps-pet-owners.yaml',
      question('ps-pet-owners', 'metrics', 'How would you measure a loyalty programme for a bakery?'),
    );
    const error = loadError();
    expect(error.key).toBe('id');
    // The message starts with the file it blames and names the other one, whichever loads first.
    expect(error.message).toMatch(/product_sense\/ps-pet-owners\.yaml/);
    expect(error.message).toMatch(/metrics\/ps-pet-owners\.yaml/);
  });

  it('catches a duplicate competency id', () => {
    const failure = {
      id: 'failure',
      label: 'Failure',
      description: 'a thing that went wrong',
      levels: ['apm'],
    };
    write('competencies.yaml', { competencies: [failure, failure] });
    const error = loadError();
    expect(error.file).toMatch(/competencies\.yaml$/);
    expect(error.key).toBe('competencies.1.id');
  });

  it('catches a dangling variant', () => {
    write(
      'questions/product_sense/ps-dangling.yaml',
      question('ps-dangling', 'product_sense', 'Design a podcast studio booking tool.', {
        variants: ['pi-nowhere'],
      }),
    );
    const error = loadError();
    expect(error.file).toMatch(/ps-dangling\.yaml$/);
    expect(error.key).toBe('variants.0');
    expect(error.message).toContain('pi-nowhere');
  });

  it('catches a variant linked one way only, naming the file that lacks the link back', () => {
    write(
      'questions/product_sense/ps-one-way.yaml',
      question('ps-one-way', 'product_sense', 'Design a tool for choir conductors.', {
        variants: ['ps-pet-owners'],
      }),
    );
    const error = loadError();
    expect(error.file).toMatch(/ps-pet-owners\.yaml$/);
    expect(error.key).toBe('variants');
    expect(error.message).toContain('ps-one-way');
  });

  it('catches an unknown competency and an unknown concept', () => {
    write(
      'questions/metrics/me-unknown-concept.yaml',
      question('me-unknown-concept', 'metrics', 'Measure the success of a recycling reminder.', {
        concepts: ['no-such-card'],
      }),
    );
    const error = loadError();
    expect(error.file).toMatch(/me-unknown-concept\.yaml$/);
    expect(error.key).toBe('concepts.0');
    rmSync(join(root, 'questions/metrics/me-unknown-concept.yaml'));
    write('questions/behavioral/be-lost-customer.yaml', {
      ...question('be-lost-customer', 'behavioral', 'x y z'),
      competencies: ['courage'],
    });
    const unknownCompetency = loadError();
    expect(unknownCompetency.file).toMatch(/be-lost-customer\.yaml$/);
    expect(unknownCompetency.key).toBe('competencies.0');
  });

  it('catches a near-duplicate prompt', () => {
    write(
      'questions/product_sense/ps-pet-owners-again.yaml',
      question('ps-pet-owners-again', 'product_sense', 'Design an app for first time dog owners!'),
    );
    const error = loadError();
    expect(error.key).toBe('prompt');
    expect(error.message).toContain('ps-pet-owners-again.yaml');
    expect(error.message).toContain('ps-pet-owners.yaml');
  });

  it('requires a guide for every level', () => {
    rmSync(join(root, 'levels/staff.yaml'));
    expect(loadError().message).toContain('no guide for staff');
  });

  it('checks a level guide against its schema', () => {
    write('levels/pm2.yaml', 'id: pm2\nlabel: PM II\n');
    const error = loadError();
    expect(error.file).toMatch(/levels\/pm2\.yaml$/);
    expect(error.key).toBe('core_focus');
  });
});

describe('prompt similarity', () => {
  it('is the Jaccard index of the word sets', () => {
    expect(jaccard(wordSet('Design a music app'), wordSet('design a MUSIC app!'))).toBe(1);
    expect(jaccard(wordSet('a b c d'), wordSet('a b c e'))).toBeCloseTo(3 / 5);
    expect(jaccard(wordSet('dogs'), wordSet('cats'))).toBe(0);
  });

  it('finds the pairs at or above the threshold', () => {
    const prompts = [
      { prompt: 'Design a grocery app' },
      { prompt: 'Design a grocery app.' },
      { prompt: 'Fix churn' },
    ];
    expect(findNearDuplicates(prompts, 0.8)).toEqual([[prompts[0], prompts[1], 1]]);
  });
});

describe('queries over the bank', () => {
  const make = (
    id: string,
    kind: Question['kind'],
    levels: Question['levels'],
    prompt: string,
    topics: string[],
  ): Question =>
    ({
      id,
      kind,
      levels,
      prompt,
      time_limit_min: 30,
      tags: { domain: 'fintech', company_type: 'growth', topics },
      variants: [],
      competencies: kind === 'behavioral' ? ['failure'] : [],
      concepts: [],
      guidance: {},
    }) as Question;
  const questions = [
    make('ps-wallet', 'product_sense', ['apm', 'pm2'], 'Design a wallet for teenagers.', ['payments']),
    make('pi-onboarding', 'product_improvement', ['pm2', 'senior'], 'Improve onboarding of our bank app.', [
      'activation',
    ]),
    make('be-failure', 'behavioral', ['staff'], 'Tell me about a failure.', ['retrospection']),
  ];

  it('filters by kind, level, tag and search words together', () => {
    const ids = (filter: Parameters<typeof filterQuestions>[1]) =>
      filterQuestions(questions, filter).map((q) => q.id);
    expect(ids({})).toEqual(['ps-wallet', 'pi-onboarding', 'be-failure']);
    expect(ids({ kind: 'product_sense' })).toEqual(['ps-wallet']);
    expect(ids({ level: 'pm2' })).toEqual(['ps-wallet', 'pi-onboarding']);
    expect(ids({ tag: 'activation' })).toEqual(['pi-onboarding']);
    expect(ids({ tag: 'fintech', level: 'staff' })).toEqual(['be-failure']);
    expect(ids({ tag: 'failure' })).toEqual(['be-failure']);
    expect(ids({ search: 'ONBOARD bank' })).toEqual(['pi-onboarding']);
    expect(ids({ search: 'onboarding wallet' })).toEqual([]);
  });

  it('lists what a question can be found by', () => {
    expect(questionTags(questions[2] as Question)).toEqual(['fintech', 'growth', 'retrospection', 'failure']);
  });

  it('picks one item at random, or none from nothing', () => {
    expect(pickRandom(questions, () => 0)?.id).toBe('ps-wallet');
    expect(pickRandom(questions, () => 0.9999)?.id).toBe('be-failure');
    expect(pickRandom([], () => 0.5)).toBeUndefined();
  });

  it('counts coverage per kind and level, and names the thin cells', () => {
    const matrix = coverageMatrix(questions);
    expect(matrix.product_sense).toEqual({ apm: 1, pm2: 1, senior: 0, staff: 0 });
    expect(matrix.behavioral.staff).toBe(1);
    expect(thinCells(matrix, 1)).toHaveLength(KIND_IDS.length * LEVEL_IDS.length - 5);
    expect(formatCoverage(matrix).split('\n')).toHaveLength(KIND_IDS.length + 1);
  });

  it('recognises kind and level ids', () => {
    expect(isKindId('take_home')).toBe(true);
    expect(isKindId('take-home')).toBe(false);
    expect(isLevelId('senior')).toBe(true);
    expect(isLevelId('principal')).toBe(false);
  });
});
