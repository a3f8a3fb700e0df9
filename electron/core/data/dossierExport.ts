/**
 * Issue #9 item 4: one escalation dossier out of this store as ONE encrypted file. A case of this
 * store's own travels as a `request` (to the escalation's target); a case this store received
 * through a dossier travels back as the `answer` (with the besluit, or what is missing when it is
 * teruggelegd). What travels is decided field by field in shared/interchange/dossier.ts.
 *
 * Callable without the CLI (the app's download reuses it): db + passphrase in, bytes out.
 */
import { ESCALATION_STATUS_LABELS } from '../../../shared/domain/escalationStatus';
import type { EscalationStatus } from '../../../shared/domain/enums';
import type { CaseFile, EscalationFile } from '../../../shared/interchange';
import { DOSSIER_FORMAT, DossierSchema, type DossierEscalationFile, type DossierFile } from '../../../shared/interchange/dossier';
import { UserError } from '../../../shared/ipc/result';
import { firstIssueMessage } from '../../../shared/ipc/zodMessage';
import { dossierSealer, type DossierKdfCost } from '../exchange/dossierFile';
import { appendAudit } from '../store/audit';
import type { Db } from '../store/openDatabase';
import { readCase } from './caseDocument';
import { refuseSharingWithoutConsent } from './sharingConsent';
import { readReceivedFrom, recordStoreId } from './storeIdentity';

export interface DossierExportOptions {
  code: string;
  /** Which escalation (its id, e.g. esc-2); without it the one that is ready to travel. */
  escalationId?: string;
  passphrase: string;
  actor: string;
  now?: Date;
  /** Only tests lower the scrypt cost; production always uses N = 2^17. */
  kdf?: DossierKdfCost;
}

export interface DossierExportResult {
  bytes: Buffer;
  kind: DossierFile['kind'];
  code: string;
  escalationId: string;
}

/** The statuses in which each side has something to send. */
const READY: Record<DossierFile['kind'], readonly EscalationStatus[]> = {
  // Submitted and not yet decided: the target can work on it.
  request: ['ingediend', 'in_behandeling'],
  // The target has answered: sent back for more information, or decided.
  answer: ['teruggelegd', 'besluit', 'afgerond'],
};

export const TRAVELLING_ESCALATION_KEYS = [
  'id',
  'target',
  'status',
  'urgency',
  'submittedOn',
  'deadlineOn',
  'arrangementId',
  'question',
  'tried',
  'blockingRule',
  'requestedDeviation',
  'legalBasis',
  'requestedBudgetCents',
  'consentChecked',
  'owner',
  'begeleiding',
  'requestedWeeklyCents',
  'requestedWeeks',
  'whyNotArrangementenmodel',
  'statusHistory',
  'besluit',
] as const satisfies readonly (keyof DossierEscalationFile)[];

/** The escalation's fields that travel (and only those: a field added later stays home). */
function travellingEscalation(e: EscalationFile & { id: string }): DossierEscalationFile {
  const out: Record<string, unknown> = {};
  for (const key of TRAVELLING_ESCALATION_KEYS) if (e[key] !== undefined) out[key] = e[key];
  return out as DossierEscalationFile;
}

