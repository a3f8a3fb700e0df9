/**
 * Issue #14 item 5 through IPC: the afwegingskader as a catalogue (afwegingskader:save — add, reword,
 * retire, never delete), decide checking a besluit's walk against the ACTIVE criteria in the store
 * with a reason for every answer, and the conflict mark the inbox computes for a stored besluit.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_AFWEGINGSKADER } from '../../../shared/domain/afwegingskader';
import type { BesluitFile } from '../../../shared/interchange';
import { auditSince, expectRefusedUnchanged, lastAuditSeq, openWerkbank, type TestWerkbank } from './harness';

const CODE = 'BLO-2024-002';
const PROVIDER = 'Jeugdzorg Maasoever (fictief)';
const ARRANGEMENT = { id: 'arr-3', domain: 'jeugd', setting: 'intramuraal', provider: PROVIDER, weeklyCents: 520000, from: '2025-05-01', weeks: 26 } as const;
const NEW = { id: 'gezin-betrokken', text: 'Het gezin en de jongere zijn gehoord', active: true } as const;

async function inBehandeling(w: TestWerkbank): Promise<number> {
  await w.value('arrangements:save', { code: CODE, arrangement: ARRANGEMENT });
  const index = (await w.value('escalations:create', { code: CODE, target: 'jeugd_weekbedrag', arrangementId: 'arr-3', question: 'Boven het plafond?', consentChecked: true })).case.escalations.length - 1;
  await w.value('escalations:transition', { code: CODE, index, to: 'ingediend' });
  await w.value('escalations:transition', { code: CODE, index, to: 'in_behandeling' });
  return index;
}

const granted = (afweging: BesluitFile['afweging'], parties?: BesluitFile['parties']): BesluitFile => ({
  outcome: 'toegekend',
  decidedOn: '2025-05-20',
  approvedWeeklyCents: 500000,
  reviewOn: '2025-08-20',
  afweging,
  ...(parties ? { parties } : {}),
});

describe('afwegingskader:save keeps the criteria: add, reword, retire — never delete', () => {
  it('a new store starts with the default criteria from the sources, all active, in their order', async () => {
    const w = await openWerkbank();
    const c = await w.value('catalogue:get', {});
    expect(c.afwegingskader).toEqual(DEFAULT_AFWEGINGSKADER.map((d) => ({ ...d, active: true })));
  });

  it('adds a criterion at the end, rewords one and retires another in place, each audited with whether it is in use', async () => {
    const w = await openWerkbank();
    const seq = lastAuditSeq(w.db);
    expect(await w.value('afwegingskader:save', { criterion: NEW })).toEqual({ entry: NEW, created: true });
    const veiligheid = DEFAULT_AFWEGINGSKADER[1]!;
    await w.value('afwegingskader:save', { criterion: { ...veiligheid, text: 'De veiligheid van de jongere vraagt deze inzet', active: true } });
    const wlz = DEFAULT_AFWEGINGSKADER[2]!;
    await w.value('afwegingskader:save', { criterion: { ...wlz, active: false } });
    const list = (await w.value('catalogue:get', {})).afwegingskader;
    expect(list.map((c) => [c.id, c.active])).toEqual([
      ['arrangementenmodel-voldoet-niet', true],
      ['veiligheid', true],
      ['wlz-onderzocht', false],
      ['voldoende-is-goed-genoeg', true],
      ['afbouw-afgesproken', true],
      ['geen-onderaannemersopslag', true],
      ['gezin-betrokken', true],
    ]);
    expect(list[1]?.text).toBe('De veiligheid van de jongere vraagt deze inzet');
    expect(auditSince(w.db, seq)).toEqual([
      { action: 'afwegingCriterion.save', entity: 'afwegingCriterion', entityId: 'gezin-betrokken', detail: { created: true, changed: [], active: { from: null, to: true } } },
      { action: 'afwegingCriterion.save', entity: 'afwegingCriterion', entityId: 'veiligheid', detail: { created: false, changed: ['text'], active: { from: true, to: true } } },
      { action: 'afwegingCriterion.save', entity: 'afwegingCriterion', entityId: 'wlz-onderzocht', detail: { created: false, changed: ['active'], active: { from: true, to: false } } },
    ]);
  });

  it('refuses an empty text, a second criterion with the same wording, and an unknown field, naming the field; nothing changes', async () => {
    const w = await openWerkbank();
    await expectRefusedUnchanged(w, 'afwegingskader:save', { criterion: { ...NEW, text: '   ' } }, 'BAD_INPUT', /^criterion\.text:/);
    await expectRefusedUnchanged(w, 'afwegingskader:save', { criterion: { ...NEW, text: ' het arrangementenmodel voldoet niet (1-op-1 begeleiding zit er al in) ' } }, 'CONFLICT', /^criterion\.text: criterium 'arrangementenmodel-voldoet-niet' heeft deze tekst al/);
    await expectRefusedUnchanged(w, 'afwegingskader:save', { criterion: { ...NEW, weging: 2 } }, 'BAD_INPUT', /criterion/);
  });
});

describe('escalations:decide walks the ACTIVE criteria of the store, each answer with its reason', () => {
  it('accepts a criterion added in Beheer and refuses a retired one; nothing changes on the refusal', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const index = await inBehandeling(w);
    await w.value('afwegingskader:save', { criterion: NEW });
    await w.value('afwegingskader:save', { criterion: { ...DEFAULT_AFWEGINGSKADER[2]!, active: false } });
    await expectRefusedUnchanged(
      w,
      'escalations:decide',
      { code: CODE, index, besluit: granted([{ criterionId: 'wlz-onderzocht', answer: true, reason: 'Geen Wlz.' }]) },
      'BAD_INPUT',
      /^besluit\.afweging: criterium 'Onderzocht is of de jongere onder de Wlz hoort' is ingetrokken .*Laat het weg of zet het daar weer in gebruik\.$/,
    );
    const d = await w.value('escalations:decide', { code: CODE, index, besluit: granted([{ criterionId: 'gezin-betrokken', answer: true, reason: 'Gesprek op 12 mei.' }]) });
    expect(d.case.escalations[index]?.besluit?.afweging).toEqual([{ criterionId: 'gezin-betrokken', answer: true, reason: 'Gesprek op 12 mei.' }]);
  });

  it('a besluit stored with a criterion that is retired later keeps it, and the catalogue still has its text', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const index = await inBehandeling(w);
    const walk = [{ criterionId: 'wlz-onderzocht', answer: false, reason: 'Wlz-toets loopt nog.' }];
    await w.value('escalations:decide', { code: CODE, index, besluit: granted(walk) });
    await w.value('afwegingskader:save', { criterion: { ...DEFAULT_AFWEGINGSKADER[2]!, active: false } });
    expect((await w.value('cases:get', { code: CODE })).case.escalations[index]?.besluit?.afweging).toEqual(walk);
    const retired = (await w.value('catalogue:get', {})).afwegingskader.find((c) => c.id === 'wlz-onderzocht');
    expect(retired).toMatchObject({ text: 'Onderzocht is of de jongere onder de Wlz hoort', active: false });
  });

  it('refuses an answered criterion without a reason (also only spaces), naming the field and the criterion; nothing changes', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const index = await inBehandeling(w);
    for (const reason of [undefined, '  ']) {
      const answer = { criterionId: 'veiligheid', answer: true, ...(reason === undefined ? {} : { reason }) };
      await expectRefusedUnchanged(
        w,
        'escalations:decide',
        { code: CODE, index, besluit: granted([{ criterionId: 'arrangementenmodel-voldoet-niet', answer: true, reason: '2-op-1.' }, answer]) },
        'BAD_INPUT',
        /^besluit\.afweging\[1\]\.reason: Criterium 'veiligheid' is met ja of nee beantwoord zonder reden\. Schrijf op waarom\.$/,
      );
    }
  });

  it('a dataset file may still carry an answer without a reason (made before the rule): the interchange reads it', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const stored = (await w.value('cases:get', { code: CODE })).case.escalations[0]?.besluit?.afweging;
    expect(stored).toEqual([
      { criterionId: 'arrangementenmodel-voldoet-niet', answer: true, reason: '1-op-1 in het model is niet genoeg voor de veiligheid.' },
      { criterionId: 'wlz-onderzocht', answer: false },
    ]);
  });
});

describe('escalations:inbox marks a stored besluit whose zorgaanbieder at the table is the requesting provider', () => {
  it('computes the conflict from the stored parties and the arrangement’s provider (case and spaces ignored), and none without it', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const index = await inBehandeling(w);
    const row = async () => (await w.value('escalations:inbox', { target: 'jeugd_weekbedrag', includeClosed: true })).items.find((r) => r.code === CODE && r.index === index);
    expect(await row()).toMatchObject({ provider: PROVIDER, providerConflict: false });
    await w.value('escalations:decide', {
      code: CODE,
      index,
      besluit: granted(undefined, [{ party: 'gemeente', organisation: 'Gemeente Rotterdam' }, { party: 'zorgaanbieder', organisation: 'jeugdzorg  maasoever (fictief)' }]),
    });
    expect(await row()).toMatchObject({ provider: PROVIDER, providerConflict: true });
    const prio = (await w.value('escalations:inbox', { target: 'prio', includeClosed: true })).items;
    expect(prio.map((r) => [r.provider, r.providerConflict])).toEqual(prio.map(() => [null, false]));
  });
});
