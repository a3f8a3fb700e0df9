/** §2.2 the casuïstiektafels with their members. */
import { z } from 'zod';
import { TafelSchema } from '../../interchange/meetings';
import { defineChannel } from '../defineChannel';

const Empty = z.strictObject({});

export const tafelsChannels = {
  'tafels:list': defineChannel(Empty, z.object({ items: z.array(TafelSchema) })),
  'tafels:save': defineChannel(
    z.strictObject({ tafel: TafelSchema.extend({ members: TafelSchema.shape.members.max(100, 'Maximaal 100 leden.') }) }),
    z.object({ id: z.string(), created: z.boolean() }),
  ),
} as const;
