/**
 * §5 consent before sharing, as the store knows it: the case's consent, the target as the catalogue
 * configures it and the tafels of the case's wijk, judged by the one rule in
 * shared/domain/sharingConsent.ts. Submitting an escalation (handlers/escalations.ts) and exporting
 * its dossier (./dossierExport.ts) both refuse through `refuseSharingWithoutConsent`, so the two say
 * the same thing.
 */
import type { EscalationTarget } from '../../../shared/domain/enums';
import { sharingConsent, type SharingConsent } from '../../../shared/domain/sharingConsent';
import { TARGET_LABELS } from '../../../shared/format/domainLabels';
import { formatList } from '../../../shared/format/list';
import type { CaseFile } from '../../../shared/interchange';
import { UserError } from '../../../shared/ipc/result';
import type { Db } from '../store/openDatabase';
import { readEscalationTargets } from './catalogues';
import { readTafels } from './tafels';

/** Whom a dossier of case `c` to `target` reaches, and whom its consent does not cover. */
function readSharingConsent(db: Db, c: CaseFile, target: EscalationTarget): SharingConsent {
  // A target missing from the catalogue still goes to someone: the target under its Dutch name.
  const configured = readEscalationTargets(db).find((t) => t.id === target) ?? { id: target, name: TARGET_LABELS[target] };
  return sharingConsent(c.consent, configured, c.wijk, readTafels(db));
}

/**
 * Refuses (CONFLICT) when a recipient lacks consent or legal basis; `lead` names the act, e.g.
 * "Escalatie 1 (esc-1) van BLO-2025-001 kan niet worden ingediend". The message says what to record
 * and where, so the person can put it right.
 */
export function refuseSharingWithoutConsent(db: Db, c: CaseFile, target: EscalationTarget, lead: string): void {
  const { lacking } = readSharingConsent(db, c, target);
  if (lacking.length === 0) return;
  const partners = formatList(lacking);
  throw new UserError(
    'CONFLICT',
    `${lead}: zonder toestemming of grondslag gaat het dossier niet naar ${partners} (§5). Leg eerst toestemming of een grondslag vast voor ${partners} (Toestemming en grondslag op de casus).`,
  );
}
