/** Issue #14 item 5: the besluit form turns the parties and the afwegingskader rows into the contract's besluit. */
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import '../../../renderer/src/i18n';
import { besluitFormSchema, type BesluitFormValues } from '../../../renderer/src/features/escalations/besluitSchema';

beforeAll(async () => {
  await i18next.changeLanguage('nl');
});

const base: BesluitFormValues = {
  outcome: 'toegekend',
  instruments: [],
  maatwerkbudgetCents: '',
  payer: '',
  approvedWeeklyCents: '5.000',
  reviewOn: '01-06-2027',
  validUntil: '',
  motivation: '',
  decidedBy: '',
  decidedOn: '02-06-2025',
  parties: [
    { party: 'gemeente', present: true, organisation: ' Gemeente Rotterdam ' },
    { party: 'zorgaanbieder', present: false, organisation: '' },
    { party: 'gecertificeerde_instelling', present: true, organisation: '' },
  ],
  afweging: [
    { criterionId: 'veiligheid', answer: 'ja', reason: ' Zelfbeschadiging. ' },
    { criterionId: 'wlz-onderzocht', answer: '', reason: '' },
    { criterionId: 'afbouw-afgesproken', answer: 'nee', reason: 'Nog niet.' },
  ],
};

const issues = (values: BesluitFormValues) => {
  const r = besluitFormSchema.safeParse(values);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('the besluit form: parties ticked and criteria answered become the besluit; the rest is left out', () => {
  it('sends only ticked parties (organisation trimmed, none when blank) and only answered criteria, ja as true', () => {
    const r = besluitFormSchema.parse(base);
    expect(r.parties).toEqual([{ party: 'gemeente', organisation: 'Gemeente Rotterdam' }, { party: 'gecertificeerde_instelling' }]);
    expect(r.afweging).toEqual([
      { criterionId: 'veiligheid', answer: true, reason: 'Zelfbeschadiging.' },
      { criterionId: 'afbouw-afgesproken', answer: false, reason: 'Nog niet.' },
    ]);
  });

  it('sends no parties and no afweging when nothing is ticked or answered', () => {
    const r = besluitFormSchema.parse({
      ...base,
      parties: base.parties.map((p) => ({ ...p, present: false, organisation: '' })),
      afweging: base.afweging.map((a) => ({ ...a, answer: '' as const, reason: '' })),
    });
    expect([r.parties, r.afweging]).toEqual([undefined, undefined]);
  });

  it('an answer without a reason, and a reason without an answer, are refused on that row’s field', () => {
    const afweging = [
      { criterionId: 'veiligheid', answer: 'ja' as const, reason: '  ' },
      { criterionId: 'wlz-onderzocht', answer: '' as const, reason: 'Besproken?' },
    ];
    expect(issues({ ...base, afweging })).toEqual([
      'afweging.0.reason: Schrijf de reden op: waarom ja, of waarom nee.',
      'afweging.1.answer: Kies ja of nee bij dit criterium, of maak de reden leeg.',
    ]);
  });

  it('an organisation for a party that is not ticked is refused on the organisation', () => {
    const parties = base.parties.map((p) => (p.party === 'zorgaanbieder' ? { ...p, organisation: 'Jeugdzorg BV' } : p));
    expect(issues({ ...base, parties })).toEqual(['parties.1.organisation: Vink deze partij aan als zij aan tafel zat, of maak de organisatie leeg.']);
  });
});
