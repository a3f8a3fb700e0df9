import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { SessionStatus } from '../../../shared/ipc/channels/session';
import { api, onLocked, unwrap } from '../api';

export const SESSION_KEY = ['session'] as const;

/**
 * The store's lock state; polled so an auto-lock on the host hides the data on screen too. Any call
 * answered LOCKED (the banner's poll, a click on a screen) flips it to vergrendeld at once, so the
 * unlock screen appears without waiting for the next poll, and the cached screens are forgotten
 * (nothing personal stays in memory behind the lock screen).
 */
export function useSession() {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      onLocked(() => {
        const known = queryClient.getQueryData<SessionStatus>(SESSION_KEY);
        if (known === undefined || known.state !== 'ontgrendeld') return;
        queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
        queryClient.setQueryData<SessionStatus>(SESSION_KEY, { ...known, state: 'vergrendeld' });
      }),
    [queryClient],
  );
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: () => unwrap(api.sessionStatus({})),
    refetchInterval: 30_000,
  });
}
