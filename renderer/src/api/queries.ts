/**
 * The read queries more than one screen uses, each under its key from ./queryKeys, so two screens
 * that show the same data share one cache entry (and one refetch after a write).
 */
import { useQuery } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/ipc/contract';
import { api, unwrap } from './index';
import { queryKeys } from './queryKeys';

/** catalogue:get — interventions, escalation targets, wijken. */
export function useCatalogue() {
  return useQuery({ queryKey: queryKeys.catalogue, queryFn: () => unwrap(api.catalogueGet({})) });
}

/** The price list the case's item lines resolve against (no version: the current one). */
export function usePriceList(version: string | undefined) {
  return useQuery({ queryKey: queryKeys.priceList(version), queryFn: () => unwrap(api.priceListGet(version ? { version } : {})) });
}

/** session:osUnlockStatus — "unlock with this computer account": on or off, and usable here or not. */
export function useOsUnlockStatus() {
  return useQuery({ queryKey: queryKeys.osUnlock, queryFn: () => unwrap(api.sessionOsUnlockStatus({})) });
}

/** tafels:list — the tafels as configured. */
export function useTafels() {
  return useQuery({ queryKey: queryKeys.tafels, queryFn: () => unwrap(api.tafelsList({})) });
}

/** cases:list for one filter ({} is every case). */
export function useCases(query: ChannelInput<'cases:list'>) {
  return useQuery({ queryKey: queryKeys.cases.list(query), queryFn: () => unwrap(api.casesList(query)) });
}

/** One case as stored (cases:get): the case screen and the escalation dossier share it. */
export function useCaseDetail(code: string) {
  return useQuery({ queryKey: queryKeys.case.detail(code), queryFn: () => unwrap(api.casesGet({ code })) });
}

/** actions:listOpen for one filter ({} is every tafel). */
export function useOpenActions(query: ChannelInput<'actions:listOpen'>) {
  return useQuery({ queryKey: queryKeys.openActions.list(query), queryFn: () => unwrap(api.actionsListOpen(query)) });
}

/** knelpunten:list for one filter ({} is the whole register): the register and the case screen share it. */
export function useKnelpunten(query: ChannelInput<'knelpunten:list'>) {
  return useQuery({ queryKey: queryKeys.knelpunten.list(query), queryFn: () => unwrap(api.knelpuntenList(query)) });
}
