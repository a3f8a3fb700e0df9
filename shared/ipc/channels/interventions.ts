/** §2.1, §3.2 a case's interventions: add, change, remove (addressed by their 0-based position). */
import { z } from 'zod';
import { caseCode, InterventionSchema } from '../../interchange';
import { defineChannel } from '../defineChannel';
import { CaseDetail, listIndex as index } from './cases';

export const interventionsChannels = {
  'interventions:add': defineChannel(z.strictObject({ code: caseCode, intervention: InterventionSchema }), CaseDetail),
  'interventions:update': defineChannel(z.strictObject({ code: caseCode, index, intervention: InterventionSchema }), CaseDetail),
  'interventions:remove': defineChannel(z.strictObject({ code: caseCode, index }), CaseDetail),
} as const;
