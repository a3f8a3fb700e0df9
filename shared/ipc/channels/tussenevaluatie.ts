/**
 * Issue #14 item 3: the (tussen)evaluatie — the wijken side by side: baseline against now, cases,
 * rendement, indicators, knelpunten and lessons. `get` is the screen's view (never pseudonymised:
 * the screen is inside the werkbank); `file` is the same view as PDF, XLSX or JSON, made by the
 * same code as `werkbank export --what tussenevaluatie`.
 */
import { z } from 'zod';
import { LESSON_KINDS, SPOREN } from '../../domain/enums';
import { isoDate, LessonSchema } from '../../interchange';
import { defineChannel } from '../defineChannel';
import { reportYear, signedCents } from '../figures';

export const TUSSENEVALUATIE_FORMATS = ['pdf', 'xlsx', 'json'] as const;

const count = z.number().int().min(0);
const perSpoor = z.record(z.enum(SPOREN), count);

/** One baseline counted: households in view and the networks and initiatives per spoor. */
const Rendement = z.object({ vermedenGecorrigeerd: signedCents, investering: signedCents, nettoRendement: signedCents, rendementPerEuro: z.number().nullable() });

const Measurement = z.object({ id: z.string(), measuredOn: isoDate, households: count, perSpoor, total: count });

const WijkTussenevaluatie = z.object({
  wijk: z.string(),
  /** The first baseline of the wijk; null when none was recorded. */
  nulmeting: Measurement.nullable(),
  /** The last baseline when there is more than one; null otherwise. */
  latest: Measurement.nullable(),
  /** The wijk's sociale kaart today, counted the same way. */
  socialeKaartNow: z.object({ perSpoor, total: count }),
  /** §3.3 the cohort of the year (reference date in the year), from the businesscase report. */
  cases: z.object({ cases: count, signalen: count, doorbraken: count, voorliggendVeld: count }),
  /** §3.3 cohort (the year's reference dates) and §3.8 kalenderjaar (savings spread pro rata to days over the years). */
  rendement: z.object({ cohort: Rendement, kalenderjaar: Rendement }),
  /** §3.6 over the calendar year. */
  indicators: z.object({ aanmeldingen: count, casesDiscussed: count, escalations: count, overdue: count, medianDaysToPlan: z.number().nullable() }),
  /** The knelpunten register of the wijk (every year), and its three most frequent rules. */
  knelpunten: z.object({ open: count, doorgezet: count, opgelost: count, topRules: z.array(z.object({ rule: z.string(), count })) }),
  lessons: z.object({ perKind: z.record(z.enum(LESSON_KINDS), count), items: z.array(LessonSchema) }),
});

const TussenevaluatieView = z.object({ year: reportYear, asOf: isoDate, wijken: z.array(WijkTussenevaluatie) });
export type TussenevaluatieView = z.infer<typeof TussenevaluatieView>;
export type WijkTussenevaluatie = z.infer<typeof WijkTussenevaluatie>;
export type Measurement = z.infer<typeof Measurement>;

export const tussenevaluatieChannels = {
  'tussenevaluatie:get': defineChannel(z.strictObject({ year: reportYear }), TussenevaluatieView),
  'tussenevaluatie:file': defineChannel(
    z.strictObject({
      year: reportYear,
      format: z.enum(TUSSENEVALUATIE_FORMATS, { error: `Kies een formaat: ${TUSSENEVALUATIE_FORMATS.join(', ')}.` }),
      pseudonymised: z.boolean(),
    }),
    z.object({ fileName: z.string(), mimeType: z.string(), base64: z.base64() }),
  ),
} as const;
