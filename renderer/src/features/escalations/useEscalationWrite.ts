import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { CaseDetail } from '../../../../shared/ipc/channels/cases';
import type { Result } from '../../../../shared/ipc/result';
import { ApiError, unwrap } from '../../api';
import { queryKeys } from '../../api/queryKeys';

/**
 * One escalation write. The answer (the whole case) feeds the dossier panel at once; then every
 * view of escalations and cases is refreshed — also after a refusal, so a stale screen (someone
 * else moved the escalation meanwhile) shows the current state next to the server's message.
 * The mutation settles only after the refresh, so callers see the new inbox when they continue.
 */
export function useEscalationWrite<I>(write: (input: I) => Promise<Result<CaseDetail>>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: I) => unwrap(write(input)),
    onSuccess: (detail) => queryClient.setQueryData(queryKeys.case.detail(detail.case.code), detail),
    onSettled: () => invalidateAfterEscalationWrite(queryClient),
  });
}

/**
 * After any escalation write: the inbox, the banner, and the case list and case detail, whose
 * status may have moved with the escalation.
 */
async function invalidateAfterEscalationWrite(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.escalations.all }),
    queryClient.invalidateQueries({ queryKey: queryKeys.cases.all }),
    queryClient.invalidateQueries({ queryKey: queryKeys.case.all }),
  ]);
}

/**
 * A refusal of a besluit that names its field ("besluit.maatwerkbudgetCents: …"), split in field and
 * message. A path inside a list ("besluit.afweging[1].reason") names the list: the server counts only
 * the answered criteria, so its index is not the form's row.
 */
export function besluitFieldError(error: Error | null): { field: string; message: string } | null {
  if (!(error instanceof ApiError) || error.error.code !== 'BAD_INPUT') return null;
  const m = /^besluit\.([A-Za-z]+)(?:\[\d+\](?:\.[A-Za-z]+)?)?: (.*)$/s.exec(error.message);
  return m ? { field: m[1] ?? '', message: m[2] ?? '' } : null;
}
