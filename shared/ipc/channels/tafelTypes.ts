/** §2.4 the kinds of casuïstiektafel. One entry at a time, upserted by id. */
import { z } from 'zod';
import { TafelTypeSchema } from '../../interchange';
import { defineChannel } from '../defineChannel';
import { saved } from './catalogue';

export const tafelTypesChannels = {
  'tafelTypes:save': defineChannel(z.strictObject({ tafelType: TafelTypeSchema }), saved(TafelTypeSchema)),
} as const;
