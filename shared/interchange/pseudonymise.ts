/**
 * §5 pseudonymised exports for evaluators: the case code is the only key. No alias, no birth year
 * (an age band instead), no people at a tafel or a meeting, and no free text that may describe a
 * resident. Free text is decided per field by a whitelist (KEPT_FREE_TEXT): every free-text field
 * of the interchange schema that is not on it is left out, so a field added later is left out too
 * until someone decides an evaluator needs it. What remains is what the §3 figures and §3.6
 * indicators need.
 */
import type { CaseFile } from './caseFile';
import { DatasetSchema, type DatasetFile } from './dataset';
import { mapFreeText, type FieldPath } from './freeText';
import type { MeetingFile, TafelFile } from './meetings';

/**
 * The free-text fields an evaluator keeps, each with why it cannot name a resident: catalogue and
 * organisation data that is the same for every case, and the wijk, payer-side organisations and
 * providers the §3.3 breakdowns and the §3.5 register are grouped by.
 */
export const KEPT_FREE_TEXT: ReadonlyMap<FieldPath, string> = new Map([
  ['priceList.items[].name', 'kengetal: catalogue, not about a resident'],
  ['priceList.items[].source', 'kengetal source: a publication'],
  ['priceListHistory[].items[].name', 'kengetal: catalogue'],
  ['priceListHistory[].items[].source', 'kengetal source: a publication'],
  ['interventionTypes[].name', 'catalogue'],
  ['interventionTypes[].multiplierSource', 'a publication (§3.7)'],
  ['rules[].source', 'a policy document'],
  ['escalationTargets[].name', 'catalogue'],
  ['escalationTargets[].description', 'catalogue'],
  ['escalationTargets[].partner', 'the organisation a dossier goes to (catalogue)'],
  ['wijken[].name', 'the wijk the breakdowns are per'],
  ['partners[].name', 'an organisation'],
  ['partners[].kind', 'an organisation type'],
  ['tafelTypes[].name', 'catalogue'],
  ['tafelTypes[].description', 'catalogue'],
  ['afwegingskader[].text', 'a criterion of the hoog-weekbedragtafel (catalogue)'],
  ['afwegingskader[].source', 'a policy document'],
  ['tafels[].name', 'the tafel the filters are per'],
  ['tafels[].wijk', 'the wijk'],
  ['tafels[].cadence', 'how often a tafel meets'],
  ['socialeKaart[].wijk', 'the wijk'],
  ['socialeKaart[].name', 'an initiative of the sociale kaart'],
  ['socialeKaart[].organisation', 'an organisation'],
  ['knelpunten[].wijk', 'the wijk'],
  ['knelpunten[].rule', 'the rule §3.6 counts knelpunten by (the description goes)'],
  ['baselines[].wijk', 'the wijk'],
  ['baselines[].socialeKaart[].name', 'an initiative of the sociale kaart, as on the day of the baseline'],
  ['baselines[].socialeKaart[].organisation', 'an organisation'],
  ['lessons[].wijk', 'the wijk (what worked, the author and the notes go: they may describe a resident)'],
  ['cases[].wijk', 'the wijk the businesscase is per'],
  ['cases[].interventions[].partner', 'the organisation responsible'],
  ['cases[].arrangements[].provider', 'a care provider (the §3.5 register)'],
  ['cases[].casusregisseur.organisation', 'an organisation (the person goes)'],
  ['cases[].aanmelder.organisation', 'an organisation (the person goes)'],
  ['cases[].consent.scope[].partner', 'an organisation consent covers'],
]);

/** What a required free-text field holds when its text is withheld. */
const WITHHELD = '(weggelaten in gepseudonimiseerde export)';

/**
 * Optional in the schema's shape, but a line without a kengetal needs its label (a refinement), so
 * the text is withheld rather than the field left out: the amounts stay importable.
 */
const WITHHELD_NOT_DROPPED: ReadonlySet<FieldPath> = new Set(['cases[].reference[].label', 'cases[].actual[].label']);

/** Ten-year bands ('30-39') counted at the case's reference year; 80+ as one band (small cells). */
export function ageBand(birthYear: number, atYear: number): string {
  const age = Math.max(0, atYear - birthYear);
  if (age >= 80) return '80+';
  const low = Math.floor(age / 10) * 10;
  return `${String(low)}-${String(low + 9)}`;
}

export function pseudonymiseDataset(file: DatasetFile): DatasetFile {
  const people: DatasetFile = {
    ...file,
    cases: file.cases.map(pseudonymiseCase),
    tafels: file.tafels?.map(pseudonymiseTafel),
    meetings: file.meetings?.map(pseudonymiseMeeting),
  };
  return mapFreeText(DatasetSchema, people, ({ path, value, optional }) => {
    if (value === undefined || KEPT_FREE_TEXT.has(path)) return { keep: true };
    return optional && !WITHHELD_NOT_DROPPED.has(path) ? { drop: true } : { text: WITHHELD };
  });
}

/** The birth year becomes an age band; the free text of the case goes by the whitelist. */
function pseudonymiseCase(c: CaseFile): CaseFile {
  const { birthYear, ageBand: givenBand, ...rest } = c;
  const atYear = Number((c.referenceDate ?? c.registeredOn).slice(0, 4));
  const band = birthYear !== undefined ? ageBand(birthYear, atYear) : givenBand;
  return band === undefined ? rest : { ...rest, ageBand: band };
}

/** Tafel members are people: the pseudonymised export keeps the tafel, not who sits at it. */
function pseudonymiseTafel(t: TafelFile): TafelFile {
  return { ...t, members: [] };
}

/**
 * Keeps which case was discussed where and when (§3.6), drops who attended and what was decided
 * and agreed (the chair, place and notes go by the whitelist).
 */
function pseudonymiseMeeting(m: MeetingFile): MeetingFile {
  return { ...m, attendance: [], agenda: m.agenda.map((item) => ({ ...item, decisions: [], actions: [] })) };
}
