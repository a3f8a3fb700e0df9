import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api';

export const SESSION_KEY = ['session'] as const;

/** The store's lock state; polled so an auto-lock on the host hides the data on screen too. */
export function useSession() {
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: () => unwrap(api.sessionStatus({})),
    refetchInterval: 30_000,
  });
}
