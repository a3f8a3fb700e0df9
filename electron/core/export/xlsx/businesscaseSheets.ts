/**
 * §3.3 the businesscase as sheets, one per view the screen shows, from the very same Businesscase
 * object the JSON export writes (buildExport.ts) — so every amount here is that file's cents / 100.
 */
import { BESLUIT_OUTCOMES, ESCALATION_TARGETS, PAYERS, SPOREN } from '../../../../shared/domain/enums';
import type { Businesscase, MaatschappelijkRendement, RendementTotals } from '../../../../shared/calc';
import { suppressCount } from '../smallCells';
import { BUSINESSCASE_LABELS } from '../../../../shared/format/businesscaseLabels';
import { CALCULATION_STATUS_LABELS, OUTCOME_LABELS, PAYER_LABELS, SPOOR_LABELS, TARGET_LABELS } from '../../../../shared/format/domainLabels';
import { count, decimal, euro, heading, ratio, text } from './cells';
import type { XlsxSheet } from './sheet';
import type { Row } from 'write-excel-file/node';
import type { BusinesscaseExtras } from '../businesscaseCsv';
import { kalenderjaarSheet, measure19Sheet } from './kalenderjaarSheets';

const OUTCOMES = [...BESLUIT_OUTCOMES, 'open'] as const;
const FIGURE = BUSINESSCASE_LABELS.figure;
/** An escalation's uitkomst as the screen's counts table names it ("Nog geen besluit" for open). */
const outcomeLabel = (o: (typeof OUTCOMES)[number]) => (o === 'open' ? BUSINESSCASE_LABELS.counts.open : OUTCOME_LABELS[o]);

/** The §3.2 amounts in the order of the screen's table, named as the screen names them (shared/format/businesscaseLabels.ts). */
const TOTALS_FIGURES = ['referenceCents', 'actualCents', 'vermedenKosten', 'vermedenGecorrigeerd', 'vermedenZeker', 'investering', 'nettoRendement'] as const satisfies readonly (keyof RendementTotals)[];

// Issue #14 item 4: "waarvan al begrensd door beleid" last, so the columns before it keep their place.
const figureCells = (t: RendementTotals) => [...TOTALS_FIGURES.map((k) => euro(t[k])), ratio(t.rendementPerEuro), euro(t.begrensdDoorBeleid)];
const figureHeadings = [...TOTALS_FIGURES.map((k) => heading(FIGURE[k])), heading(FIGURE.rendementPerEuro), heading(FIGURE.begrensdDoorBeleid)];

function kerncijfers(bc: Businesscase): XlsxSheet {
  const rows: Row[] = [
    [heading('Cijfer'), heading('Alle casussen'), heading('Alleen vastgesteld')],
    ...TOTALS_FIGURES.map((k) => [text(FIGURE[k]), euro(bc[k]), euro(bc.vastgesteld[k])]),
    [text(FIGURE.rendementPerEuro), ratio(bc.rendementPerEuro), ratio(bc.vastgesteld.rendementPerEuro)],
    [text(FIGURE.begrensdDoorBeleid), euro(bc.begrensdDoorBeleid), euro(bc.vastgesteld.begrensdDoorBeleid)],
    [text('Niet toegerekend aan een spoor'), euro(bc.nietToegerekend), euro(bc.vastgesteld.nietToegerekend)],
  ];
  // The booked effect of measure 19 stands next to the realised figures, never in them (§3.3).
  if (bc.bookedEffect !== null) rows.push([text(`Geboekt effect maatregel 19 (${bc.year})`), euro(bc.bookedEffect), null]);
  return { sheet: 'Kerncijfers', columns: [44, 20, 20], data: rows };
}

function aantallen(bc: Businesscase, pseudonymised: boolean): XlsxSheet {
  const n = (v: number) => count(suppressCount(v, pseudonymised));
  const line = (label: string, all: number, fixed: number) => [text(label), n(all), n(fixed)];
  const c = bc.counts;
  const v = bc.vastgesteld.counts;
  return {
    sheet: 'Aantallen',
    columns: [44, 16, 18],
    data: [
      [heading('Aantal'), heading('Alle casussen'), heading('Alleen vastgesteld')],
      line('Casussen', c.cases, v.cases),
      line('Signalen', c.signalen, v.signalen),
      line('Interventies', c.interventions, v.interventions),
      line('Doorbraken', c.doorbraken, v.doorbraken),
      line('Verwijzingen voorliggend veld', c.voorliggendVeld, v.voorliggendVeld),
      ...ESCALATION_TARGETS.map((k) => line(`Escalaties naar ${TARGET_LABELS[k]}`, c.escalationsByTarget[k], v.escalationsByTarget[k])),
      ...OUTCOMES.map((k) => line(`Escalaties met uitkomst: ${outcomeLabel(k)}`, c.escalationsByOutcome[k], v.escalationsByOutcome[k])),
      // A median is not a count: it is never suppressed (smallCells.ts).
      [text('Mediaan dagen aanmelding tot plan'), decimal(c.medianDaysToPlan), decimal(v.medianDaysToPlan)],
    ],
  };
}

