import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Result } from '../../../../shared/ipc/result';
import { unwrap } from '../../api';
import { queryKeys } from '../../api/queryKeys';

/**
 * A catalogue upsert: on success the catalogue (and the tafels, which name its types and wijken) is
 * read again, so every screen's dropdowns show the new entry.
 */
export function useSaveEntry<I, O>(call: (input: I) => Promise<Result<O>>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: I) => unwrap(call(input)),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.catalogue }),
        queryClient.invalidateQueries({ queryKey: queryKeys.tafels }),
      ]);
    },
  });
}

/**
 * The id of a new entry, from its name: "Casuïstiektafel Bloemhof" → "casuistiektafel-bloemhof".
 * A taken id gets -2, -3 …, because the save channels upsert by id: reusing one would overwrite
 * another entry instead of adding this one.
 */
export function newId(name: string, taken: readonly string[]): string {
  const base =
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 56) || 'item';
  if (!taken.includes(base)) return base;
  let n = 2;
  while (taken.includes(`${base}-${String(n)}`)) n += 1;
  return `${base}-${String(n)}`;
}
