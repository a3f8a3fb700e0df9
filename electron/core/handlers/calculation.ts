/**
 * §3.2 the calculation's two explicit acts. Fixing (vaststellen) freezes the price-list version
 * the figures rest on; recalculating moves a case to another version on purpose, records the
 * figures before and after in the audit log, and leaves the calculation in concept to be fixed again.
 */
import { computeCaseRendement, type CaseRendement } from '../../../shared/calc';
import type { Handlers } from '../../../shared/ipc/contract';
import { UserError } from '../../../shared/ipc/result';
import { readCaseCalcs } from '../data';
import { readPinnedCase, readCase, saveCase } from '../data/caseDocument';
import { readPriceList } from '../data/priceList';
import type { Db } from '../store/openDatabase';
import { caseDetail } from './support/caseEdit';
import type { HandlerContext } from './support/context';
import { mutation, today } from './support/mutation';

export function calculationHandlers(ctx: HandlerContext) {
  return {
    'calculation:fix': async ({ code }) =>
      mutation(ctx, (db) => {
        const current = readPinnedCase(db, readCase(db, code));
        if (current.calculationStatus === 'vastgesteld') {
          throw new UserError('CONFLICT', `De berekening van ${code} is al vastgesteld${current.calculation?.fixedOn ? ` op ${current.calculation.fixedOn}` : ''}.`);
        }
        if (current.referenceDate === null) {
          throw new UserError('CONFLICT', `Casus ${code} is nog niet aan tafel besproken (geen referentiedatum); een berekening vaststellen kan pas na de eerste bespreking.`);
        }
        if (current.status === 'ingetrokken') throw new UserError('CONFLICT', `Casus ${code} is ingetrokken; zijn berekening telt niet mee en wordt niet vastgesteld.`);
        const version = current.calculation?.priceListVersion ?? '';
        const saved = saveCase(db, { ...current, calculationStatus: 'vastgesteld', calculation: { priceListVersion: version, fixedOn: today(ctx), fixedBy: ctx.actor } }, 'replace');
        return { result: caseDetail(db, saved), audit: { action: 'calculation.fix', entity: 'case', entityId: code, detail: { priceListVersion: version, figures: figures(db, code) } } };
      }),

    'calculation:recalculate': async ({ code, priceListVersion, why }) =>
      mutation(ctx, (db) => {
        const current = readPinnedCase(db, readCase(db, code));
        const to = readPriceList(db, priceListVersion).version;
        const before = figures(db, code);
        const next = { ...current, calculationStatus: 'concept' as const, calculation: { priceListVersion: to } };
        const saved = saveCase(db, next, 'replace');
        return {
          result: caseDetail(db, saved),
          audit: {
            action: 'calculation.recalculate',
            entity: 'case',
            entityId: code,
            detail: { fromVersion: current.calculation?.priceListVersion ?? null, toVersion: to, wasFixed: current.calculationStatus === 'vastgesteld', why, before, after: figures(db, code) },
          },
        };
      }),
  } satisfies Pick<Handlers, 'calculation:fix' | 'calculation:recalculate'>;
}

/** The headline figures of one case as now stored, for the audit trail of a calculation act. */
function figures(db: Db, code: string): Pick<CaseRendement, 'vermedenKosten' | 'vermedenGecorrigeerd' | 'investering' | 'nettoRendement'> {
  const [calc] = readCaseCalcs(db, { codes: [code] });
  if (calc === undefined) throw new Error(`case ${code} vanished inside its own transaction`);
  const r = computeCaseRendement(calc);
  return { vermedenKosten: r.vermedenKosten, vermedenGecorrigeerd: r.vermedenGecorrigeerd, investering: r.investering, nettoRendement: r.nettoRendement };
}
