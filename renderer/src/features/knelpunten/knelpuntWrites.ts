/** The two knelpunt writes; each refreshes the knelpunten lists and the monitoring's count per rule. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/ipc/contract';
import { api, unwrap } from '../../api';
import { afterKnelpuntWrite } from '../../api/queryKeys';

function useKnelpuntWrite<I, O>(call: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    // Waited for, so the screen's table already shows the write when onSuccess says it is done.
    onSuccess: () => queryClient.invalidateQueries({ predicate: afterKnelpuntWrite }),
  });
}

/** knelpunten:save — raise a knelpunt (from a case). */
export function useSaveKnelpunt() {
  return useKnelpuntWrite((input: ChannelInput<'knelpunten:save'>) => unwrap(api.knelpuntenSave(input)));
}

/** knelpunten:setStatus — open, doorgezet (naar wijk-MT) or opgelost. */
export function useSetKnelpuntStatus() {
  return useKnelpuntWrite((input: ChannelInput<'knelpunten:setStatus'>) => unwrap(api.knelpuntenSetStatus(input)));
}
