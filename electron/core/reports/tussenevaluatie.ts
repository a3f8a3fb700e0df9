/**
 * Issue #14 item 3: the (tussen)evaluatie view — every wijk of the catalogue side by side. The
 * figures come from the same reports as the screens (businesscase for the cohort rendement,
 * indicators for §3.6), so a figure here is the figure there for the same wijk and year.
 */
import { computeKalenderjaar } from '../../../shared/calc/kalenderjaar';
import { yearPeriod } from '../../../shared/calc/period';
import { LESSON_KINDS, SPOREN, type Spoor } from '../../../shared/domain/enums';
import type { BaselineFile, SocialeKaartEntryFile } from '../../../shared/interchange';
import type { Measurement, TussenevaluatieView, WijkTussenevaluatie } from '../../../shared/ipc/channels/tussenevaluatie';
import { listBaselines } from '../data/baselines';
import { readWijken } from '../data/catalogues';
import { readKnelpunten } from '../data/knelpunten';
import { listLessons } from '../data/lessons';
import { listSocialeKaart } from '../data/socialeKaart';
import type { Db } from '../store/openDatabase';
import { businesscaseReport } from './businesscase';
import { readReportedCases } from './reportedCases';
import { indicatorsReport } from './indicators';

/** How many knelpunt rules a wijk's column names (the rest is in the knelpunten register). */
const TOP_RULES = 3;

function countPerSpoor(entries: readonly Pick<SocialeKaartEntryFile, 'spoor'>[]): { perSpoor: Record<Spoor, number>; total: number } {
  const perSpoor = Object.fromEntries(SPOREN.map((s) => [s, entries.filter((e) => e.spoor === s).length])) as Record<Spoor, number>;
  return { perSpoor, total: entries.length };
}

function measurement(b: BaselineFile): Measurement {
  return { id: b.id, measuredOn: b.measuredOn, households: b.households, ...countPerSpoor(b.socialeKaart) };
}

type Totals = WijkTussenevaluatie['rendement']['cohort'];
const totals = (t: Totals): Totals => ({
  vermedenGecorrigeerd: t.vermedenGecorrigeerd,
  investering: t.investering,
  nettoRendement: t.nettoRendement,
  rendementPerEuro: t.rendementPerEuro,
});

/** §3.8 the wijk's savings that fall in the calendar year, whatever year their case started (ingetrokken never counts). */
function kalenderjaarOf(db: Db, wijk: string, year: number): Totals {
  const cases = readReportedCases(db, { wijk }).filter((c) => c.status !== 'ingetrokken');
  return computeKalenderjaar(cases, yearPeriod(year));
}

function wijkView(db: Db, wijk: string, year: number, asOf: string): WijkTussenevaluatie {
  const baselines = listBaselines(db, { wijk });
  const first = baselines[0];
  const last = baselines.length > 1 ? baselines[baselines.length - 1] : undefined;
  const { businesscase: bc } = businesscaseReport(db, { year, wijk });
  const ind = indicatorsReport(db, { year, wijk, today: asOf }).totaal;
  const knelpunten = readKnelpunten(db).filter((k) => k.wijk === wijk);
  const perRule = new Map<string, number>();
  for (const k of knelpunten) perRule.set(k.rule, (perRule.get(k.rule) ?? 0) + 1);
  const lessons = listLessons(db, { wijk });
  return {
    wijk,
    nulmeting: first === undefined ? null : measurement(first),
    latest: last === undefined ? null : measurement(last),
    socialeKaartNow: countPerSpoor(listSocialeKaart(db, { wijk })),
    cases: { cases: bc.counts.cases, signalen: bc.counts.signalen, doorbraken: bc.counts.doorbraken, voorliggendVeld: bc.counts.voorliggendVeld },
    rendement: { cohort: totals(bc), kalenderjaar: totals(kalenderjaarOf(db, wijk, year)) },
    indicators: {
      aanmeldingen: ind.aanmeldingen,
      casesDiscussed: ind.casesDiscussed,
      escalations: Object.values(ind.escalations.byTarget).reduce((a, b) => a + b, 0),
      overdue: ind.escalations.overdue,
      medianDaysToPlan: ind.medianDaysToPlan,
    },
    knelpunten: {
      open: knelpunten.filter((k) => k.status === 'open').length,
      doorgezet: knelpunten.filter((k) => k.status === 'doorgezet').length,
      opgelost: knelpunten.filter((k) => k.status === 'opgelost').length,
      topRules: [...perRule.entries()]
        .map(([rule, count]) => ({ rule, count }))
        .sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule, 'nl'))
        .slice(0, TOP_RULES),
    },
    lessons: {
      perKind: Object.fromEntries(LESSON_KINDS.map((k) => [k, lessons.filter((l) => l.kind === k).length])) as WijkTussenevaluatie['lessons']['perKind'],
      items: lessons,
    },
  };
}

/** Every wijk of the catalogue, in its order; `asOf` is the day "now" and "overdue" are judged on. */
export function tussenevaluatieReport(db: Db, f: { year: number; asOf: string }): TussenevaluatieView {
  return { year: f.year, asOf: f.asOf, wijken: readWijken(db).map((w) => wijkView(db, w.name, f.year, f.asOf)) };
}
