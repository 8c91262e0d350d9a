// The shape of a level guide (content/levels/<level>.yaml): what a rung of the PM ladder is judged on,
// how each kind of interview plays out there, the loop it faces, its traps and the advice to show when.
import { z } from 'zod';
import { KIND_IDS, LEVEL_IDS } from '../engine/types.js';

const text = z.string().trim().min(3, 'write at least a few words');
const texts = (min: number, what: string) => z.array(text).min(min, `list at least ${min} ${what}`);
const kind = z.enum(KIND_IDS);

/** The moments of a candidate's preparation at which a piece of advice is worth showing. */
export const ADVICE_MOMENTS = [
  'onboarding',
  'before_take_home',
  'before_product_sense',
  'before_product_improvement',
  'before_metrics',
  'before_behavioral',
  'before_technical',
  'before_strategy',
  'before_onsite',
  'after_feedback',
] as const;
export type AdviceMoment = (typeof ADVICE_MOMENTS)[number];

/** How one kind of interview plays out at this level. */
export const kindAtLevelSchema = z.strictObject({
  plays_out: text,
  /** A prompt of the kind an interviewer at this level would give. */
  example: text,
  listen_for: texts(2, 'things an interviewer listens for'),
});

/** An engine signal id (content/signals/<id>.yaml); whether it exists is checked against the rubric. */
const signalId = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'a signal id is lower_snake_case, e.g. clarifying_question');
/** The signals an interviewer in this round listens for: the piece of the evaluation the round owns. */
const owns = z
  .array(signalId)
  .min(2, 'a round owns at least 2 signals')
  .refine((ids) => new Set(ids).size === ids.length, 'a signal is listed twice');

/**
 * One kind of round in the usual onsite loop, and how many of it (a range: loops vary by company).
 * Rounds are listed most essential first: a mock loop longer than the default adds rounds from the
 * top of the list, a shorter one drops them from the bottom.
 */
export const loopRoundSchema = z
  .strictObject({
    kind,
    /** What companies call the round, e.g. "executive / leadership". */
    round: text,
    count: z.strictObject({ min: z.number().int().min(0), max: z.number().int().min(1) }),
    /** How many of this round the default mock loop of the level has. */
    default: z.number().int().min(0),
    owns,
    /** A second (and later) round of this kind probes something else, e.g. leadership after behavioral. */
    repeat: z.strictObject({ round: text, owns }).optional(),
    /** Done before the onsite (a take-home): runs first in a mock loop. */
    before_onsite: z.boolean().default(false),
    note: text.optional(),
  })
  .superRefine((r, ctx) => {
    if (r.count.min > r.count.max) {
      ctx.addIssue({ code: 'custom', path: ['count'], message: 'count.min must not exceed count.max' });
    }
    if (r.default < r.count.min || r.default > r.count.max) {
      ctx.addIssue({
        code: 'custom',
        path: ['default'],
        message: `default must be within count (${r.count.min}-${r.count.max})`,
      });
    }
    if (r.repeat && r.count.max < 2) {
      ctx.addIssue({
        code: 'custom',
        path: ['repeat'],
        message: 'repeat describes a second round of this kind: raise count.max to 2 or remove it',
      });
    }
  });

export const loopSchema = z
  .strictObject({
    rounds: z.array(loopRoundSchema).min(3, 'a loop has at least 3 kinds of round'),
    total: z.strictObject({ min: z.number().int().min(1), max: z.number().int().min(1) }),
    note: text.optional(),
  })
  .superRefine((loop, ctx) => {
    const least = loop.rounds.reduce((sum, r) => sum + r.count.min, 0);
    const most = loop.rounds.reduce((sum, r) => sum + r.count.max, 0);
    if (loop.total.min > loop.total.max) {
      ctx.addIssue({ code: 'custom', path: ['total'], message: 'total.min must not exceed total.max' });
    }
    // The total must be reachable from the rounds, or the mock loop cannot be built from this data.
    if (least > loop.total.max || most < loop.total.min) {
      ctx.addIssue({
        code: 'custom',
        path: ['total'],
        message: `the rounds add up to ${least}-${most}, which cannot make a loop of ${loop.total.min}-${loop.total.max}`,
      });
    }
    const defaults = loop.rounds.reduce((sum, r) => sum + r.default, 0);
    if (defaults < loop.total.min || defaults > loop.total.max) {
      ctx.addIssue({
        code: 'custom',
        path: ['rounds'],
        message: `the defaults add up to ${defaults} rounds, outside the usual ${loop.total.min}-${loop.total.max}: change a round's default`,
      });
    }
    const seen = new Set<string>();
    loop.rounds.forEach((r, i) => {
      if (seen.has(r.kind)) {
        ctx.addIssue({ code: 'custom', path: ['rounds', i, 'kind'], message: `${r.kind} is listed twice` });
      }
      seen.add(r.kind);
    });
  });

/** A misalignment: what candidates at this level do, and what the interviewer wanted instead. */
export const trapSchema = z.strictObject({ trap: text, instead: text });

/** One prompt answered in outline at this level, beside the rung below, so the difference is visible. */
export const contrastSchema = z.strictObject({
  kind,
  prompt: text,
  /** The rung below: `none` for APM, where the contrast is with an answer that clears no bar. */
  below: z.strictObject({ level: z.enum(['none', ...LEVEL_IDS]), outline: texts(3, 'steps of the outline') }),
  at_level: z.strictObject({ outline: texts(3, 'steps of the outline') }),
  difference: text,
});

export const adviceSchema = z.strictObject({
  when: z.enum(ADVICE_MOMENTS),
  advice: text,
  why: text.optional(),
});

export const levelGuideSchema = z
  .strictObject({
    id: z.enum(LEVEL_IDS),
    label: text,
    /** The guide's ladder table: the core focus, and the questions interviewers are really asking. */
    core_focus: text,
    evaluates: z.strictObject({
      summary: text,
      questions: texts(2, 'questions interviewers ask themselves'),
    }),
    expectations: texts(3, 'expectations'),
    interviews: z.record(kind, kindAtLevelSchema),
    loop: loopSchema,
    traps: z.array(trapSchema).min(2, 'list at least 2 traps'),
    from_below: z.strictObject({
      from: z.enum(['none', ...LEVEL_IDS]),
      changes: texts(3, 'changes from the rung below'),
    }),
    contrast: contrastSchema,
    advice: z.array(adviceSchema).min(3, 'list at least 3 pieces of advice'),
  })
  .superRefine((guide, ctx) => {
    // The rung below is fixed by the ladder, so a guide cannot compare itself with the wrong level.
    const below = LEVEL_IDS[LEVEL_IDS.indexOf(guide.id) - 1] ?? 'none';
    if (guide.from_below.from !== below) {
      ctx.addIssue({
        code: 'custom',
        path: ['from_below', 'from'],
        message: `the rung below ${guide.id} is ${below}`,
      });
    }
    if (guide.contrast.below.level !== below) {
      ctx.addIssue({
        code: 'custom',
        path: ['contrast', 'below', 'level'],
        message: `the rung below ${guide.id} is ${below}`,
      });
    }
  });
export type LevelGuide = z.output<typeof levelGuideSchema>;
