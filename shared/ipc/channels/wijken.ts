/** §2.4 the wijken with the prefix of their case codes. One entry at a time, upserted by id. */
import { z } from 'zod';
import { WijkSchema } from '../../interchange';
import { defineChannel } from '../defineChannel';
import { saved } from './catalogue';

export const wijkenChannels = {
  'wijken:save': defineChannel(z.strictObject({ wijk: WijkSchema }), saved(WijkSchema)),
} as const;
