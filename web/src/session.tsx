// Who is signed in, and the gate in front of every screen that needs an account (and a profile).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ApiError, api, type Profile, profileApi } from './api/client.js';
import type { User } from './api/types.js';
import { Loading } from './components/ui.js';

export function useMe() {
  return useQuery({
    queryKey: ['me'],
    queryFn: async (): Promise<User | null> => {
      try {
        return (await api.me()).user;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

export function useProfile(enabled = true) {
  return useQuery({
    queryKey: ['profile'],
    queryFn: async (): Promise<Profile | null> => (await profileApi.get()).profile,
    enabled,
    staleTime: 60_000,
  });
}

/** After sign-in, sign-out or import: everything cached belongs to someone else now. */
export function useResetSession() {
  const client = useQueryClient();
  return () => client.clear();
}

/** Shows its children to a signed-in user who has set a target level; sends others where they must go first. */
export function RequireAccount({ children, profile = true }: { children: ReactNode; profile?: boolean }) {
  const location = useLocation();
  const me = useMe();
  const onboarding = useProfile(Boolean(me.data) && profile);
  if (me.isPending) return <Loading label="Checking your session" />;
  if (me.isError) throw me.error;
  if (!me.data) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/signin?next=${encodeURIComponent(next)}`} replace />;
  }
  if (profile) {
    if (onboarding.isPending) return <Loading label="Loading your profile" />;
    if (onboarding.isError) throw onboarding.error;
    if (!onboarding.data) return <Navigate to="/onboarding" replace />;
  }
  return <>{children}</>;
}
