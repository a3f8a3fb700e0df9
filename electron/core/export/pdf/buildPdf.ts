/**
 * The PDF report of the businesscase, the indicators or the register (PRODUCT.md §6 `--format
 * pdf`), from the same report functions as the screens and the JSON export, so every figure is
 * the screen's to the cent. The businesscase report holds the whole screen (headline, breakdowns
 * with their charts, counts, per casus, maatschappelijk apart, register, monitoring); indicators
 * and register hold their own part. Audited like every export, with what was exported only.
 */
import type { Content } from 'pdfmake/interfaces';
import { localIsoDate } from '../../../../shared/format/date';
import { listPriceListVersions } from '../../data/priceList';
import { businesscaseReport, indicatorsReport, registerReport } from '../../reports';
import { appendAudit } from '../../store/audit';
import type { Db } from '../../store/openDatabase';
import { breakdownSection, casesSection, countsSection, headlineSection, maatschappelijkSection } from './businesscaseSections';
import { reportDocument, type ReportMeta } from './layout';
import { monitoringSection } from './monitoringSection';
import { registerSection } from './registerSection';
import { renderPdf } from './render';

export interface PdfRequest {
  what: 'businesscase' | 'indicators' | 'register';
  year: number;
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

/** Which price lists the figures rest on: every version in the store, the current one marked. */
function priceListLine(db: Db): string {
  const versions = listPriceListVersions(db);
  if (versions.length === 0) return 'geen kengetallen ingelezen';
  return versions.map((v) => (v.current ? `${v.version} (huidig)` : v.version)).join(', ');
}

function meta(db: Db, req: PdfRequest): ReportMeta {
  const period = req.what === 'register' ? 'alle jaren (arrangementen met elke startdatum)' : `kalenderjaar ${String(req.year)}`;
  return {
    title: `${TITLES[req.what]} ${req.what === 'register' ? '' : String(req.year)}`.trim(),
    lines: [
      ['Periode', period],
      ['Wijk', req.wijk ?? 'alle wijken'],
      ['Kengetallenversies', priceListLine(db)],
    ],
    generatedAt: req.now,
    privacyNote: req.pseudonymised
      ? 'Gepseudonimiseerd: alleen casuscodes, aantallen onder 5 als <5 en gemiddelden over minder dan 5 metingen weggelaten.'
      : undefined,
  };
}

function content(db: Db, req: PdfRequest): Content[] {
  const today = localIsoDate(req.now);
  const indicators = () => monitoringSection(indicatorsReport(db, { year: req.year, wijk: req.wijk, today }), req.pseudonymised);
  const register = () => registerSection(registerReport(db, { wijk: req.wijk, asOf: today }).register, today);
  switch (req.what) {
    case 'businesscase': {
      // The same engine call, with the same filters, as the businesscase screen (businesscase:get).
      const { businesscase: bc, maatschappelijk } = businesscaseReport(db, { year: req.year, wijk: req.wijk });
      return [
        ...headlineSection(bc),
        ...breakdownSection(bc),
        ...countsSection(bc, req.pseudonymised),
        ...casesSection(bc),
        ...maatschappelijkSection(maatschappelijk, bc.year),
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
  const bytes = await renderPdf(reportDocument(meta(db, req), content(db, req)));
  appendAudit(
    db,
    {
      actor: req.actor,
      action: 'export',
      entity: req.what,
      detail: { format: 'pdf', year: req.year, wijk: req.wijk ?? null, pseudonymised: req.pseudonymised },
    },
    req.now,
  );
  return bytes;
}
