/**
 * The plumbing every meeting write shares: a write answers with
 * the whole meeting, which replaces the cached one at once; the lists that show counts of it
 * (meetings, open actions, the proposal, case statuses) are refetched.
 */
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { MeetingFile } from '../../../../shared/interchange/meetings';
import { queryKeys } from '../../api/queryKeys';

/** Default time-box for a case put on the agenda from the screen. */
export const DEFAULT_MINUTES = 15;

/** Refetch everything derived from a meeting (but not the meeting itself, which the write returned). */
export function refreshAround(queryClient: QueryClient, id: string, casesToo = false): void {
  void queryClient.invalidateQueries({ queryKey: queryKeys.meetings.all });
  void queryClient.invalidateQueries({ queryKey: queryKeys.openActions.all });
  void queryClient.invalidateQueries({ queryKey: queryKeys.meeting.proposal(id), exact: true });
  if (casesToo) void queryClient.invalidateQueries({ queryKey: queryKeys.cases.all });
}

/** A mutation whose answer is the meeting as now stored. */
export function useMeetingWrite<V>(id: string, write: (vars: V) => Promise<MeetingFile>, opts: { casesToo?: boolean } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (meeting) => {
      queryClient.setQueryData(queryKeys.meeting.detail(id), meeting);
      refreshAround(queryClient, id, opts.casesToo ?? false);
    },
  });
}

/**
 * The API's Dutch message without the technical field path it starts with
 * ("items[2].caseCode: Casus …" → "Casus …"); a field the form shows gets its label instead
 * ("owner: Vul een waarde in." → "Eigenaar: Vul een waarde in.").
 */
export function personMessage(message: string | null | undefined, labels: Record<string, string> = {}): string | undefined {
  if (!message) return undefined;
  const match = /^(\(hoofdniveau\)|[A-Za-z_]+(?:\[\d+\])?(?:\.[A-Za-z_]+(?:\[\d+\])?)*): (.*)$/s.exec(message);
  if (!match) return message;
  const [, path = '', rest = ''] = match;
  const label = labels[path.split(/[.[]/)[0] ?? ''];
  return label ? `${label}: ${rest}` : rest;
}
