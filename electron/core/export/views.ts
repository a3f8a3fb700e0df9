/**
 * The data behind each exported view, computed exactly as its screen computes it (the report
 * functions of electron/core/reports), so an export's figures are the screen's to the cent.
 */
import { localIsoDate } from '../../../shared/format/date';
import type { Businesscase, Indicators, Kalenderjaar, MaatschappelijkRendement, Measure19Comparison, Measure4Year, WeekbedragRegister } from '../../../shared/calc';
import { listPriceListVersionsUsedBy } from '../data';
import { businesscaseReport, indicatorsReport, registerReport } from '../reports';
import type { BusinesscaseFilters } from '../reports/businesscase';
import type { Db } from '../store/openDatabase';
import { requestPeriod, type ExportRequest } from './buildExport';

export function businesscaseFilters(req: ExportRequest): BusinesscaseFilters {
  return { period: requestPeriod(req), view: req.view, wijk: req.wijk, spoor: req.spoor, tafel: req.tafel, onlyVastgesteld: req.onlyVastgesteld };
}

export interface BusinesscaseView {
  businesscase: Businesscase;
  maatschappelijk: MaatschappelijkRendement;
  /** §3.8 the kalenderjaar figures (in the kalenderjaar view; null in the cohort view) and the comparison with measure 19 (in either). */
  kalenderjaar: Kalenderjaar | null;
  measure19: Measure19Comparison | null;
  /** The kengetallen versions the selected cases' figures rest on (data/priceList.ts). */
  priceListVersions: string[];
}

/** The same call, with the same options, as the businesscase screen (businesscase:get). */
export function businesscaseView(db: Db, req: ExportRequest): BusinesscaseView {
  const { businesscase, maatschappelijk, kalenderjaar, measure19 } = businesscaseReport(db, businesscaseFilters(req));
  return { businesscase, maatschappelijk, kalenderjaar, measure19, priceListVersions: listPriceListVersionsUsedBy(db, businesscase.cases.map((c) => c.code)) };
}

export function indicatorsView(db: Db, req: ExportRequest): Indicators {
  return indicatorsReport(db, { period: requestPeriod(req), wijk: req.wijk, today: localIsoDate(req.now) });
}

/** The register and (issue #14 item 5) its meerkosten beside measure 4's booked effect. */
export type RegisterView = WeekbedragRegister & { measure4: Measure4Year[] };

/** The whole register (every year) unless the screen narrowed it to arrangements starting in its period. */
export function registerView(db: Db, req: ExportRequest): RegisterView {
  const { register, measure4 } = registerReport(db, { wijk: req.wijk, period: req.registerOnlyYear ? requestPeriod(req) : undefined, asOf: localIsoDate(req.now) });
  return { ...register, measure4 };
}
