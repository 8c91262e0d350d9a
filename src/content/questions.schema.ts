// The shape of a question-bank entry (content/questions/<kind>/<id>.yaml), of a competency and of
// a concept card. Kept apart from the loaders so that content authors and tests share one schema.
import { z } from 'zod';
import { DIMENSION_IDS, KIND_IDS, LEVEL_IDS } from '../engine/types.js';

const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens, e.g. "grocery-app-seniors"');
const level = z.enum(LEVEL_IDS);
const text = z.string().trim().min(3, 'write at least a few words');

/** A point a strong answer covers at one level, in the terms of one rubric dimension. */
export const coveragePointSchema = z.strictObject({
  dimension: z.enum(DIMENSION_IDS),
  point: text,
});

export const levelGuidanceSchema = z.strictObject({
  /** What a strong answer covers at this level: what an interviewer listens for. */
  covers: z.array(coveragePointSchema).min(3, 'list at least 3 points a strong answer covers'),
  /** Clarifying questions worth asking before answering. */
  clarifying: z.array(text).default([]),
  /** What an interviewer would probe next. */
  follow_ups: z.array(text).min(2, 'list at least 2 follow-ups an interviewer would probe'),
  /** The misalignment trap candidates at this level fall into on this question. */
  trap: text,
});

export const takeHomeBriefSchema = z.strictObject({
  context: text,
  /** A small data table the candidate should use, where it fits. */
  data: z
    .strictObject({
      caption: text,
      columns: z.array(z.string().min(1)).min(2),
      rows: z.array(z.array(z.union([z.string(), z.number()]))).min(2),
    })
    .refine((t) => t.rows.every((r) => r.length === t.columns.length), 'every row needs one cell per column')
    .optional(),
  deliverable: text,
  time_box_hours: z.number().positive().max(40),
});

export const questionSchema = z
  .strictObject({
    id,
    kind: z.enum(KIND_IDS),
    levels: z.array(level).min(1, 'name at least one level this question suits'),
    prompt: text,
    context: text.optional(),
    time_limit_min: z.number().int().min(5).max(600),
    tags: z.strictObject({
      domain: z.enum([
        'consumer',
        'b2b_saas',
        'marketplace',
        'fintech',
        'health',
        'developer_tools',
        'hardware',
        'enterprise',
        'public_sector',
      ]),
      company_type: z.enum(['startup', 'growth', 'big_tech', 'enterprise', 'public']),
      topics: z.array(id).min(1),
    }),
    /** Ids of the same prompt pitched at other levels ("design a music app" vs "improve retention ..."). */
    variants: z.array(id).default([]),
    /** Behavioral questions: the competencies they test (ids from content/competencies.yaml). */
    competencies: z.array(id).default([]),
    /** Technical questions: concept cards worth reviewing (ids from content/concepts/). */
    concepts: z.array(id).default([]),
    brief: takeHomeBriefSchema.optional(),
    guidance: z.partialRecord(level, levelGuidanceSchema),
  })
  .superRefine((q, ctx) => {
    for (const l of q.levels) {
      if (!q.guidance[l]) {
        ctx.addIssue({
          code: 'custom',
          path: ['guidance', l],
          message: `the question suits ${l}: add guidance for it`,
        });
      }
    }
    for (const l of Object.keys(q.guidance)) {
      if (!q.levels.includes(l as (typeof LEVEL_IDS)[number])) {
        ctx.addIssue({
          code: 'custom',
          path: ['guidance', l],
          message: `${l} is not in levels: add it or remove this guidance`,
        });
      }
    }
    if (q.kind === 'take_home' && !q.brief) {
      ctx.addIssue({ code: 'custom', path: ['brief'], message: 'a take-home needs a brief' });
    }
    if (q.kind === 'behavioral' && q.competencies.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['competencies'],
        message: 'a behavioral question names its competencies',
      });
    }
  });
export type Question = z.output<typeof questionSchema>;

export const competencySchema = z.strictObject({
  id,
  label: text,
  description: text,
  /** The levels whose interviews ask about it. */
  levels: z.array(level).min(1),
});
export type Competency = z.output<typeof competencySchema>;

export const conceptCardSchema = z.strictObject({
  id,
  topic: id,
  front: text,
  back: text,
  product_implication: text,
  tags: z.array(id).min(1),
  levels: z.array(level).min(1),
});
export type ConceptCard = z.output<typeof conceptCardSchema>;
