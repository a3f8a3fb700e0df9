/** §2.4 the escalatiedoelen with their term in working days (§2.3). One entry at a time, upserted by id. */
import { z } from 'zod';
import { EscalationTargetSchema } from '../../interchange';
import { defineChannel } from '../defineChannel';
import { saved } from './catalogue';

export const escalationTargetsChannels = {
  'escalationTargets:save': defineChannel(z.strictObject({ target: EscalationTargetSchema }), saved(EscalationTargetSchema)),
} as const;
