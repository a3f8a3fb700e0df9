import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CaseDetail } from '../../../../shared/ipc/channels/cases';
import type { Result } from '../../../../shared/ipc/result';
import { api, ApiError, unwrap } from '../../api';
import { allButSessionAndCase, queryKeys } from '../../api/queryKeys';

export function useCaseRendement(code: string) {
  return useQuery({ queryKey: queryKeys.rendement(code), queryFn: () => unwrap(api.casesRendement({ code })) });
}

/**
 * One write to a case. Every case write answers with the whole case as stored: that becomes the
 * case on screen at once, and every other screen's data (figures, lists, businesscase) is
 * refetched, because a status or intervention changes them too.
 */
export function useCaseWrite<I>(code: string, call: (input: I) => Promise<Result<CaseDetail>>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: I) => unwrap(call(input)),
    onSuccess: async (detail) => {
      queryClient.setQueryData(queryKeys.case.detail(code), detail);
      await queryClient.invalidateQueries({ predicate: allButSessionAndCase(code) });
    },
  });
}

/** A case that does not exist, or a code that cannot exist (a mistyped address). */
export function isCaseNotFound(error: unknown): boolean {
  return error instanceof ApiError && (error.error.code === 'NOT_FOUND' || error.error.code === 'BAD_INPUT');
}
