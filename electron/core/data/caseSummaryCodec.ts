/**
 * How a case summary (caseSummaries.ts) is stored: one JSON array by position, not an object with
 * keys. The businesscase parses thousands per read; with keys the text was three times as long and
 * parsing it was most of the read (issue #13). Payers without a figure are left out; the per-day
 * costs are the engine's own tuples. decodeSummary(encodeSummary(s)) equals s (caseSummaries.test.ts).
 */
import type { CaseSums, SummedCaseCalc } from '../../../shared/calc';
import { SPOREN, type Spoor } from '../../../shared/domain/enums';
import { decodePerPayer, encodePerPayer, type EncodedPerPayer } from './perPayerCodec';

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
  perPayer: EncodedPerPayer,
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
    encodePerPayer(sums.perPayer),
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
  // By index, not by destructuring: a destructuring walks an iterator, and this runs for every case
  // of every businesscase (issue #13).
  const e = JSON.parse(text) as Encoded;
  const perPayer = decodePerPayer(e[11]);
  const spoorCosts = e[12];
  return {
    planOn: e[0],
    stuckOn: e[1],
    sporen: e[2],
    tafels: e[3],
    discussedOn: e[4],
    escalations: e[5],
    arrangements: e[6],
    sums: {
      referenceCents: e[7],
      actualCents: e[8],
      referenceEvidenceACents: e[9],
      actualEvidenceACents: e[10],
      perPayer,
      // SPOREN order, as encodeSummary wrote them.
      costPerSpoor: { samenredzaamheid: spoorCosts[0] ?? 0, wonen: spoorCosts[1] ?? 0, werk_dagbesteding: spoorCosts[2] ?? 0, financiele_zekerheid: spoorCosts[3] ?? 0 },
      countedSporen: e[13],
      interventionSporen: e[14],
      counted: e[15],
      doorbraken: e[16],
      voorliggendVeld: e[17],
      cappableReference: e[18],
      countedCostByStart: e[19],
    },
  };
}
