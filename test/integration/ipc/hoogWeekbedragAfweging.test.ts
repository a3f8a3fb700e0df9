/** Issue #14 item 5 through IPC: the hoog-weekbedragtafel's besluit with its parties and the afwegingskader. */
import { describe, expect, it } from 'vitest';
import { hasProviderConflict } from '../../../shared/domain/afwegingskader';
import type { BesluitFile } from '../../../shared/interchange';
import { expectRefusedUnchanged, openWerkbank, type TestWerkbank } from './harness';

const CODE = 'BLO-2024-002';
const PROVIDER = 'Jeugdzorg Maasoever (fictief)';
const ARRANGEMENT = { id: 'arr-3', domain: 'jeugd', setting: 'intramuraal', provider: PROVIDER, weeklyCents: 520000, from: '2025-05-01', weeks: 26 } as const;

async function inBehandeling(): Promise<{ w: TestWerkbank; index: number }> {
  const w = await openWerkbank({ voorbeeld: true });
  await w.value('arrangements:save', { code: CODE, arrangement: ARRANGEMENT });
  const index = (await w.value('escalations:create', { code: CODE, target: 'jeugd_weekbedrag', arrangementId: 'arr-3', question: 'Toestemming boven het plafond?', consentChecked: true })).case.escalations.length - 1;
  await w.value('escalations:transition', { code: CODE, index, to: 'ingediend' });
  await w.value('escalations:transition', { code: CODE, index, to: 'in_behandeling' });
  return { w, index };
}

const besluit: BesluitFile = {
  outcome: 'toegekend',
  decidedOn: '2025-05-20',
  approvedWeeklyCents: 500000,
  reviewOn: '2025-08-20',
  parties: [
    { party: 'gemeente', organisation: 'Gemeente Rotterdam' },
    { party: 'zorgaanbieder', organisation: ' jeugdzorg  maasoever (fictief)' },
    { party: 'gecertificeerde_instelling', organisation: 'JBRR' },
  ],
  afweging: [
    { criterionId: 'arrangementenmodel-voldoet-niet', answer: true, reason: '2-op-1 zit niet in het model.' },
    { criterionId: 'wlz-onderzocht', answer: false, reason: 'Wlz-toets loopt nog.' },
  ],
};

describe('escalations:decide records the three parties and the afwegingskader of the hoog-weekbedragtafel', () => {
  it('stores and reads back the parties and the ja/nee with reasons; the requesting provider at the table is a conflict', async () => {
    const { w, index } = await inBehandeling();
    const d = await w.value('escalations:decide', { code: CODE, index, besluit });
    const b = d.case.escalations[index]?.besluit;
    // The organisation is stored as typed, trimmed (shortText); the conflict check also ignores case and double spaces.
    expect(b?.parties?.map((p) => p.organisation)).toEqual(['Gemeente Rotterdam', 'jeugdzorg  maasoever (fictief)', 'JBRR']);
    expect(b?.afweging).toEqual(besluit.afweging);
    const provider = d.case.arrangements.find((a) => a.id === 'arr-3')?.provider ?? '';
    expect(hasProviderConflict(b?.parties, provider)).toBe(true);
    expect(hasProviderConflict([{ party: 'zorgaanbieder', organisation: 'Andere aanbieder' }, { party: 'gemeente', organisation: PROVIDER }], provider)).toBe(false);
  });

  it('refuses an unknown criterion, one criterion twice, an unknown party, and parties on a besluit of another target, naming the field; nothing changes', async () => {
    const { w, index } = await inBehandeling();
    const call = (b: unknown) => ({ code: CODE, index, besluit: b });
    await expectRefusedUnchanged(w, 'escalations:decide', call({ ...besluit, afweging: [{ criterionId: 'mooi-weer', answer: true, reason: 'Het is mooi weer.' }] }), 'BAD_INPUT', /^besluit\.afweging: criterium 'mooi-weer' staat niet in het afwegingskader/);
    await expectRefusedUnchanged(w, 'escalations:decide', call({ ...besluit, afweging: [besluit.afweging?.[0], besluit.afweging?.[0]] }), 'BAD_INPUT', /^besluit\.afweging\[1\]\.criterionId: .*twee keer/);
    await expectRefusedUnchanged(w, 'escalations:decide', call({ ...besluit, parties: [{ party: 'rechter' }] }), 'BAD_INPUT', /^besluit\.parties\[0\]\.party:/);
    const netwerk = (await w.value('cases:get', { code: 'BLO-2025-002' })).case.escalations.findIndex((e) => e.target === 'netwerk');
    await w.value('escalations:transition', { code: 'BLO-2025-002', index: netwerk, to: 'in_behandeling' });
    await expectRefusedUnchanged(
      w,
      'escalations:decide',
      { code: 'BLO-2025-002', index: netwerk, besluit: { outcome: 'afgewezen', decidedOn: '2025-05-20', parties: [{ party: 'gemeente' }] } },
      'BAD_INPUT',
      /^besluit\.parties: partijen en het afwegingskader horen bij een besluit van de hoog-weekbedragtafel/,
    );
  });
});
