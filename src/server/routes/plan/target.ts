// What the candidate is preparing for: the level, what the recruiter said of the loop and the
// interview date, taken from the request where it says, else from the onboarding profile.
import type { LevelId } from '../../../engine/index.js';
import type { LoopDetails, RecruiterAnswer } from '../../../loops/compose.js';
import type { Db } from '../../../store/database.js';
import { getProfile } from '../../../store/profiles.repository.js';
import { ApiError } from '../../errors.js';

export interface TargetOverrides {
  level?: LevelId;
  rounds?: number;
  technicalRound?: RecruiterAnswer;
  takeHome?: RecruiterAnswer;
  interviewDate?: string;
}

export interface Target {
  level: LevelId;
  /** Where the level came from. */
  levelFrom: 'request' | 'profile';
  details: LoopDetails;
  /** YYYY-MM-DD, or null when neither the request nor the profile has one. */
  interviewDate: string | null;
}

export async function resolveTarget(db: Db, userId: string, overrides: TargetOverrides): Promise<Target> {
  const profile = await getProfile(db, userId);
  const level = overrides.level ?? profile?.targetLevel;
  if (!level) {
    throw new ApiError(
      400,
      'level_required',
      'Say which level with level, or set your target level in your profile (PUT /api/me/profile).',
    );
  }
  return {
    level,
    levelFrom: overrides.level ? 'request' : 'profile',
    details: {
      rounds: overrides.rounds ?? profile?.loop.rounds ?? null,
      technicalRound: overrides.technicalRound ?? profile?.loop.technicalRound ?? 'unknown',
      takeHome: overrides.takeHome ?? profile?.loop.takeHome ?? 'unknown',
    },
    interviewDate: overrides.interviewDate ?? profile?.interviewDate ?? null,
  };
}
