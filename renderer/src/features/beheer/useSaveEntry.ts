import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Result } from '../../../../shared/ipc/result';
import { unwrap } from '../../api';
import { queryKeys } from '../../api/queryKeys';

/**
 * A catalogue upsert: on success the catalogue is read again, and the tafels and the sociale kaart,
 * which name its wijken (a renamed wijk is renamed there too), so every screen shows the new entry.
 */
export function useSaveEntry<I, O>(call: (input: I) => Promise<Result<O>>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: I) => unwrap(call(input)),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.catalogue }),
        queryClient.invalidateQueries({ queryKey: queryKeys.tafels }),
        queryClient.invalidateQueries({ queryKey: queryKeys.socialeKaart.all }),
      ]);
    },
  });
}
