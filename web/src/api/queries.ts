// Shared queries of content that rarely changes (levels, kinds): fetched once a session and cached.
import { useQuery } from '@tanstack/react-query';
import { api } from './client.js';
import type { DimensionId, Kind, KindId, Level, LevelId } from './types.js';

export function useLevels() {
  return useQuery({
    queryKey: ['levels'],
    queryFn: async () => (await api.levels()).levels,
    staleTime: Infinity,
  });
}

export function useKinds() {
  return useQuery({
    queryKey: ['kinds'],
    queryFn: async () => (await api.kinds()).kinds,
    staleTime: Infinity,
  });
}

export function levelLabel(levels: Level[] | undefined, id: LevelId | 'none' | string): string {
  if (id === 'none') return 'no level yet';
  return levels?.find((level) => level.id === id)?.label ?? id;
}

export function kindLabel(kinds: Kind[] | undefined, id: KindId | string): string {
  return kinds?.find((kind) => kind.id === id)?.label ?? id.replace(/_/g, ' ');
}

export function dimensionLabel(kinds: Kind[] | undefined, id: DimensionId | string): string {
  for (const kind of kinds ?? []) {
    const dimension = kind.dimensions.find((d) => d.id === id);
    if (dimension) return dimension.label;
  }
  return id.replace(/_/g, ' ');
}

/** Short level names for tight spaces (badges, chart axes). */
export const LEVEL_SHORT: Record<LevelId, string> = {
  apm: 'APM',
  pm2: 'PM II',
  senior: 'Senior',
  staff: 'Staff',
};
