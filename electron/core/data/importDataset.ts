/**
 * §4 import of a whole dataset: validate the complete file first, then write it in ONE transaction
 * with one audit entry — an invalid or conflicting file changes nothing.
 *
 * Merge rule (also in README.md of this folder, and in the Dutch CONFLICT messages):
 * - cases, meetings (and their actions), knelpunten, baselines and lessons are records people made
 *   and are never overwritten:
 *   a code or id that already exists refuses the whole import (CONFLICT, nothing written);
 * - catalogue lists the file provides (interventionTypes, rules, escalationTargets, wijken,
 *   partners, tafelTypes) replace the store's list; lists the file omits stay as they are;
 * - tafels, the sociale kaart and the afwegingskader are updated by id and added to, never removed
 *   (rows point at them: a besluit names its criteria);
 * - price lists follow writePriceLists: a frozen version must match exactly; unfrozen, unused
 *   versions the file does not mention (such as the seeded defaults) make way for the file's.
 */
import type { PriceListItem } from '../../../shared/calc/types';
import { withRetention } from '../../../shared/domain/retention';
import { localIsoDate } from '../../../shared/format/date';
import { parseDataset, type DatasetFile } from '../../../shared/interchange';
import { UserError } from '../../../shared/ipc/result';
import { appendAudit } from '../store/audit';
import type { Db } from '../store/openDatabase';
import {
  replaceEscalationTargets,
  replaceInterventionTypes,
  replacePartners,
  replaceRules,
  replaceTafelTypes,
  replaceWijken,
} from './catalogues';
import { upsertAfwegingCriterion } from './catalogueWrite';
import { recordImportedCodes } from './caseCode';
import { writeCase, type PriceLookup } from './caseWrite';
import { insertBaselines } from './baselines';
import { insertKnelpunten } from './knelpunten';
import { insertLessons } from './lessons';
import { insertMeetings } from './meetings';
import { freezeUsedPriceLists, writePriceLists } from './priceList';
import { readRetentionYears } from './retention';
import { upsertSocialeKaart } from './socialeKaart';
import { upsertTafels } from './tafels';
import { writeDerivedCaseData } from './derivedCaseData';

/** What was imported: counts only, never personal data (they go into the audit log). */
export interface ImportCounts {
  cases: number;
  signalen: number;
  costLines: number;
  interventions: number;
  arrangements: number;
  escalations: number;
  priceListVersions: number;
  priceListItems: number;
  tafels: number;
  meetings: number;
  agendaItems: number;
  actions: number;
  socialeKaart: number;
  knelpunten: number;
  baselines: number;
  lessons: number;
}

export function importDataset(db: Db, raw: unknown, options: { actor: string; now?: Date }): ImportCounts {
  const parsed = parseDataset(raw);
  if (!parsed.ok) {
    throw new UserError('BAD_INPUT', `Het bestand is niet ingelezen; er is niets gewijzigd. ${parsed.message}`);
  }
  const file = parsed.data;
  const now = options.now ?? new Date();
  const counts = countDataset(file);
  db.transaction(() => {
    refuseExistingCases(db, file);
    writePriceLists(db, file.priceList, file.priceListHistory ?? [], now);
    if (file.interventionTypes) replaceInterventionTypes(db, file.interventionTypes);
    if (file.rules) replaceRules(db, file.rules);
    if (file.escalationTargets) replaceEscalationTargets(db, file.escalationTargets);
    if (file.wijken) replaceWijken(db, file.wijken);
    if (file.partners) replacePartners(db, file.partners);
    if (file.tafelTypes) replaceTafelTypes(db, file.tafelTypes);
    if (file.socialeKaart) upsertSocialeKaart(db, file.socialeKaart);
    for (const criterion of file.afwegingskader ?? []) upsertAfwegingCriterion(db, criterion);
    const prices = priceLookup(file);
    // §5 a case imported closed without a retention date gets one (shared/domain/retention.ts).
    const years = readRetentionYears(db);
    const today = localIsoDate(now);
    for (const c of file.cases) writeCase(db, withRetention(c, years, today), prices);
    freezeUsedPriceLists(db);
    if (file.tafels) upsertTafels(db, file.tafels);
    if (file.meetings) insertMeetings(db, file.meetings);
    if (file.knelpunten) insertKnelpunten(db, file.knelpunten);
    if (file.baselines) insertBaselines(db, file.baselines);
    if (file.lessons) insertLessons(db, file.lessons);
    recordImportedCodes(db, file.cases.map((c) => c.code));
    writeDerivedCaseData(db);
    appendAudit(db, { actor: options.actor, action: 'dataset.import', entity: 'dataset', detail: { ...counts } }, now);
  })();
  return counts;
}

function refuseExistingCases(db: Db, file: DatasetFile): void {
  const clash = db
    .prepare('SELECT code FROM cases WHERE code IN (SELECT value FROM json_each(?)) ORDER BY code')
    .all(JSON.stringify(file.cases.map((c) => c.code))) as { code: string }[];
  if (clash.length === 0) return;
  const codes = clash.map((r) => r.code);
  const shown = codes.length > 5 ? `${codes.slice(0, 5).join(', ')} en ${String(codes.length - 5)} andere` : codes.join(', ');
  throw new UserError(
    'CONFLICT',
    `${codes.length === 1 ? 'Casus' : 'Casussen'} ${shown} ${codes.length === 1 ? 'bestaat' : 'bestaan'} al in deze werkbank. Er is niets geïmporteerd; haal ${codes.length === 1 ? 'deze casus' : 'deze casussen'} uit het bestand of importeer in een lege werkbank.`,
  );
}

function priceLookup(file: DatasetFile): PriceLookup {
  const versions = new Map<string, ReadonlyMap<string, PriceListItem>>();
  for (const v of [...(file.priceListHistory ?? []), file.priceList]) versions.set(v.version, new Map(v.items.map((it) => [it.id, it])));
  return { currentVersion: file.priceList.version, versions };
}

function countDataset(file: DatasetFile): ImportCounts {
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const agenda = (file.meetings ?? []).flatMap((m) => m.agenda);
  const versions = [file.priceList, ...(file.priceListHistory ?? [])];
  return {
    cases: file.cases.length,
    signalen: file.cases.filter((c) => c.isSignaal === true).length,
    costLines: sum(file.cases.map((c) => c.reference.length + c.actual.length)),
    interventions: sum(file.cases.map((c) => c.interventions.length)),
    arrangements: sum(file.cases.map((c) => c.arrangements.length)),
    escalations: sum(file.cases.map((c) => c.escalations.length)),
    priceListVersions: versions.length,
    priceListItems: sum(versions.map((v) => v.items.length)),
    tafels: file.tafels?.length ?? 0,
    meetings: file.meetings?.length ?? 0,
    agendaItems: agenda.length,
    actions: sum(agenda.map((a) => a.actions.length)),
    socialeKaart: file.socialeKaart?.length ?? 0,
    knelpunten: file.knelpunten?.length ?? 0,
    baselines: file.baselines?.length ?? 0,
    lessons: file.lessons?.length ?? 0,
  };
}
