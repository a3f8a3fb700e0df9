/** §3.6 the monitoring indicators of a period (§3.3: a year, tertiaal, quarter or date range), per wijk and in total. */
import { z } from 'zod';
import { shortText } from '../../interchange';
import { defineChannel } from '../defineChannel';
import { IndicatorsOut, reportPeriod, reportYear as year } from '../figures';

/** `period` (2025-T2 …) or `year`, shorthand for that calendar year (one of the two; period wins). */
const IndicatorsQuery = z.strictObject({ year: year.optional(), period: reportPeriod.optional(), wijk: shortText.optional() });

export const indicatorsChannels = {
  'indicators:get': defineChannel(IndicatorsQuery, IndicatorsOut),
} as const;
