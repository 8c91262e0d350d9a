// The report of RUBRIC.md as a JSON schema: it documents the API and serializes responses. Objects
// allow more properties because the report may grow fields; the API passes them through.
import { Type } from 'typebox';
import { DIMENSION_IDS, KIND_IDS, LEVEL_IDS } from '../../engine/index.js';

const open = { additionalProperties: true } as const;
const demonstrated = Type.Enum([...LEVEL_IDS, 'none'], { description: 'a level id, or none' });
const verdict = Type.Enum(['below', 'meets', 'exceeds']);

export const EvidenceSchema = Type.Object(
  {
    start: Type.Integer({ description: 'UTF-16 offset into the answer, inclusive' }),
    end: Type.Integer({ description: 'UTF-16 offset into the answer, exclusive' }),
    text: Type.String({ description: 'answer.slice(start, end)' }),
    signal: Type.String(),
    counts: Type.Enum(['for', 'against']),
  },
  open,
);

export const DimensionReportSchema = Type.Object(
  {
    id: Type.Enum(DIMENSION_IDS),
    label: Type.String(),
    weight: Type.Number(),
    score: Type.Integer({ minimum: 1, maximum: 4 }),
    bar: Type.Integer({ minimum: 1, maximum: 4 }),
    evidence: Type.Array(EvidenceSchema),
    feedback: Type.String(),
    points: Type.Array(
      Type.Object({ signal: Type.String(), findings: Type.Number(), points: Type.Number() }, open),
    ),
  },
  open,
);

export const ReportSchema = Type.Object(
  {
    kind: Type.Enum(KIND_IDS),
    level: Type.Enum(LEVEL_IDS),
    overall: Type.Number({ description: 'the weighted mean of the dimension scores, 1.0 to 4.0' }),
    dimensions: Type.Array(DimensionReportSchema),
    level_fit: Type.Object(
      {
        target: Type.Enum(LEVEL_IDS),
        demonstrated,
        verdict,
        summary: Type.String(),
        misalignments: Type.Array(Type.Object({ id: Type.String(), message: Type.String() }, open)),
      },
      open,
    ),
    follow_ups: Type.Array(Type.String()),
    stats: Type.Object({ words: Type.Integer(), sentences: Type.Integer(), ms: Type.Number() }, open),
    warnings: Type.Array(Type.Object({ code: Type.String(), message: Type.String() }, open)),
    ladder: Type.Array(
      Type.Object(
        {
          level: Type.Enum(LEVEL_IDS),
          label: Type.String(),
          clears: Type.Boolean(),
          gaps: Type.Array(
            Type.Object(
              {
                dimension: Type.Enum(DIMENSION_IDS),
                label: Type.String(),
                score: Type.Integer(),
                bar: Type.Integer(),
                forgiven: Type.Boolean(),
                about: Type.Boolean(),
                quote: Type.Union([Type.String(), Type.Null()]),
              },
              open,
            ),
          ),
          summary: Type.String(),
        },
        open,
      ),
    ),
    delivery: Type.Object(
      {
        fillersPer100: Type.Number(),
        hedgesPer100: Type.Number(),
        top: Type.Array(Type.Object({ phrase: Type.String(), count: Type.Integer() }, open)),
      },
      open,
    ),
    question: Type.Union([Type.String(), Type.Null()]),
    coverage: Type.Array(
      Type.Object(
        {
          dimension: Type.Enum(DIMENSION_IDS),
          point: Type.String(),
          covered: Type.Boolean(),
          evidence: Type.Union([
            Type.Object({ start: Type.Integer(), end: Type.Integer(), text: Type.String() }, open),
            Type.Null(),
          ]),
        },
        open,
      ),
    ),
  },
  { ...open, description: 'The grading report of RUBRIC.md' },
);
