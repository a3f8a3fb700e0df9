/** §3.6 the monitoring indicators of a calendar year, per wijk and in total. */
import { z } from 'zod';
import { shortText } from '../../interchange';
import { defineChannel } from '../defineChannel';
import { IndicatorsOut, reportYear as year } from '../figures';

const IndicatorsQuery = z.strictObject({ year, wijk: shortText.optional() });

export const indicatorsChannels = {
  'indicators:get': defineChannel(IndicatorsQuery, IndicatorsOut),
} as const;