export async function exportDossier(db: Db, options: DossierExportOptions): Promise<DossierExportResult> {
  // scrypt is asynchronous, so the key is derived before the transaction; reading, the audit entry
  // and the (synchronous) encryption then happen in one transaction.
  const sealer = await dossierSealer(options.passphrase, options.kdf);
  const now = options.now ?? new Date();
  const run = db.transaction((): DossierExportResult => {
    const c = readCase(db, options.code);
    const origin = readReceivedFrom(db, c.code);
    const kind = origin === null ? 'request' : 'answer';
    const e = chooseEscalation(c, kind, options.escalationId);
    if (kind === 'request') {
      if (e.consentChecked !== true) {
        throw new UserError('CONFLICT', `${name(c, e)}: de toestemmingscheck (consentChecked) is niet gedaan; zonder toestemming of grondslag gaat het dossier niet naar een partner (§5). Leg de check vast in het dossier.`);
      }
      // §5 judged now, not at submitting: consent withdrawn since then stops the file. An answer is
      // no new sharing (shared/domain/sharingConsent.ts): it returns to the werkbank that asked.
      refuseSharingWithoutConsent(db, c, e.target, `${name(c, e)} kan niet worden verstuurd`);
    }
    const arrangement = e.arrangementId === undefined ? undefined : c.arrangements.find((a) => a.id === e.arrangementId);
    const doc: DossierFile = {
      format: DOSSIER_FORMAT,
      kind,
      exportedAt: now.toISOString(),
      originStore: origin ?? recordStoreId(db),
      case: {
        code: c.code,
        wijk: c.wijk,
        sporen: c.sporen,
        status: c.status,
        registeredOn: c.registeredOn,
        referenceDate: c.referenceDate,
        ...(c.isSignaal === true ? { isSignaal: true as const } : {}),
      },
      ...(arrangement === undefined ? {} : { arrangement }),
      escalation: travellingEscalation(e),
    };
    const checked = DossierSchema.safeParse(doc);
    if (!checked.success) throw new UserError('BAD_INPUT', `Het dossier van ${name(c, e)} is niet compleet: ${firstIssueMessage(checked.error)}`);
    const bytes = sealer.seal(Buffer.from(JSON.stringify(checked.data), 'utf8'));
    // §5 the exchange is audited: which case and escalation, which way — never the content.
    appendAudit(
      db,
      { actor: options.actor, action: 'dossier.export', entity: 'case', entityId: c.code, detail: { escalationId: e.id, kind, target: e.target, status: e.status } },
      now,
    );
    return { bytes, kind, code: c.code, escalationId: e.id };
  });
  return run();
}

function name(c: CaseFile, e: EscalationFile): string {
  return `Escalatie ${e.id ?? '(zonder id)'} van ${c.code}`;
}

function chooseEscalation(c: CaseFile, kind: DossierFile['kind'], id: string | undefined): EscalationFile & { id: string } {
  const ready = READY[kind];
  const readyLabels = ready.map((s) => `'${ESCALATION_STATUS_LABELS[s]}'`).join(' of ');
  const ids = c.escalations.map((e) => e.id).filter((x) => x !== undefined);
  let chosen: EscalationFile | undefined;
  if (id !== undefined) {
    chosen = c.escalations.find((e) => e.id === id);
    if (chosen === undefined) {
      const known = ids.length === 0 ? 'de casus heeft geen escalaties' : `wel: ${ids.join(', ')}`;
      throw new UserError('NOT_FOUND', `Escalatie ${id} bestaat niet in casus ${c.code} (${known}).`);
    }
  } else {
    const candidates = c.escalations.filter((e) => ready.includes(e.status));
    if (candidates.length === 0) {
      throw new UserError(
        'NOT_FOUND',
        kind === 'request'
          ? `Casus ${c.code} heeft geen ingediende escalatie die nog open is (status ${readyLabels}). Dien eerst een escalatie in.`
          : `Casus ${c.code} heeft nog geen antwoord om terug te sturen: leg eerst een besluit vast of leg de escalatie terug.`,
      );
    }
    if (candidates.length > 1) {
      throw new UserError(
        'CONFLICT',
        `Casus ${c.code} heeft ${String(candidates.length)} escalaties met status ${readyLabels} (${candidates.map((e) => e.id ?? '?').join(', ')}). Kies er één (bij de opdrachtregel: --escalation ID).`,
      );
    }
    chosen = candidates[0];
  }
  if (chosen === undefined) throw new Error('unreachable: an escalation was chosen');
  if (!ready.includes(chosen.status)) {
    throw new UserError(
      'CONFLICT',
      kind === 'request'
        ? `${name(c, chosen)} heeft status '${ESCALATION_STATUS_LABELS[chosen.status]}'; alleen een ingediende escalatie (${readyLabels}) gaat naar het escalatiedoel. Dien haar eerst in.`
        : `${name(c, chosen)} heeft status '${ESCALATION_STATUS_LABELS[chosen.status]}': er is nog geen antwoord. Leg eerst een besluit vast of leg de escalatie terug.`,
    );
  }
  if (chosen.id === undefined) {
    throw new UserError('CONFLICT', `Een escalatie van ${c.code} heeft geen id en kan daarom niet tussen werkbanken reizen (het antwoord moet haar terugvinden).`);
  }
  return { ...chosen, id: chosen.id };
}
