/** The verslag as PDF: the same structured document the screen shows, laid out for print. */
import type { Content } from 'pdfmake/interfaces';
import { formatDate } from '../../../../shared/format/date';
import type { Verslag, VerslagAction } from '../../../../shared/ipc/channels/meetings';
import { readVerslagData } from '../../data/meetingVerslag';
import { appendAudit } from '../../store/audit';
import type { Db } from '../../store/openDatabase';
import { ACTION_STATUS_LABELS as STATUS } from '../pdf/labels';
import { heading, paragraph, reportDocument, subheading, table } from '../pdf/layout';
import { renderPdf } from '../pdf/render';
import { buildVerslag } from './buildVerslag';

const NOT_KNOWN = '—';
/** An owner who is neither an attendee nor a member: no organisation to show, and the name is left out. */
const OWNER_WITHHELD = 'naam weggelaten';

/** The title both the screen and the PDF put above a verslag. */
function verslagTitle(v: Verslag): string {
  return `Verslag ${v.tafelName}, ${formatDate(v.date)}${v.version === 'geanonimiseerd' ? ' (geanonimiseerd)' : ''}`;
}

function actionRow(a: VerslagAction, anon: boolean): string[] {
  return [a.id, ...(anon ? [] : [a.text ?? NOT_KNOWN]), a.owner ?? (anon ? OWNER_WITHHELD : NOT_KNOWN), formatDate(a.due), STATUS[a.status]];
}

function actionHeader(anon: boolean): string[] {
  return ['Actie', ...(anon ? [] : ['Wat']), anon ? 'Organisatie eigenaar' : 'Eigenaar', 'Uiterlijk', 'Status'];
}

const ACTION_WIDTHS = (anon: boolean) => (anon ? [60, '*', 70, 60] : [40, '*', 90, 56, 50]);

function verslagContent(v: Verslag): Content[] {
  const anon = v.version === 'geanonimiseerd';
  const present = v.attendance.filter((a) => a.present);
  const absent = v.attendance.filter((a) => !a.present);
  const who = (a: Verslag['attendance'][number]) => (a.name === null ? a.organisation : `${a.name} (${a.organisation})`);
  const content: Content[] = [
    ...v.withheld.map((w) => paragraph(w, 'note')),
    heading('Aanwezigheid'),
    paragraph(`Aanwezig (${String(present.length)}): ${present.length === 0 ? 'niemand geregistreerd' : present.map(who).join('; ')}.`),
    paragraph(`Afwezig (${String(absent.length)}): ${absent.length === 0 ? 'niemand' : absent.map(who).join('; ')}.`),
    heading('Agenda'),
  ];
  if (v.items.length === 0) content.push(paragraph('Er stonden geen casussen op de agenda.', 'note'));
  for (const item of v.items) {
    content.push(subheading(`${String(item.order)}. ${item.caseCode}${item.alias ? ` — ${item.alias}` : ''} (${String(item.minutes)} minuten)`));
    if (item.notes) content.push(paragraph(`Aantekeningen: ${item.notes}`));
    content.push(
      item.decisions.length === 0
        ? paragraph('Besluiten: geen.', 'note')
        : {
            stack: [
              { text: 'Besluiten', bold: true, margin: [0, 0, 0, 2] },
              { ol: item.decisions.map((d) => d.text ?? `Besluit ${String(d.number)} (tekst in het volledige verslag)`), margin: [0, 0, 0, 6] },
            ],
          },
    );
    content.push(
      table({
        caption: `Acties bij ${item.caseCode}`,
        header: actionHeader(anon),
        rows: item.actions.map((a) => actionRow(a, anon)),
        widths: ACTION_WIDTHS(anon),
        empty: 'Geen acties afgesproken.',
      }),
    );
  }
  content.push(heading('Doorlopende acties uit eerdere bijeenkomsten'));
  content.push(
    table({
      caption: 'Open acties van deze tafel, afgesproken vóór deze bijeenkomst',
      header: ['Casus', 'Afgesproken op', ...actionHeader(anon)],
      rows: v.carriedOver.map((a) => [a.caseCode, formatDate(a.meetingDate), ...actionRow(a, anon)]),
      widths: [62, 62, ...ACTION_WIDTHS(anon)],
      empty: 'Geen open acties uit eerdere bijeenkomsten.',
    }),
  );
  return content;
}

function verslagMetaLines(v: Verslag): [string, string][] {
  return [
    ['Tafel', v.tafelName],
    ['Datum', formatDate(v.date)],
    ...(v.place === null ? [] : [['Plaats', v.place] as [string, string]]),
    ...(v.chair === null ? [] : [['Voorzitter', v.chair] as [string, string]]),
    ['Versie', v.version === 'volledig' ? 'volledig (voor het dossier)' : 'geanonimiseerd (voor partners)'],
  ];
}

export interface VerslagRequest {
  meetingId: string;
  pseudonymised: boolean;
  now: Date;
  actor: string;
}

/** The structured verslag of a meeting (what the screen shows and the JSON export writes). */
export function verslagOf(db: Db, meetingId: string, pseudonymised: boolean): Verslag {
  return buildVerslag(readVerslagData(db, meetingId), { pseudonymised });
}

/**
 * The verslag as PDF. No "made on" moment in it: the verslag is reproducible from the data (§2.2),
 * so the same meeting gives the same text however often it is printed. The export is audited.
 */
export async function buildVerslagPdf(db: Db, req: VerslagRequest): Promise<Buffer> {
  const v = verslagOf(db, req.meetingId, req.pseudonymised);
  const bytes = await renderPdf(reportDocument({ title: verslagTitle(v), lines: verslagMetaLines(v) }, verslagContent(v)));
  auditVerslag(db, req, 'pdf');
  return bytes;
}

/** The structured verslag as a JSON file (`--format json`), audited like the PDF. */
export function buildVerslagJson(db: Db, req: VerslagRequest): string {
  const json = `${JSON.stringify(verslagOf(db, req.meetingId, req.pseudonymised), null, 2)}\n`;
  auditVerslag(db, req, 'json');
  return json;
}

/** The audit entry names the meeting, the format and the version, never the verslag's text. */
function auditVerslag(db: Db, req: VerslagRequest, format: 'pdf' | 'json'): void {
  appendAudit(
    db,
    { actor: req.actor, action: 'export', entity: 'verslag', entityId: req.meetingId, detail: { format, pseudonymised: req.pseudonymised } },
    req.now,
  );
}
