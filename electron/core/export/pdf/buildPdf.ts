/**
 * The PDF report of the businesscase, the indicators or the register (PRODUCT.md §6 `--format
 * pdf`), from the same report functions as the screens and the JSON export, so every figure is
 * the screen's to the cent. The businesscase report holds the whole screen (headline, breakdowns
 * with their charts, counts, per casus, maatschappelijk apart, register, monitoring); indicators
 * and register hold their own part. Audited like every export, with what was exported only.
 */
import type { Content } from 'pdfmake/interfaces';
import type { Businesscase } from '../../../../shared/calc';
import { yearPeriod, type Period } from '../../../../shared/calc/period';
import type { BusinesscaseView } from '../../../../shared/domain/enums';
import type { BusinesscaseResult } from '../../reports/businesscase';
import { localIsoDate } from '../../../../shared/format/date';
import { listPriceListVersionsUsedBy } from '../../data';
import { businesscaseReport, indicatorsReport, registerReport } from '../../reports';
import { appendAudit } from '../../store/audit';
import type { Db } from '../../store/openDatabase';
import { exportContext } from '../exportContext';
import { INDICATION_LABEL, NO_INDICATION_DECISION } from '../../../../shared/format/indicationNotice';
import { breakdownSection, casesSection, countsSection, headlineSection, maatschappelijkSection } from './businesscaseSections';
import { kalenderjaarSection, measure19Section } from './kalenderjaarSection';
import { reportDocument, type ReportMeta } from './layout';
import { monitoringSection } from './monitoringSection';
import { registerSection } from './registerSection';
import { renderPdf } from './render';

export interface PdfRequest {
  what: 'businesscase' | 'indicators' | 'register';
  year: number;
  /** §3.3 the period; the calendar year `year` when absent. */
  period?: Period | undefined;
  /** §3.8 the businesscase's view; cohort when absent. */
  view?: BusinesscaseView | undefined;
  wijk?: string | undefined;
  pseudonymised: boolean;
  now: Date;
  actor: string;
}

const TITLES: Record<PdfRequest['what'], string> = {
  businesscase: 'Businesscase',
  indicators: 'Monitoring (indicatoren)',
  register: 'Weekbedragregister',
};

/**
 * The title block: the export's context (exportContext.ts, the very lines of the XLSX sheet
 * Toelichting and the CSV's closing block). The title names the subject, so it is not repeated.
 * The kengetallen versions are those the businesscase's cases rest on; the other reports hold no
 * priced figure.
 */
function meta(db: Db, req: PdfRequest, bc: Businesscase | null): ReportMeta {
  const ctx = exportContext(db, { ...req, format: 'pdf' }, bc === null ? null : listPriceListVersionsUsedBy(db, bc.cases.map((c) => c.code)));
  return {
    title: `${TITLES[req.what]} ${req.what === 'register' ? '' : (req.period ?? yearPeriod(req.year)).label}`.trim(),
    lines: [...ctx.filters, ctx.priceListVersions, ctx.pseudonymised, ...ctx.provenanceLines, [INDICATION_LABEL, NO_INDICATION_DECISION]],
    generatedAt: ctx.madeAt,
  };
}

type Report = BusinesscaseResult;

function content(db: Db, req: PdfRequest, report: Report | null): Content[] {
  const today = localIsoDate(req.now);
  const indicators = () => monitoringSection(indicatorsReport(db, { period: req.period ?? yearPeriod(req.year), wijk: req.wijk, today }), req.pseudonymised);
  const register = () => {
    const { register: reg, measure4 } = registerReport(db, { wijk: req.wijk, asOf: today });
    return registerSection({ ...reg, measure4 }, today);
  };
  switch (req.what) {
    case 'businesscase': {
      if (report === null) throw new Error('a businesscase report needs its figures');
      const { businesscase: bc, maatschappelijk, kalenderjaar, measure19 } = report;
      return [
        ...(req.view === 'kalenderjaar' && kalenderjaar !== null ? kalenderjaarSection(kalenderjaar, bc.period) : []),
        ...headlineSection(bc),
        ...measure19Section(measure19, bc),
        ...breakdownSection(bc),
        ...countsSection(bc, req.pseudonymised),
        ...casesSection(bc),
        ...maatschappelijkSection(maatschappelijk, bc.period.label),
        ...register(),
        ...indicators(),
      ];
    }
    case 'indicators':
      return indicators();
    case 'register':
      return register();
    default: {
      const never: never = req.what;
      throw new Error(`unknown report ${String(never)}`);
    }
  }
}

export async function buildPdf(db: Db, req: PdfRequest): Promise<Buffer> {
  // The same engine call, with the same filters, as the businesscase screen (businesscase:get).
  const report = req.what === 'businesscase' ? businesscaseReport(db, { period: req.period ?? yearPeriod(req.year), view: req.view, wijk: req.wijk }) : null;
  const bytes = await renderPdf(reportDocument(meta(db, req, report?.businesscase ?? null), content(db, req, report)));
  appendAudit(
    db,
    {
      actor: req.actor,
      action: 'export',
      entity: req.what,
      detail: { format: 'pdf', year: req.year, period: (req.period ?? yearPeriod(req.year)).label, view: req.view ?? 'cohort', wijk: req.wijk ?? null, pseudonymised: req.pseudonymised },
    },
    req.now,
  );
  return bytes;
}
