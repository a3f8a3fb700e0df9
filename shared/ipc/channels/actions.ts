/**
 * §2.2 the acties of a bijeenkomst once made (meetings:addAction): their status, and the open ones
 * that carry over to the next bijeenkomst.
 */
import { z } from 'zod';
import { ACTION_STATUSES } from '../../domain/enums';
import { identifier } from '../../interchange/primitives';
import { defineChannel } from '../defineChannel';

export const OpenAction = z.object({
  actionId: z.string(),
  text: z.string(),
  owner: z.string(),
  due: z.string(),
  /** due < today: the action is past its date. */
  overdue: z.boolean(),
  caseCode: z.string(),
  meetingId: z.string(),
  meetingDate: z.string(),
  tafel: z.string(),
});
export type OpenAction = z.infer<typeof OpenAction>;

export const actionsChannels = {
  'actions:setStatus': defineChannel(
    z.strictObject({ actionId: identifier, status: z.enum(ACTION_STATUSES) }),
    z.object({ actionId: z.string(), status: z.enum(ACTION_STATUSES) }),
  ),
  'actions:listOpen': defineChannel(z.strictObject({ tafelId: identifier.optional() }), z.object({ items: z.array(OpenAction) })),
} as const;
