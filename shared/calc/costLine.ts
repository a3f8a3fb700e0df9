/** §3.1 cost lines: resolving a file's line against the frozen price list, and its amount. */
import type { CostLine, CostLineRef, PriceListItem } from './types';
import { assertCents } from './money';
import { mulDivRound } from './rounding';

/** amount = roundHalfAwayFromZero(unitCostCents × quantity × probabilityPct / 100): one rounding per line. */
export function costLineAmount(line: CostLine): number {
  // The store's amount was computed by this very function when the line was written.
  if (line.amountCents !== undefined) return line.amountCents;
  assertCents(line.unitCostCents, `Bedrag per eenheid van '${line.label}'`);
  return mulDivRound([line.unitCostCents, line.quantity, line.probabilityPct], 100);
}

export type ResolveResult = { ok: true; line: CostLine } | { ok: false; error: string };

export type PriceListLookup = ReadonlyMap<string, PriceListItem> | readonly PriceListItem[];

function findItem(items: PriceListLookup, id: string): PriceListItem | undefined {
  if (Array.isArray(items)) return (items as readonly PriceListItem[]).find((item) => item.id === id);
  return (items as ReadonlyMap<string, PriceListItem>).get(id);
}

function describe(ref: CostLineRef): string {
  return ref.item !== undefined ? `kengetal '${ref.item}'` : `'${ref.label ?? ''}'`;
}

/** Checks shared by both kinds of line; returns a Dutch message or null. */
function checkQuantities(ref: CostLineRef, probabilityPct: number): string | null {
  if (!Number.isFinite(ref.quantity)) return `Kostenregel ${describe(ref)}: aantal moet een getal zijn.`;
  if (!Number.isFinite(probabilityPct) || probabilityPct < 0 || probabilityPct > 100) {
    return `Kostenregel ${describe(ref)}: kans moet tussen 0 en 100 procent liggen.`;
  }
  return null;
}

/**
 * A line with `item` takes unit, unitCostCents, payer and evidence from the price list (§3.1).
 * It may repeat those values (an export writes what it used) but never contradict them: a
 * contradicting value would silently be overruled, so it is refused instead.
 */
export function resolveCostLine(ref: CostLineRef, items: PriceListLookup): ResolveResult {
  const probabilityPct = ref.probabilityPct ?? 100;
  const invalid = checkQuantities(ref, probabilityPct);
  if (invalid !== null) return { ok: false, error: invalid };

  if (ref.item !== undefined) {
    const item = findItem(items, ref.item);
    if (item === undefined) {
      return { ok: false, error: `Kengetal '${ref.item}' bestaat niet in de gebruikte kengetallenversie.` };
    }
    if (item.unitCostCents === null) {
      return {
        ok: false,
        error: `Kengetal '${item.id}' heeft nog geen bedrag; vul het eerst in bij Beheer › Kengetallen.`,
      };
    }
    const conflicts: string[] = [];
    if (ref.unit !== undefined && ref.unit !== item.unit) conflicts.push('eenheid');
    if (ref.unitCostCents !== undefined && ref.unitCostCents !== item.unitCostCents) conflicts.push('bedrag per eenheid');
    if (ref.payer !== undefined && ref.payer !== item.payer) conflicts.push('financier');
    if (ref.evidence !== undefined && ref.evidence !== item.evidence) conflicts.push('bewijsgraad');
    if (conflicts.length > 0) {
      return {
        ok: false,
        error: `Kostenregel met kengetal '${item.id}' wijkt af van de kengetallen in: ${conflicts.join(', ')}. Deze waarden komen uit het kengetal.`,
      };
    }
    return {
      ok: true,
      line: {
        label: ref.label ?? item.name,
        payer: item.payer,
        unit: item.unit,
        unitCostCents: item.unitCostCents,
        quantity: ref.quantity,
        probabilityPct,
        evidence: item.evidence,
        ...(ref.setting !== undefined ? { setting: ref.setting } : {}),
      },
    };
  }

  if (ref.label === undefined || ref.label.trim() === '') {
    return { ok: false, error: 'Kostenregel heeft een kengetal of een omschrijving nodig.' };
  }
  const missing: string[] = [];
  if (ref.payer === undefined) missing.push('financier');
  if (ref.unit === undefined) missing.push('eenheid');
  if (ref.unitCostCents === undefined) missing.push('bedrag per eenheid');
  if (ref.evidence === undefined) missing.push('bewijsgraad');
  if (ref.payer === undefined || ref.unit === undefined || ref.unitCostCents === undefined || ref.evidence === undefined) {
    return { ok: false, error: `Kostenregel '${ref.label}' mist: ${missing.join(', ')}.` };
  }
  if (!Number.isSafeInteger(ref.unitCostCents)) {
    return { ok: false, error: `Kostenregel '${ref.label}': bedrag per eenheid moet een geheel aantal centen zijn.` };
  }
  return {
    ok: true,
    line: {
      label: ref.label,
      payer: ref.payer,
      unit: ref.unit,
      unitCostCents: ref.unitCostCents,
      quantity: ref.quantity,
      probabilityPct,
      evidence: ref.evidence,
      ...(ref.setting !== undefined ? { setting: ref.setting } : {}),
    },
  };
}
