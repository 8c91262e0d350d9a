// Every migration, by name: a dated name sorts in the order they must run. Listed here rather than
// read from the folder so that the same list works from src/ under tsx and from dist/.
import type { Migration } from 'kysely';
import * as accountsAndAttempts from './2026-11-26-accounts-and-attempts.js';
import * as profiles from './2026-11-27-profiles.js';
import * as loopsStoriesPlanReviews from './2026-11-28-loops-stories-plan-reviews.js';

export const MIGRATIONS: Record<string, Migration> = {
  '2026-11-26-accounts-and-attempts': accountsAndAttempts,
  '2026-11-27-profiles': profiles,
  '2026-11-28-loops-stories-plan-reviews': loopsStoriesPlanReviews,
};
