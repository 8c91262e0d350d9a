// The content bank: every question, competency, concept card and level guide under content/, validated
// file by file and as a whole (unique ids, resolving references, no near-duplicate prompts), plus the pure
// queries over it that the CLI and the API share.
import { existsSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { z } from 'zod';
import { KIND_IDS, type KindId, LEVEL_IDS, type LevelId } from '../engine/types.js';
import { ContentError } from './errors.js';
import { type LevelGuide, levelGuideSchema } from './levels.schema.js';
import {
  type Competency,
  type ConceptCard,
  competencySchema,
  conceptCardSchema,
  type Question,
  questionSchema,
} from './questions.schema.js';
import { contentPath, displayPath, readYaml, yamlFilesIn } from './yaml-file.js';

export interface Bank {
  questions: Question[];
  competencies: Competency[];
  concepts: ConceptCard[];
  /** One guide per level, lowest rung first. */
  levels: LevelGuide[];
}

/** Two prompts whose word sets overlap this much (Jaccard) are the same question in other words. */
export const NEAR_DUPLICATE_SIMILARITY = 0.8;

const competencyFileSchema = z.strictObject({
  competencies: z.array(competencySchema).min(1, 'list at least one competency'),
});

/** A validated entry and the file it came from, kept so that cross-file errors can name the file. */
interface Sourced<T> {
  file: string;
  value: T;
}

/** Load and check the whole bank; `root` is the content folder (a fixture folder in tests). */
export function loadBank(root: string = contentPath()): Bank {
  const questions = loadEntries(join(root, 'questions'), questionSchema);
  const concepts = loadEntries(join(root, 'concepts'), conceptCardSchema);
  const levels = loadEntries(join(root, 'levels'), levelGuideSchema);
  const competencyFile = join(root, 'competencies.yaml');
  requireExists(competencyFile);
  const competencies = readYaml(competencyFile, competencyFileSchema).competencies;

  for (const { file, value } of questions) checkFolderIsKind(file, value);
  for (const entries of [questions, concepts, levels]) {
    checkFileNamesAreIds(entries);
    checkUniqueIds(entries.map(({ file, value }) => ({ file, key: 'id', id: value.id })));
  }
  const competencyFileName = displayPath(competencyFile);
  checkUniqueIds(
    competencies.map((c, i) => ({ file: competencyFileName, key: `competencies.${i}.id`, id: c.id })),
  );
  checkEveryLevelHasAGuide(root, levels);
  checkReferences(
    questions,
    new Set(competencies.map((c) => c.id)),
    new Set(concepts.map(({ value }) => value.id)),
  );
  checkNoNearDuplicatePrompts(questions);

  const guides = new Map(levels.map(({ value }) => [value.id, value]));
  return {
    questions: questions.map(({ value }) => value),
    competencies,
    concepts: concepts.map(({ value }) => value),
    levels: LEVEL_IDS.flatMap((level) => guides.get(level) ?? []),
  };
}

function requireExists(path: string): void {
  if (!existsSync(path)) throw new ContentError(displayPath(path), '', 'not found: create it');
}

function loadEntries<S extends z.ZodType>(dir: string, schema: S): Sourced<z.output<S>>[] {
  requireExists(dir);
  return yamlFilesIn(dir).map((path) => ({ file: displayPath(path), value: readYaml(path, schema) }));
}

function checkFolderIsKind(file: string, question: Question): void {
  const folder = basename(dirname(file));
  if (folder !== question.kind) {
    throw new ContentError(
      file,
      'kind',
      `the kind is ${question.kind} but the file sits in ${folder}/: move it to questions/${question.kind}/ or fix the kind`,
    );
  }
}

function checkFileNamesAreIds(entries: Sourced<{ id: string }>[]): void {
  for (const { file, value } of entries) {
    const name = basename(file, extname(file));
    if (name !== value.id) {
      throw new ContentError(
        file,
        'id',
        `the id "${value.id}" must equal the file name "${name}": rename one of them`,
      );
    }
  }
}

function checkUniqueIds(entries: { file: string; key: string; id: string }[]): void {
  const firstSeen = new Map<string, string>();
  for (const { file, key, id } of entries) {
    const other = firstSeen.get(id);
    if (other !== undefined) {
      throw new ContentError(file, key, `the id "${id}" is already used by ${other}: ids must be unique`);
    }
    firstSeen.set(id, file);
  }
}

function checkEveryLevelHasAGuide(root: string, levels: Sourced<LevelGuide>[]): void {
  const present = new Set(levels.map(({ value }) => value.id));
  for (const level of LEVEL_IDS) {
    if (!present.has(level)) {
      throw new ContentError(
        displayPath(join(root, 'levels')),
        '',
        `no guide for ${level}: add levels/${level}.yaml`,
      );
    }
  }
}

function checkReferences(
  questions: Sourced<Question>[],
  competencyIds: Set<string>,
  conceptIds: Set<string>,
): void {
  const byId = new Map(questions.map((entry) => [entry.value.id, entry]));
  for (const { file, value: question } of questions) {
    question.variants.forEach((variantId, i) => {
      const variant = byId.get(variantId);
      if (variantId === question.id) {
        throw new ContentError(file, `variants.${i}`, 'a question cannot be its own variant');
      }
      if (!variant) {
        throw new ContentError(file, `variants.${i}`, `no question has the id "${variantId}"`);
      }
      // Variants are browsed from either end, so a one-way link would hide the pair from one side.
      if (!variant.value.variants.includes(question.id)) {
        throw new ContentError(
          variant.file,
          'variants',
          `${question.id} lists this question as a variant: add "${question.id}" here too`,
        );
      }
    });
    question.competencies.forEach((competencyId, i) => {
      if (!competencyIds.has(competencyId)) {
        throw new ContentError(
          file,
          `competencies.${i}`,
          `unknown competency "${competencyId}": use an id from competencies.yaml or add it there`,
        );
      }
    });
    question.concepts.forEach((conceptId, i) => {
      if (!conceptIds.has(conceptId)) {
        throw new ContentError(
          file,
          `concepts.${i}`,
          `unknown concept card "${conceptId}": use an id from concepts/ or add the card`,
        );
      }
    });
  }
}

function checkNoNearDuplicatePrompts(questions: Sourced<Question>[]): void {
  const [pair] = findNearDuplicates(
    questions.map(({ file, value }) => ({ file, prompt: value.prompt })),
    NEAR_DUPLICATE_SIMILARITY,
  );
  if (pair) {
    const [first, second, similarity] = pair;
    throw new ContentError(
      second.file,
      'prompt',
      `nearly the same prompt as ${first.file} (word overlap ${similarity.toFixed(2)}): make it a different question or link it as a variant of another level`,
    );
  }
}

/** The distinct lower-case words of a text, the unit of prompt similarity. */
export function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** |A ∩ B| / |A ∪ B|: 1 for the same words, 0 for none shared. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** Every pair of prompts at or above the threshold, with its similarity, in the order given. */
export function findNearDuplicates<T extends { prompt: string }>(
  items: readonly T[],
  threshold: number,
): [T, T, number][] {
  const words = items.map((item) => wordSet(item.prompt));
  const pairs: [T, T, number][] = [];
  for (let j = 1; j < items.length; j++) {
    for (let i = 0; i < j; i++) {
      const similarity = jaccard(words[i] as Set<string>, words[j] as Set<string>);
      if (similarity >= threshold) pairs.push([items[i] as T, items[j] as T, similarity]);
    }
  }
  return pairs;
}

export function isKindId(value: string): value is KindId {
  return (KIND_IDS as readonly string[]).includes(value);
}

export function isLevelId(value: string): value is LevelId {
  return (LEVEL_IDS as readonly string[]).includes(value);
}

export interface QuestionFilter {
  kind?: KindId;
  level?: LevelId;
  /** A domain, company type, topic, competency or concept id. */
  tag?: string;
  /** Words that must all occur in the question's id, prompt, context or topics. */
  search?: string;
}

/** Everything a question can be found by with `tag`: its tags, competencies and concepts. */
export function questionTags(question: Question): string[] {
  return [
    question.tags.domain,
    question.tags.company_type,
    ...question.tags.topics,
    ...question.competencies,
    ...question.concepts,
  ];
}

export function filterQuestions(questions: readonly Question[], filter: QuestionFilter): Question[] {
  const tag = filter.tag?.trim().toLowerCase();
  const searchWords = [...wordSet(filter.search ?? '')];
  return questions.filter((question) => {
    if (filter.kind && question.kind !== filter.kind) return false;
    if (filter.level && !question.levels.includes(filter.level)) return false;
    if (tag && !questionTags(question).includes(tag)) return false;
    if (searchWords.length > 0) {
      const haystack = [question.id, question.prompt, question.context ?? '', ...question.tags.topics]
        .join(' ')
        .toLowerCase();
      // Substrings, so that "retain" finds "retention" and "onboard" finds "onboarding".
      if (!searchWords.every((word) => haystack.includes(word))) return false;
    }
    return true;
  });
}

/** One item chosen by `random` (a number in [0, 1)), or undefined when there is nothing to choose. */
export function pickRandom<T>(items: readonly T[], random: () => number = Math.random): T | undefined {
  if (items.length === 0) return undefined;
  return items[Math.min(items.length - 1, Math.floor(random() * items.length))];
}

export type CoverageMatrix = Record<KindId, Record<LevelId, number>>;

/** How many questions suit each kind x level cell (a question suiting two levels counts in both). */
export function coverageMatrix(questions: readonly Question[]): CoverageMatrix {
  const matrix = Object.fromEntries(
    KIND_IDS.map((kind) => [kind, Object.fromEntries(LEVEL_IDS.map((level) => [level, 0]))]),
  ) as CoverageMatrix;
  for (const question of questions) {
    for (const level of question.levels) matrix[question.kind][level] += 1;
  }
  return matrix;
}

/** The cells below `min`, so that a coverage target can name exactly what is missing. */
export function thinCells(
  matrix: CoverageMatrix,
  min: number,
): { kind: KindId; level: LevelId; count: number }[] {
  return KIND_IDS.flatMap((kind) =>
    LEVEL_IDS.flatMap((level) =>
      matrix[kind][level] < min ? [{ kind, level, count: matrix[kind][level] }] : [],
    ),
  );
}

/** The matrix as a plain-text table, kinds down and levels across. */
export function formatCoverage(matrix: CoverageMatrix): string {
  const kindWidth = Math.max(...KIND_IDS.map((kind) => kind.length));
  const header = ['kind'.padEnd(kindWidth), ...LEVEL_IDS.map((level) => level.padStart(7))].join(' ');
  const rows = KIND_IDS.map((kind) =>
    [kind.padEnd(kindWidth), ...LEVEL_IDS.map((level) => String(matrix[kind][level]).padStart(7))].join(' '),
  );
  return [header, ...rows].join('\n');
}

export function levelGuide(bank: Bank, level: LevelId): LevelGuide {
  const guide = bank.levels.find((g) => g.id === level);
  // loadBank refuses a bank without every guide, so this only fails on a hand-built Bank.
  if (!guide) throw new ContentError('levels/', level, `no guide for ${level}`);
  return guide;
}
