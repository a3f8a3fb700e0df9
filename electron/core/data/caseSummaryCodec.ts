/**
 * How a case summary (caseSummaries.ts) is stored: one JSON array by position, not an object with
 * keys. The businesscase parses thousands per read; with keys the text was three times as long and
 * parsing it was most of the read (issue #13). Payers without a figure are left out; the per-day
 * costs are the engine's own tuples. decodeSummary(encodeSummary(s)) equals s (caseSummaries.test.ts).
 */
import type { CaseSums, SummedCaseCalc } from '../../../shared/calc';
import { PAYERS, SPOREN, type Payer, type Spoor } from '../../../shared/domain/enums';

/**
 * The figures of a payer the case has none for: one frozen object shared by every case, as the
 * engine only reads a case's sums (a write to it would throw, in a test first).
 */
const NO_FIGURES: Readonly<CaseSums['perPayer'][Payer]> = Object.freeze({ vermedenKosten: 0, investering: 0 });

/** What a summary holds of a case. */
export type CaseSummary = Pick<SummedCaseCalc, 'planOn' | 'stuckOn' | 'sporen' | 'tafels' | 'discussedOn' | 'escalations' | 'arrangements' | 'sums'>;

type Encoded = [
  planOn: string | null,
  stuckOn: string | null,
  sporen: Spoor[],
  tafels: string[],
  discussedOn: string[],
  escalations: SummedCaseCalc['escalations'],
  arrangements: SummedCaseCalc['arrangements'],
  referenceCents: number,
  actualCents: number,
  referenceEvidenceACents: number,
  actualEvidenceACents: number,
  perPayer: [payer: Payer, vermedenKosten: number, investering: number][],
  costPerSpoor: number[],
  countedSporen: Spoor[],
  interventionSporen: Spoor[],
  counted: number,
  doorbraken: number,
  voorliggendVeld: number,
  cappableReference: CaseSums['cappableReference'],
  countedCostByStart: CaseSums['countedCostByStart'],
];

export function encodeSummary(s: CaseSummary): string {
  const { sums } = s;
  const encoded: Encoded = [
    s.planOn,
    s.stuckOn ?? null,
    s.sporen,
    s.tafels,
    s.discussedOn,
    s.escalations,
    s.arrangements,
    sums.referenceCents,
    sums.actualCents,
    sums.referenceEvidenceACents,
    sums.actualEvidenceACents,
    (Object.entries(sums.perPayer) as [Payer, CaseSums['perPayer'][Payer]][])
      .filter(([, f]) => f.vermedenKosten !== 0 || f.investering !== 0)
      .map(([payer, f]) => [payer, f.vermedenKosten, f.investering]),
    SPOREN.map((spoor) => sums.costPerSpoor[spoor]),
    sums.countedSporen,
    sums.interventionSporen,
    sums.counted,
    sums.doorbraken,
    sums.voorliggendVeld,
    sums.cappableReference,
    sums.countedCostByStart,
  ];
  return JSON.stringify(encoded);
}

export function decodeSummary(text: string): CaseSummary {
  const [planOn, stuckOn, sporen, tafels, discussedOn, escalations, arrangements, referenceCents, actualCents, referenceEvidenceACents, actualEvidenceACents, payers, spoorCosts, countedSporen, interventionSporen, counted, doorbraken, voorliggendVeld, cappableReference, byStart] =
    JSON.parse(text) as Encoded;
  const perPayer = {} as CaseSums['perPayer'];
  for (const payer of PAYERS) perPayer[payer] = NO_FIGURES;
  for (const [payer, vermedenKosten, investering] of payers) perPayer[payer] = { vermedenKosten, investering };
  const costPerSpoor = { samenredzaamheid: 0, wonen: 0, werk_dagbesteding: 0, financiele_zekerheid: 0 };
  SPOREN.forEach((spoor, i) => (costPerSpoor[spoor] = spoorCosts[i] ?? 0));
  return {
    planOn,
    stuckOn,
    sporen,
    tafels,
    discussedOn,
    escalations,
    arrangements,
    sums: {
      referenceCents,
      actualCents,
      referenceEvidenceACents,
      actualEvidenceACents,
      perPayer,
      costPerSpoor,
      countedSporen,
      interventionSporen,
      counted,
      doorbraken,
      voorliggendVeld,
      cappableReference,
      countedCostByStart: byStart,
    },
  };
}
