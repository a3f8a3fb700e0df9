/**
 * The sums §3.2–3.3 need of a case (CaseSums, types.ts), from its own lines and interventions — or
 * as the store already summed them (SummedCaseCalc). Every businesscase figure reads its case
 * through sumsOf, so both kinds of case give the very same figures.
 */
import { PAYERS, SPOREN, type Payer, type Spoor } from '../domain/enums';
import { emptySporenRecord } from './allocate';
import { mayBePolicyCapped } from './beleidBegrensd';
import { costLineAmount } from './costLine';
import { toDayNumber } from './dates';
import { interventionCost, isCounted } from './interventionCost';
import { addCents, subCents } from './money';
import type { BusinesscaseCase, CaseCalc, CaseSums, CountedCostOnDay } from './types';

export function emptyCaseSumsPerPayer(): CaseSums['perPayer'] {
  const perPayer = {} as CaseSums['perPayer'];
  for (const payer of PAYERS) perPayer[payer] = { vermedenKosten: 0, investering: 0 };
  return perPayer;
}

/** The sporen of `present`, in SPOREN order. */
export function sporenInOrder(present: ReadonlySet<Spoor>): Spoor[] {
  return SPOREN.filter((s) => present.has(s));
}

/** Payer, then start day (none first): the order the store's ORDER BY gives, so both sums are equal. */
function byPayerAndDay([payerA, dayA]: CountedCostOnDay, [payerB, dayB]: CountedCostOnDay): number {
  if (payerA !== payerB) return payerA < payerB ? -1 : 1;
  if (dayA === dayB) return 0;
  if (dayA === null) return -1;
  if (dayB === null) return 1;
  return dayA < dayB ? -1 : 1;
}

/** The sums of a whole case, from its lines' and interventions' own amounts (§3.1, §3.2). */
export function caseSums(c: Pick<CaseCalc, 'reference' | 'actual' | 'interventions'>): CaseSums {
  const perPayer = emptyCaseSumsPerPayer();
  const lines = (scenario: 'reference' | 'actual', sign: 1 | -1) => {
    let total = 0;
    let evidenceA = 0;
    for (const line of c[scenario]) {
      const amount = costLineAmount(line);
      total = addCents(total, amount);
      if (line.evidence === 'A') evidenceA = addCents(evidenceA, amount);
      const payer = perPayer[line.payer];
      payer.vermedenKosten = sign === 1 ? addCents(payer.vermedenKosten, amount) : subCents(payer.vermedenKosten, amount);
    }
    return { total, evidenceA };
  };
  const reference = lines('reference', 1);
  const actual = lines('actual', -1);

  const costPerSpoor = emptySporenRecord();
  const counted = new Set<Spoor>();
  const any = new Set<Spoor>();
  let n = 0;
  let doorbraken = 0;
  let voorliggendVeld = 0;
  const byStart = new Map<string, { payer: Payer; startedOn: string | null; cents: number }>();
  for (const i of c.interventions) {
    any.add(i.spoor);
    if (!isCounted(i)) continue;
    const cost = interventionCost(i);
    counted.add(i.spoor);
    costPerSpoor[i.spoor] = addCents(costPerSpoor[i.spoor], cost);
    const payer = perPayer[i.payer];
    payer.investering = addCents(payer.investering, cost);
    n += 1;
    if (i.doorbraak) doorbraken += 1;
    if (i.voorliggendVeld) voorliggendVeld += 1;
    const key = `${i.payer} ${i.startedOn ?? ''}`;
    const day = byStart.get(key);
    if (day === undefined) byStart.set(key, { payer: i.payer, startedOn: i.startedOn ?? null, cents: cost });
    else day.cents = addCents(day.cents, cost);
  }
  return {
    referenceCents: reference.total,
    actualCents: actual.total,
    referenceEvidenceACents: reference.evidenceA,
    actualEvidenceACents: actual.evidenceA,
    perPayer,
    costPerSpoor,
    countedSporen: sporenInOrder(counted),
    interventionSporen: sporenInOrder(any),
    counted: n,
    doorbraken,
    voorliggendVeld,
    cappableReference: c.reference
      .filter(mayBePolicyCapped)
      .map(({ payer, unit, unitCostCents, quantity, probabilityPct, setting }) => ({ payer, unit, unitCostCents, quantity, probabilityPct, ...(setting !== undefined ? { setting } : {}) })),
    countedCostByStart: [...byStart.values()].map((d): CountedCostOnDay => [d.payer, d.startedOn === null ? null : toDayNumber(d.startedOn), d.cents]).sort(byPayerAndDay),
  };
}

/** The sums of either kind of case. */
export function sumsOf(c: BusinesscaseCase): CaseSums {
  return 'sums' in c ? c.sums : caseSums(c);
}
