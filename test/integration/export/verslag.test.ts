import { writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { importDataset } from '../../../electron/core/data';
import { createMeeting } from '../../../electron/core/data/meetingWrite';
import { buildVerslagPdf, verslagOf } from '../../../electron/core/export/verslag/verslagPdf';
import { DatasetSchema } from '../../../shared/interchange/dataset';
import { mapFreeText, type FieldPath } from '../../../shared/interchange/freeText';
import { KEPT_FREE_TEXT } from '../../../shared/interchange/pseudonymise';
import { cleanupStores, FIXED_NOW, freshStore, voorbeeld } from '../data/helpers';
import { pdfPages } from './pdfText';

afterEach(cleanupStores);

const MEETING = 'bijeenkomst-blo-2024-03-05';

async function voorbeeldStore() {
  const db = await freshStore();
  importDataset(db, voorbeeld(), { actor: 'test' });
  return db;
}

/**
 * The free text of the example dataset a partner must not read in the anonymised verslag: every
 * free-text field of the interchange schema, except the evaluator whitelist (§5, catalogue and
 * organisation data), the organisations at the table, which the verslag keeps on purpose, and a
 * member's role ("voorzitter"), a word the verslag's own labels use.
 */
const ORGANISATIONS: ReadonlySet<FieldPath> = new Set([
  'meetings[].attendance[].organisation',
  'tafels[].members[].organisation',
  'tafels[].members[].role',
]);

function forbiddenTexts(): { path: FieldPath; value: string }[] {
  const found: { path: FieldPath; value: string }[] = [];
  mapFreeText(DatasetSchema, voorbeeld(), ({ path, value }) => {
    if (value !== undefined && !KEPT_FREE_TEXT.has(path) && !ORGANISATIONS.has(path)) found.push({ path, value });
    return { keep: true };
  });
  return found;
}

const aliases = () => voorbeeld().cases.flatMap((c) => (c.alias ? [c.alias] : []));
/** An alias ("A.") as a word on its own, the way a name would be written. */
const aliasPattern = (alias: string) => new RegExp(`(^|[^\\p{L}])${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u');
const norm = (s: string) => s.replace(/\s+/g, ' ');

describe('verslag of a bijeenkomst (PRODUCT.md §2.2)', () => {
  it('the full version holds attendance, per agenda item its besluiten and acties with owner and due date', async () => {
    const db = await voorbeeldStore();
    const v = verslagOf(db, MEETING, false);
    expect(v.version).toBe('volledig');
    expect(v.attendance.map((a) => a.name)).toEqual(['H. Koster', 'M. de Vries', 'A. Smit']);
    expect(v.items.map((i) => [i.caseCode, i.alias])).toEqual([
      ['BLO-2024-001', 'A.'],
      ['BLO-2024-002', 'K.'],
    ]);
    expect(v.items[0]?.decisions).toEqual([{ number: 1, text: 'Escaleren naar PRIO voor urgentie en maatwerkbudget.' }]);
    expect(v.items[1]?.actions[1]).toEqual({ id: 'act-3', text: 'Mantelzorger uitnodigen', owner: 'S. Yilmaz', due: '2024-04-15', status: 'open' });
    const bytes = await buildVerslagPdf(db, { meetingId: MEETING, pseudonymised: false, now: FIXED_NOW, actor: 'test' });
    if (process.env.WERKBANK_PDF_OUT) writeFileSync(`${process.env.WERKBANK_PDF_OUT}-verslag-volledig.pdf`, bytes);
    const text = norm((await pdfPages(bytes)).join('\n'));
    for (const s of ['Aanwezigheid', 'H. Koster (Gemeente Rotterdam)', 'Escaleren naar PRIO', 'Mantelzorger uitnodigen', 'S. Yilmaz', '15-04-2024', 'BLO-2024-001 — A.', 'Pagina 1 van']) {
      expect(text).toContain(s);
    }
  });

  it('the anonymised version holds no alias and no free text of the dataset, in its document and its PDF', async () => {
    const db = await voorbeeldStore();
    const v = verslagOf(db, MEETING, true);
    const bytes = await buildVerslagPdf(db, { meetingId: MEETING, pseudonymised: true, now: FIXED_NOW, actor: 'test' });
    if (process.env.WERKBANK_PDF_OUT) writeFileSync(`${process.env.WERKBANK_PDF_OUT}-verslag-anoniem.pdf`, bytes);
    const pdfText = norm((await pdfPages(bytes)).join('\n'));
    const docText = JSON.stringify(v);
    for (const alias of aliases()) {
      expect(docText, alias).not.toMatch(aliasPattern(alias));
      expect(pdfText, alias).not.toMatch(aliasPattern(alias));
    }
    const forbidden = forbiddenTexts();
    expect(forbidden.length).toBeGreaterThan(20);
    const leaks = forbidden.filter(({ value }) => docText.includes(value) || pdfText.includes(norm(value)));
    expect(leaks).toEqual([]);
    // What stays: the case codes, the organisations, the shape of the meeting.
    expect(pdfText).toContain('BLO-2024-002');
    expect(pdfText).toContain('Wijkteam Bloemhof');
    expect(v.items[1]?.actions.map((a) => [a.id, a.owner, a.due])).toEqual([
      ['act-2', null, '2024-03-20'],
      ['act-3', null, '2024-04-15'],
    ]);
    expect(v.items[0]?.actions[0]?.owner).toBe('Wijkteam Bloemhof');
    expect(v.items[0]?.decisions).toEqual([{ number: 1, text: null }]);
  });

  it('is the same text every time it is made from the same data', async () => {
    const db = await voorbeeldStore();
    for (const pseudonymised of [false, true]) {
      expect(verslagOf(db, MEETING, pseudonymised)).toEqual(verslagOf(db, MEETING, pseudonymised));
      const once = await pdfPages(await buildVerslagPdf(db, { meetingId: MEETING, pseudonymised, now: FIXED_NOW, actor: 'test' }));
      const later = await pdfPages(await buildVerslagPdf(db, { meetingId: MEETING, pseudonymised, now: new Date('2026-01-02T09:30:00Z'), actor: 'test' }));
      expect(later).toEqual(once);
    }
  });

  it('carries over the open actions of earlier meetings of the same tafel', async () => {
    const db = await voorbeeldStore();
    const next = createMeeting(db, { tafelId: 'tafel-blo', date: '2024-03-19' });
    const v = verslagOf(db, next, false);
    expect(v.items).toEqual([]);
    expect(v.carriedOver.map((a) => [a.id, a.caseCode, a.meetingDate, a.owner, a.due])).toEqual([['act-3', 'BLO-2024-002', '2024-03-05', 'S. Yilmaz', '2024-04-15']]);
    // The first meeting of the tafel has nothing to carry over; another tafel's actions never do.
    expect(verslagOf(db, MEETING, false).carriedOver).toEqual([]);
    expect(verslagOf(db, 'bijeenkomst-jeugd-2024-03-28', false).carriedOver).toEqual([]);
  });
});
