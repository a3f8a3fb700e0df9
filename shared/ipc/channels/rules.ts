/**
 * §2.4 the beleidsregels: weekbedrag caps and the subcontractor surcharge ban (§3.5). One entry at
 * a time, upserted by id.
 */
import { z } from 'zod';
import { RuleSchema } from '../../interchange';
import { defineChannel } from '../defineChannel';
import { saved } from './catalogue';

export const rulesChannels = {
  'rules:save': defineChannel(z.strictObject({ rule: RuleSchema }), saved(RuleSchema)),
} as const;
