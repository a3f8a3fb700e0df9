import type { QueryClient } from '@tanstack/react-query';
import type { EscalationTarget } from '../../../../shared/domain/enums';

/**
 * The react-query keys of this feature. The inbox and the banner live under ['escalations'], so
 * one invalidation after an escalation write — here or on the case screen — refreshes both.
 */
export const ESCALATIONS_KEY = ['escalations'] as const;
export const OVERDUE_KEY = ['escalations', 'overdueCount'] as const;
export const inboxKey = (query: { target?: EscalationTarget; includeClosed?: boolean }) => ['escalations', 'inbox', query] as const;
/** The case (cases:get) as the dossier panel reads it for the besluit and history: the case screen's key, so both share it. */
export const escalationCaseKey = (code: string) => ['case', code] as const;
/** catalogue:get, under the key the case screen uses for it too. */
export const CATALOGUE_KEY = ['catalogue'] as const;

/**
 * After any escalation write (here or on the case screen): the inbox, the banner, and the case
 * list and case detail, whose status may have moved with the escalation.
 */
export async function invalidateAfterEscalationWrite(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ESCALATIONS_KEY }),
    queryClient.invalidateQueries({ queryKey: ['cases'] }),
    queryClient.invalidateQueries({ queryKey: ['case'] }),
  ]);
}
