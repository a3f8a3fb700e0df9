/** §3.5 a case's arrangements (weekbedragen per domain and setting): save by id, remove. */
import { z } from 'zod';
import { ArrangementSchema, caseCode, identifier } from '../../interchange';
import { defineChannel } from '../defineChannel';
import { CaseDetail } from './cases';

export const arrangementsChannels = {
  /** Adds the arrangement, or replaces the one with the same id. */
  'arrangements:save': defineChannel(z.strictObject({ code: caseCode, arrangement: ArrangementSchema }), CaseDetail),
  'arrangements:remove': defineChannel(z.strictObject({ code: caseCode, id: identifier }), CaseDetail),
} as const;
