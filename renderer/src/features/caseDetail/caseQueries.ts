import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CaseDetail } from '../../../../shared/ipc/channels/cases';
import type { Result } from '../../../../shared/ipc/result';
import { api, ApiError, unwrap } from '../../api';
import { SESSION_KEY } from '../../app/useSession';

export const caseKey = (code: string) => ['case', code] as const;
export const rendementKey = (code: string) => ['rendement', code] as const;
export const CATALOGUE_KEY = ['catalogue'] as const;
export const priceListKey = (version: string | undefined) => ['priceList', version ?? '(huidig)'] as const;

export function useCaseDetail(code: string) {
  return useQuery({ queryKey: caseKey(code), queryFn: () => unwrap(api.casesGet({ code })) });
}

export function useCaseRendement(code: string) {
  return useQuery({ queryKey: rendementKey(code), queryFn: () => unwrap(api.casesRendement({ code })) });
}

export function useCatalogue() {
  return useQuery({ queryKey: CATALOGUE_KEY, queryFn: () => unwrap(api.catalogueGet({})) });
}

/** The price list the case's item lines resolve against (no version: the current one). */
export function usePriceList(version: string | undefined) {
  return useQuery({ queryKey: priceListKey(version), queryFn: () => unwrap(api.priceListGet(version ? { version } : {})) });
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
      queryClient.setQueryData(caseKey(code), detail);
      await queryClient.invalidateQueries({
        predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] && !(q.queryKey[0] === 'case' && q.queryKey[1] === code),
      });
    },
  });
}

/** A case that does not exist, or a code that cannot exist (a mistyped address). */
export function isCaseNotFound(error: unknown): boolean {
  return error instanceof ApiError && (error.error.code === 'NOT_FOUND' || error.error.code === 'BAD_INPUT');
}
