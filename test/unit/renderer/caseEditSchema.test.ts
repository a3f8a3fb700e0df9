/** The case edit form sends cases:update only what changed: absent stays, an emptied field is null. */
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import '../../../renderer/src/i18n';
import { caseEditSchema, changedFields, editContext, editValues, type EditValues } from '../../../renderer/src/features/caseDetail/caseEditSchema';
import type { CaseFile } from '../../../shared/interchange';

beforeAll(async () => {
  await i18next.changeLanguage('nl');
});

const CASE: CaseFile = {
  code: 'BLO-2025-001',
  wijk: 'Bloemhof',
  alias: 'R.',
  birthYear: 1994,
  registeredOn: '2025-01-14',
  referenceDate: '2025-01-21',
  horizonWeeks: 52,
  attributionPct: 75.5,
  sporen: ['werk_dagbesteding', 'financiele_zekerheid'],
  status: 'in_behandeling',
  calculationStatus: 'concept',
  reference: [],
  actual: [],
  interventions: [],
  arrangements: [],
  escalations: [],
  aanmelder: { name: 'P. Jansen', organisation: 'Werkgeversservicepunt' },
  notes: 'Eerste gesprek.',
};

const SIGNAAL: CaseFile = { ...CASE, code: 'SCH-2025-003', isSignaal: true, alias: undefined, birthYear: undefined, status: 'aangemeld', referenceDate: null, sporen: [] };

/** What the form sends for the stored case `c` after `edit` changed the typed values. */
function sent(c: CaseFile, edit: (v: EditValues) => EditValues, locked = false) {
  const schema = caseEditSchema(editContext(c, locked));
  const typed = schema.safeParse(edit(editValues(c)));
  if (!typed.success) return { refused: typed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  return { changes: changedFields(schema, c, typed.data) };
}

describe('the case edit form sends only the fields that changed', () => {
  it('sends nothing when nothing was changed, whitespace or the order of ticked sporen included', () => {
    expect(sent(CASE, (v) => v)).toEqual({ changes: {} });
    expect(sent(CASE, (v) => ({ ...v, notes: ' Eerste gesprek. ', sporen: ['financiele_zekerheid', 'werk_dagbesteding'] }))).toEqual({ changes: {} });
  });

  it('sends an emptied field as null (clear) and a typed one as the contract value', () => {
    expect(sent(CASE, (v) => ({ ...v, notes: '', followUpOn: '1-7-2025', attributionPct: '60,5', householdSize: '3' }))).toEqual({
      changes: { notes: null, followUpOn: '2025-07-01', attributionPct: 60.5, householdSize: 3 },
    });
    expect(sent(CASE, (v) => ({ ...v, aanmelder: { name: '', organisation: '' } }))).toEqual({ changes: { aanmelder: null } });
  });

  it('leaves the calculation parameters out once the calculation is fixed (the server refuses them then)', () => {
    expect(sent(CASE, (v) => ({ ...v, horizonWeeks: '26', notes: 'Nazorg.' }), true)).toEqual({ changes: { notes: 'Nazorg.' } });
  });
});

describe('the case edit form refuses what the server refuses, naming the field', () => {
  it('refuses a birth year before 1900 or after the aanmelding, a household of 0, both a birth year and a leeftijdsgroep, and no spoor', () => {
    expect(sent(CASE, (v) => ({ ...v, birthYear: '1800', householdSize: '0' }))).toEqual({
      refused: ['birthYear: Geboortejaar moet na 1900 liggen.', 'householdSize: Vul een geheel getal van 1 tot en met 30 in, of laat het veld leeg.'],
    });
    expect(sent(CASE, (v) => ({ ...v, birthYear: '2026' }))).toEqual({ refused: ['birthYear: Geboortejaar ligt na de aanmelddatum; controleer het jaartal.'] });
    expect(sent(CASE, (v) => ({ ...v, ageBand: '30-39' }))).toEqual({ refused: ['ageBand: Geef een geboortejaar óf een leeftijdsgroep, niet allebei.'] });
    expect(sent(CASE, (v) => ({ ...v, sporen: [] }))).toEqual({ refused: ['sporen: Kies minstens één spoor voor een casus.'] });
    expect(sent(CASE, (v) => ({ ...v, referenceDate: '' }))).toEqual({
      refused: ['referenceDate: Een besproken casus heeft de datum van de eerste bespreking aan tafel nodig.'],
    });
  });
});

describe('§2.1 a signaal takes an alias and birth year only when it becomes a case', () => {
  it('sends no alias or birth year for a signaal that stays one, and allows it no spoor', () => {
    expect(sent(SIGNAAL, (v) => ({ ...v, alias: 'W.', notes: 'Gezien bij de inloop.' }))).toEqual({ changes: { notes: 'Gezien bij de inloop.' } });
  });

  it('sends isSignaal false with the alias and birth year when it is turned into a case, which then needs a spoor', () => {
    expect(sent(SIGNAAL, (v) => ({ ...v, convert: true, alias: 'W.', birthYear: '1990', sporen: ['wonen'] }))).toEqual({
      changes: { alias: 'W.', birthYear: 1990, sporen: ['wonen'], isSignaal: false },
    });
    expect(sent(SIGNAAL, (v) => ({ ...v, convert: true }))).toEqual({ refused: ['sporen: Kies minstens één spoor voor een casus.'] });
  });
});
