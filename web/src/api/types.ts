// The API's shapes, taken from the server's own route schemas and the content schemas (types only:
// nothing of the server is bundled), so the web app and the API cannot drift apart silently.
import type { Static } from 'typebox';
import type { z } from 'zod';
import type { levelGuideSchema } from '../../../src/content/levels.schema.js';
import type { questionSchema } from '../../../src/content/questions.schema.js';
import type { DimensionId, KindId, LevelId } from '../../../src/engine/types.js';
import type {
  AttemptSchema,
  AttemptSummarySchema,
  RevisionSchema,
  ScoreChangeSchema,
} from '../../../src/server/routes/attempts/schema.js';
import type {
  DimensionReportSchema,
  EvidenceSchema,
  ReportSchema,
} from '../../../src/server/schemas/report.js';

export type { DimensionId, KindId, LevelId };
export type Report = Static<typeof ReportSchema>;
export type DimensionReport = Static<typeof DimensionReportSchema>;
export type Evidence = Static<typeof EvidenceSchema>;
export type Attempt = Static<typeof AttemptSchema>;
export type AttemptSummary = Static<typeof AttemptSummarySchema>;
export type Revision = Static<typeof RevisionSchema>;
export type ScoreChange = Static<typeof ScoreChangeSchema>;
export type Question = z.output<typeof questionSchema>;
export type LevelGuide = z.output<typeof levelGuideSchema>;
export type Verdict = 'below' | 'meets' | 'exceeds';

export interface User {
  id: string;
  email: string;
  createdAt: string;
}

export interface Level {
  id: LevelId;
  label: string;
  evaluates: string;
  about: DimensionId[];
  bars: Record<DimensionId, number>;
  guide: LevelGuide;
}

export interface Kind {
  id: KindId;
  label: string;
  example: string;
  rounds: string;
  dimensions: { id: DimensionId; label: string; weight: number }[];
}

export interface QuestionSummary {
  id: string;
  kind: KindId;
  levels: LevelId[];
  prompt: string;
  time_limit_min: number;
  tags: Question['tags'];
  variants: string[];
  competencies: string[];
  concepts: string[];
}
