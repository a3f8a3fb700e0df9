/** §2.1 the knelpunten register: the rules that block a doorbraak, per wijk, with their status. */
import { z } from 'zod';
import { identifier, KNELPUNT_STATUSES, KnelpuntSchema, shortText } from '../../interchange';
import { defineChannel } from '../defineChannel';
import { saved } from './catalogue';

/** The register the verbinder reports from (§2.1, §3.6 "knelpunten by rule"). */
const KnelpuntRegister = z.object({
  items: z.array(KnelpuntSchema),
  byRule: z.array(z.object({ rule: z.string(), wijk: z.string(), count: z.number().int() })),
});
type KnelpuntRegister = z.infer<typeof KnelpuntRegister>;

/** A new knelpunt needs no id (generated), date (today) or status (open). */
const KnelpuntInput = KnelpuntSchema.partial({ id: true, raisedOn: true, status: true });
type KnelpuntInput = z.infer<typeof KnelpuntInput>;

export const knelpuntenChannels = {
  'knelpunten:list': defineChannel(
    z.strictObject({ wijk: shortText.optional(), status: z.enum(KNELPUNT_STATUSES).optional(), rule: shortText.optional() }),
    KnelpuntRegister,
  ),
  'knelpunten:save': defineChannel(z.strictObject({ knelpunt: KnelpuntInput }), saved(KnelpuntSchema)),
  'knelpunten:setStatus': defineChannel(z.strictObject({ id: identifier, status: z.enum(KNELPUNT_STATUSES) }), KnelpuntSchema),
} as const;
