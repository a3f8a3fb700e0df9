/** §2.4 the partners at the tafels. One entry at a time, upserted by id. */
import { z } from 'zod';
import { PartnerSchema } from '../../interchange';
import { defineChannel } from '../defineChannel';
import { saved } from './catalogue';

export const partnersChannels = {
  'partners:save': defineChannel(z.strictObject({ partner: PartnerSchema }), saved(PartnerSchema)),
} as const;
