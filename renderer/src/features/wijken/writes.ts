/** The writes of the Wijken screen; each refreshes the screen's baselines, lessons and tussenevaluatie. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/ipc/contract';
import { api, unwrap } from '../../api';
import { queryKeys } from '../../api/queryKeys';

function useWijkWrite<I, O>(call: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    // Waited for, so the table already shows the write when onSuccess says it is done.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.wijkbase.all }),
  });
}

export const useSaveBaseline = () => useWijkWrite((i: ChannelInput<'baselines:save'>) => unwrap(api.baselinesSave(i)));
export const useRemoveBaseline = () => useWijkWrite((i: ChannelInput<'baselines:remove'>) => unwrap(api.baselinesRemove(i)));
export const useSaveLesson = () => useWijkWrite((i: ChannelInput<'lessons:save'>) => unwrap(api.lessonsSave(i)));
export const useRemoveLesson = () => useWijkWrite((i: ChannelInput<'lessons:remove'>) => unwrap(api.lessonsRemove(i)));
