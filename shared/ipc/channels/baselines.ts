/** Issue #14 item 3: the dated baselines of a wijk (the first is de nulmeting). */
import { z } from 'zod';
import { BaselineSchema, identifier, shortText } from '../../interchange';
import { defineChannel } from '../defineChannel';

/**
 * What a person records: the day, the households in view, the notes, and which entries of the
 * wijk's sociale kaart were active then. The server copies those entries (name, spoor,
 * organisation) into the baseline, so it keeps what the wijk had on that day.
 */
const BaselineInput = BaselineSchema.pick({ wijk: true, measuredOn: true, households: true, notes: true }).extend({
  socialeKaartIds: z.array(identifier).max(1000, 'baseline.socialeKaartIds: hoogstens 1000 netwerken en initiatieven.'),
});

export const baselinesChannels = {
  'baselines:list': defineChannel(z.strictObject({ wijk: shortText.optional() }), z.object({ items: z.array(BaselineSchema) })),
  'baselines:save': defineChannel(z.strictObject({ baseline: BaselineInput }), BaselineSchema),
  'baselines:remove': defineChannel(z.strictObject({ id: identifier }), BaselineSchema),
} as const;
