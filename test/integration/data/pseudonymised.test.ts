import { afterEach, describe, expect, it } from 'vitest';
import { ageBand, parseDataset, pseudonymiseDataset, type DatasetFile } from '../../../shared/interchange';
import { DatasetSchema } from '../../../shared/interchange/dataset';
import { freeTextPaths, mapFreeText, type FieldPath } from '../../../shared/interchange/freeText';
import { KEPT_FREE_TEXT } from '../../../shared/interchange/pseudonymise';
import { exportDataset, importDataset } from '../../../electron/core/data';
import { cleanupStores, freshStore, voorbeeld } from './helpers';

afterEach(cleanupStores);

/** A name that must never reach an evaluator; looked for case-insensitively. */
const CANARY = 'Kanarie Jansen-Overvecht';

function parsedVoorbeeld(): DatasetFile {
  const parsed = parseDataset(voorbeeld());
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.data;
}

/** The example dataset with the canary in every free-text field the schema has (`only` narrows that). */
function withCanary(file: DatasetFile, only: (path: FieldPath, value: string | undefined) => boolean = () => true): { file: DatasetFile; filled: Set<FieldPath> } {
  const filled = new Set<FieldPath>();
  const out = mapFreeText(DatasetSchema, file, ({ path, value }) => {
    // Present fields everywhere; absent optional ones too, so fields the example leaves empty count.
    if (!only(path, value) || (value === undefined && path.endsWith('.label'))) return { keep: true };
    filled.add(path);
    return { text: CANARY };
  });
  return { file: out, filled };
}

/** Every field path where the canary is still there. */
function canarySurvivors(file: DatasetFile): FieldPath[] {
  const survivors = new Set<FieldPath>();
  mapFreeText(DatasetSchema, file, ({ path, value }) => {
    if (value?.toLowerCase().includes(CANARY.toLowerCase())) survivors.add(path);
    return { keep: true };
  });
  return [...survivors].sort();
}

describe('§5 a pseudonymised export decides every free-text field by a whitelist', () => {
  it('the example dataset reaches every free-text field of the schema, so the canary test covers them all', () => {
    const { filled } = withCanary(parsedVoorbeeld());
    // A field added to the schema later is found here; if the example has no object to hold it, extend the example.
    expect([...filled].sort()).toEqual(freeTextPaths(DatasetSchema).filter((p) => !p.endsWith('.label') || filled.has(p)).sort());
    expect(filled.size).toBeGreaterThan(60);
  });

  it('with a canary name in every free-text field, only the whitelisted fields still hold it', () => {
    const { file } = withCanary(parsedVoorbeeld());
    expect(canarySurvivors(pseudonymiseDataset(file))).toEqual([...KEPT_FREE_TEXT.keys()].sort());
  });

  it('never keeps the dossier texts, doorbraak rules, legal bases, knelpunt descriptions, lessons, notes or people', () => {
    const never = [
      'cases[].alias', 'cases[].aanleiding', 'cases[].doel', 'cases[].notes',
      'cases[].casusregisseur.name', 'cases[].aanmelder.name',
      'cases[].statusHistory[].by', 'cases[].statusHistory[].why', 'cases[].calculation.fixedBy',
      'cases[].interventions[].doorbraakRule', 'cases[].interventions[].doorbraakLegalBasis',
      'cases[].interventions[].doorbraakAllowedBy', 'cases[].interventions[].note',
      'cases[].escalations[].question', 'cases[].escalations[].tried', 'cases[].escalations[].blockingRule',
      'cases[].escalations[].requestedDeviation', 'cases[].escalations[].legalBasis', 'cases[].escalations[].owner',
      'cases[].escalations[].besluit.motivation', 'cases[].escalations[].besluit.decidedBy',
      'cases[].escalations[].statusHistory[].by', 'cases[].escalations[].statusHistory[].why',
      'knelpunten[].description', 'socialeKaart[].contact', 'socialeKaart[].note',
      'meetings[].chair', 'meetings[].place', 'meetings[].agenda[].notes',
      // Issue #14 item 3: what a lesson says and who said it, and a baseline's notes, may describe a resident.
      'lessons[].text', 'lessons[].author', 'baselines[].notes',
    ];
    for (const path of never) {
      expect(freeTextPaths(DatasetSchema), path).toContain(path);
      expect(KEPT_FREE_TEXT.has(path), path).toBe(false);
    }
  });

  it('through the store: a dataset with the canary in every field that is not whitelisted exports without it', async () => {
    const db = await freshStore();
    // Present fields only: an absent one may be forbidden in its place (a signaal has no alias).
    const { file } = withCanary(parsedVoorbeeld(), (path, value) => value !== undefined && !KEPT_FREE_TEXT.has(path));
    const parsed = parseDataset(file);
    expect(parsed.ok ? 'ok' : parsed.message).toBe('ok');
    importDataset(db, file, { actor: 'test' });
    expect(JSON.stringify(exportDataset(db)).toLowerCase()).toContain(CANARY.toLowerCase()); // it was stored
    const text = JSON.stringify(exportDataset(db, { pseudonymised: true })).toLowerCase();
    expect(text).not.toContain(CANARY.toLowerCase());
    expect(text).not.toContain('kanarie');
  });
});

