// The story bank: behavioral stories in STAR form, each with its grade and competency tags.
import type { Insertable, Selectable } from 'kysely';

export interface StoriesTable {
  id: string;
  user_id: string;
  title: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  learned: string | null;
  /** Competency ids from content/competencies.yaml, JSON array. */
  competencies: string;
  /** The level it was graded against. */
  level: string;
  /** The engine's report of the story told as one answer, JSON. */
  report: string;
  overall: number;
  demonstrated: string;
  imported_from: string | null;
  created_at: string;
  updated_at: string;
}

export type StoryRow = Selectable<StoriesTable>;
export type NewStoryRow = Insertable<StoriesTable>;
