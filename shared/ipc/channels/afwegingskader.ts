/**
 * Issue #14 item 5: the criteria of the hoog-weekbedragtafel's afwegingskader. One entry at a time,
 * upserted by id; there is no delete — a criterion that no longer applies is saved with
 * `active: false` (retired), because stored besluiten name it.
 */
import { z } from 'zod';
import { AfwegingCriterionSchema } from '../../interchange';
import { defineChannel } from '../defineChannel';
import { saved } from './catalogue';

export const afwegingskaderChannels = {
  'afwegingskader:save': defineChannel(z.strictObject({ criterion: AfwegingCriterionSchema }), saved(AfwegingCriterionSchema)),
} as const;
