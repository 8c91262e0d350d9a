// Loads content/rubric/ (levels, kinds, dimensions with their bars and scoring rules,
// misalignments) and content/signals/, validating each file and the references between them.
import { basename } from 'node:path';
import { z } from 'zod';
import type { EngineData } from '../engine/index.js';
import type { SignalData } from '../engine/signals/signal.js';
import { DIMENSION_IDS, type DimensionDef, type DimensionId, KIND_IDS, LEVEL_IDS } from '../engine/types.js';
import { ContentError } from './errors.js';
import { contentPath, displayPath, readYaml, yamlFilesIn } from './yaml-file.js';

const level = z.enum(LEVEL_IDS);
const dimension = z.enum(DIMENSION_IDS);
const score = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
const text = z.string().trim().min(1, 'must not be empty');

const levelsFile = z.strictObject({
  levels: z
    .array(z.strictObject({ id: level, label: text, evaluates: text, about: z.array(dimension).min(1) }))
    .length(LEVEL_IDS.length, `list the ${LEVEL_IDS.length} levels ${LEVEL_IDS.join(', ')}`),
  forgivable_weight: z.number().min(0).max(100),
});

const kindsFile = z.strictObject({
  kinds: z.array(
    z.strictObject({
      id: z.enum(KIND_IDS),
      label: text,
      example: text,
      rounds: text,
      rubric: z
        .partialRecord(dimension, z.number().positive())
        .refine((r) => Object.values(r).reduce((a, b) => a + (b ?? 0), 0) === 100, 'weights must sum to 100'),
    }),
  ),
});

const byLevel = <T extends z.ZodType>(value: T) =>
  z.strictObject({ apm: value, pm2: value, senior: value, staff: value });

const signalId = z.string().regex(/^[a-z][a-z0-9_]*$/, 'a signal id is lower_snake_case');

const dimensionFile = z.strictObject({
  id: dimension,
  label: text,
  evidence: text,
  anchors: z.strictObject({ 1: text, 2: text, 3: text, 4: text }),
  bars: byLevel(score),
  expects: byLevel(text),
  scoring: z.strictObject({
    /** false: the rule is set by hand and scripts/fit-scoring.ts leaves it alone. */
    fitted: z.boolean().default(true),
    base: z.number().default(0),
    context: z.number().min(0).default(0),
    terms: z
      .array(z.strictObject({ signal: signalId, points: z.number(), cap: z.number().positive() }))
      .min(1),
    cuts: z
      .tuple([z.number(), z.number(), z.number()])
      .refine(([a, b, c]) => a < b && b < c, 'cuts must rise: [for 2, for 3, for 4]'),
    requires: z
      .strictObject({
        '3': z.array(z.array(signalId).min(1)).optional(),
        '4': z.array(z.array(signalId).min(1)).optional(),
      })
      .default({}),
  }),
  follow_ups: z.array(text).min(1),
});

const misalignmentsFile = z.strictObject({
  misalignments: z.array(
    z.strictObject({
      id: signalId,
      levels: z.array(level).min(1),
      kinds: z.array(z.enum(KIND_IDS)).min(1),
      when: z.strictObject({
        scores: z
          .partialRecord(dimension, z.strictObject({ min: score.optional(), max: score.optional() }))
          .optional(),
        signals: z.array(signalId).optional(),
        without: z.array(signalId).optional(),
      }),
      message: text,
    }),
  ),
});

const signalFile = z.looseObject({
  id: signalId,
  dimension,
  message: text,
  missing: z.string().default(''),
  detector: signalId.default('pattern'),
  within: z
    .tuple([z.number().min(0).max(1), z.number().min(0).max(1)])
    .refine(([a, b]) => a <= b, 'within is [from, to] with from <= to')
    .optional(),
});

const lexiconFile = z.record(z.string().regex(/^[a-z_]+$/), z.string().min(1));

export type EngineContent = EngineData;

