/** §2.4 the interventietypes (with the §3.7 multiplier and its source). One entry at a time, upserted by id. */
import { z } from 'zod';
import { InterventionTypeSchema } from '../../interchange';
import { defineChannel } from '../defineChannel';
import { saved } from './catalogue';

export const interventionTypesChannels = {
  'interventionTypes:save': defineChannel(z.strictObject({ type: InterventionTypeSchema }), saved(InterventionTypeSchema)),
} as const;