describe('§5 a pseudonymised export carries the case code only', () => {
  it('has no alias, no birth year, no names of people and no free text about residents', async () => {
    const db = await freshStore();
    importDataset(db, voorbeeld(), { actor: 'test' });
    const file = exportDataset(db, { pseudonymised: true });
    for (const c of file.cases) {
      expect(c.alias).toBeUndefined();
      expect(c.birthYear).toBeUndefined();
      expect(c.casusregisseur?.name).toBeUndefined();
      expect(c.aanmelder?.name).toBeUndefined();
      expect(c.notes).toBeUndefined();
      expect(c.aanleiding).toBeUndefined();
      expect(c.doel).toBeUndefined();
      for (const h of c.statusHistory ?? []) expect(h.by ?? h.why).toBeUndefined();
    }
    // Case-insensitive: the example writes "Bankslaper", and a name may stand at a sentence start.
    const text = JSON.stringify(file).toLowerCase();
    const full = JSON.stringify(exportDataset(db)).toLowerCase();
    for (const leak of ['"a."', 'de vries', 'yilmaz', 'el amrani', 'bakker', 'koster', 'mulder', 'dossier prio', 'bankslaper', 'testcasus']) {
      expect(full, `${leak} is in the full export, so this test can see it go`).toContain(leak);
      expect(text, leak).not.toContain(leak);
    }
    expect(parseDataset(file).ok).toBe(true);
  });

  it('replaces the birth year by a ten-year age band counted at the reference year', async () => {
    const db = await freshStore();
    importDataset(db, voorbeeld(), { actor: 'test' });
    const byCode = new Map(exportDataset(db, { pseudonymised: true }).cases.map((c) => [c.code, c]));
    expect(byCode.get('BLO-2024-001')?.ageBand).toBe('40-49'); // 1981, reference 2024: 43
    expect(byCode.get('BLO-2024-002')?.ageBand).toBe('10-19'); // 2010 → 14
    expect(byCode.get('SCH-2024-001')?.ageBand).toBe('70-79'); // 1949 → 75
    expect(byCode.get('SCH-2025-002')?.ageBand).toBe('20-29'); // already a band
    expect(byCode.get('SCH-2025-003')?.ageBand).toBeUndefined(); // signaal: nothing to band
    expect(ageBand(1930, 2024)).toBe('80+');
  });

  it('keeps what the figures need: codes, amounts, statuses and where a case was discussed', async () => {
    const db = await freshStore();
    importDataset(db, voorbeeld(), { actor: 'test' });
    const full = exportDataset(db);
    const pseudo = exportDataset(db, { pseudonymised: true });
    const amounts = (f: DatasetFile) => f.cases.map((c) => [c.code, c.status, [...c.reference, ...c.actual].map(({ label: _l, ...line }) => line)]);
    expect(amounts(pseudo)).toEqual(amounts(full));
    expect(pseudo.meetings?.map((m) => m.agenda.map((a) => a.caseCode))).toEqual(full.meetings?.map((m) => m.agenda.map((a) => a.caseCode)));
    expect(pseudo.meetings?.every((m) => m.attendance.length === 0 && m.chair === undefined)).toBe(true);
  });
});