function gemeenteTotaal(bc: Businesscase): XlsxSheet {
  return {
    sheet: 'Gemeente en totaal',
    columns: [30, 20, 20],
    data: [
      [heading('Wie'), heading('Vermeden kosten'), heading('Investering')],
      [text('Gemeente'), euro(bc.gemeente.vermedenKosten), euro(bc.gemeente.investering)],
      [text('Totaal (alle financiers)'), euro(bc.totaal.vermedenKosten), euro(bc.totaal.investering)],
    ],
  };
}

function perSpoor(bc: Businesscase): XlsxSheet {
  return {
    sheet: 'Per spoor',
    columns: [34, 30],
    data: [
      [heading('Spoor'), heading('Vermeden kosten gecorrigeerd')],
      ...SPOREN.map((s) => [text(SPOOR_LABELS[s]), euro(bc.perSpoor[s])]),
      [text('Niet toegerekend'), euro(bc.nietToegerekend)],
    ],
  };
}

function perFinancier(bc: Businesscase): XlsxSheet {
  return {
    sheet: 'Per financier',
    columns: [30, 20, 20],
    data: [
      [heading('Financier'), heading('Vermeden kosten'), heading('Investering')],
      ...PAYERS.map((p) => [text(PAYER_LABELS[p]), euro(bc.perPayer[p].vermedenKosten), euro(bc.perPayer[p].investering)]),
    ],
  };
}

function perWijk(bc: Businesscase): XlsxSheet {
  return {
    sheet: 'Per wijk',
    columns: [20, ...figureHeadings.map(() => 18)],
    data: [[heading('Wijk'), ...figureHeadings], ...Object.entries(bc.perWijk).map(([wijk, t]) => [text(wijk), ...figureCells(t)])],
  };
}

function perCasus(bc: Businesscase): XlsxSheet {
  return {
    sheet: 'Per casus',
    columns: [16, 14, 14, ...figureHeadings.map(() => 18)],
    data: [
      [heading('Casuscode'), heading('Wijk'), heading('Berekening'), ...figureHeadings],
      ...bc.cases.map((c) => [text(c.code), text(c.wijk), text(CALCULATION_STATUS_LABELS[c.calculationStatus]), ...figureCells(c)]),
      [text('Totaal'), null, null, ...figureCells(bc)],
    ],
  };
}

function maatschappelijk(m: MaatschappelijkRendement): XlsxSheet {
  return {
    sheet: 'Maatschappelijk',
    columns: [34, 22, 16, 12, 20, 40],
    data: [
      [heading('Interventietype'), heading('Spoor'), heading('Kosten'), heading('Multiplier'), heading('Indicatief rendement'), heading('Bron')],
      ...m.rows.map((r) => [
        text(r.name),
        text(SPOOR_LABELS[r.spoor]),
        euro(r.costCents),
        { type: Number, value: r.multiplier },
        euro(r.indicativeReturnCents),
        r.source === null ? null : text(r.source),
      ]),
      [text('Totaal (indicatief, niet opgeteld bij de besparing)'), null, null, null, euro(m.totalIndicativeReturnCents), null],
    ],
  };
}

export function businesscaseSheets(bc: Businesscase, m: MaatschappelijkRendement, pseudonymised: boolean, extras?: BusinesscaseExtras): XlsxSheet[] {
  const kalenderjaar = extras?.view === 'kalenderjaar' && extras.kalenderjaar !== null ? [kalenderjaarSheet(extras.kalenderjaar, bc.period.label)] : [];
  return [
    ...kalenderjaar,
    kerncijfers(bc),
    measure19Sheet(extras?.measure19 ?? null, bc),
    aantallen(bc, pseudonymised),
    gemeenteTotaal(bc),
    perSpoor(bc),
    perFinancier(bc),
    perWijk(bc),
    perCasus(bc),
    maatschappelijk(m),
  ];
}