const genericWordsFile = z.strictObject({
  words: z.array(z.string().regex(/^[a-z0-9][a-z0-9'-]*$/, 'a generic word is one lower-case lemma')).min(1),
});

/** Load the rubric and the signals from a content folder (content/ by default). */
export function loadEngineContent(root = contentPath()): EngineContent {
  const rubricDir = `${root}/rubric`;
  const levels = readYaml(`${rubricDir}/levels.yaml`, levelsFile);
  const kinds = readYaml(`${rubricDir}/kinds.yaml`, kindsFile);
  const misalignments = readYaml(`${rubricDir}/misalignments.yaml`, misalignmentsFile);

  const dimensions = {} as Record<DimensionId, DimensionDef>;
  for (const file of yamlFilesIn(`${rubricDir}/dimensions`)) {
    const d = readYaml(file, dimensionFile);
    if (basename(file, '.yaml') !== d.id) {
      throw new ContentError(displayPath(file), 'id', `the file must be named ${d.id}.yaml`);
    }
    dimensions[d.id] = d as DimensionDef;
  }
  for (const id of DIMENSION_IDS) {
    if (!dimensions[id]) throw new ContentError(displayPath(`${rubricDir}/dimensions`), id, `add ${id}.yaml`);
  }
  LEVEL_IDS.forEach((id, i) => {
    if (levels.levels[i]?.id !== id) {
      throw new ContentError(
        displayPath(`${rubricDir}/levels.yaml`),
        `levels.${i}.id`,
        `expected ${id}: list levels lowest first`,
      );
    }
  });
  for (const id of KIND_IDS) {
    if (!kinds.kinds.some((k) => k.id === id)) {
      throw new ContentError(displayPath(`${rubricDir}/kinds.yaml`), 'kinds', `the kind ${id} is missing`);
    }
  }

  const lexicon = readYaml(`${root}/signals/_lexicon.yaml`, lexiconFile);
  const genericWords = readYaml(`${root}/signals/_generic-words.yaml`, genericWordsFile).words;
  const signals: SignalData[] = [];
  for (const file of yamlFilesIn(`${root}/signals`)) {
    if (basename(file).startsWith('_')) continue;
    const s = readYaml(file, signalFile) as unknown as SignalData;
    if (basename(file, '.yaml') !== s.id) {
      throw new ContentError(displayPath(file), 'id', `the file must be named ${s.id}.yaml`);
    }
    signals.push(s);
  }
  const known = new Set(signals.map((s) => s.id));
  const check = (file: string, key: string, id: string) => {
    if (!known.has(id)) throw new ContentError(displayPath(file), key, `no signal ${id} in content/signals/`);
  };
  for (const d of Object.values(dimensions)) {
    const file = `${rubricDir}/dimensions/${d.id}.yaml`;
    d.scoring.terms.forEach((t, i) => {
      check(file, `scoring.terms.${i}.signal`, t.signal);
      // A signal that counts against an answer has no advice for when it is absent, and the
      // other way round: the sign of its points must agree.
      const against = !signals.find((s) => s.id === t.signal)?.missing;
      if (against ? t.points > 0 : t.points < 0) {
        throw new ContentError(
          displayPath(file),
          `scoring.terms.${i}.points`,
          `${t.signal} counts ${against ? 'against' : 'for'} an answer: its points must be ${against ? '0 or less' : '0 or more'}`,
        );
      }
    });
    for (const [s, groups] of Object.entries(d.scoring.requires)) {
      groups?.forEach((g, i) => {
        g.forEach((id, j) => {
          check(file, `scoring.requires.${s}.${i}.${j}`, id);
        });
      });
    }
  }
  misalignments.misalignments.forEach((m, i) => {
    for (const id of [...(m.when.signals ?? []), ...(m.when.without ?? [])]) {
      check(`${rubricDir}/misalignments.yaml`, `misalignments.${i}.when`, id);
    }
  });

  return {
    rubric: {
      levels: levels.levels,
      kinds: kinds.kinds,
      dimensions,
      forgivableWeight: levels.forgivable_weight,
      misalignments: misalignments.misalignments,
    },
    signals,
    lexicon,
    genericWords,
  };
}
