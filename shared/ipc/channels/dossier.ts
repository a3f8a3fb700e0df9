/**
 * Issue #9 item 5: the escalation dossier between two werkbanken from the app — the same encrypted
 * file as `werkbank dossier export` / `dossier import` (electron/core/data/dossierExport.ts and
 * dossierImport.ts do the work for both). The file travels as base64 in one call: a dossier is
 * small (one escalation and the minimum of its case), so it is bounded at DOSSIER_MAX_BYTES and
 * needs no chunked upload like a dataset.
 *
 * The passphrase is the dossier's own (never the store's). It is input only: it is never echoed in
 * an answer, never written to the audit log (the core functions audit the escalation id, never the
 * content or the key) and the screens keep it out of every react-query cache.
 */
import { z } from 'zod';
import { ESCALATION_STATUSES } from '../../domain/enums';
import { caseCode, identifier } from '../../interchange';
import { defineChannel } from '../defineChannel';
import { MIN_PASSPHRASE_LENGTH } from './session';

/** The largest dossier file accepted: a real one is a few kilobytes. */
export const DOSSIER_MAX_BYTES = 5 * 1024 * 1024;

/** The number of bytes a base64 text stands for (its padding does not count). */
function base64Bytes(text: string): number {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return Math.floor((text.length * 3) / 4) - padding;
}
const DOSSIER_KINDS = ['request', 'answer'] as const;

export const dossierChannels = {
  /**
   * One escalation's dossier as ONE encrypted file: from the case's own store the request to its
   * target (escalation ingediend or in behandeling), from the target's store the answer (besluit,
   * teruggelegd or afgerond). The passphrase is chosen here, as long as the store's must be: the
   * file leaves the machine.
   */
  'dossier:export': defineChannel(
    z.strictObject({
      code: caseCode,
      escalationId: identifier,
      passphrase: z
        .string()
        .min(MIN_PASSPHRASE_LENGTH, `Kies een wachtwoordzin van minstens ${MIN_PASSPHRASE_LENGTH} tekens voor het dossierbestand.`)
        .max(1024),
    }),
    z.object({
      fileName: z.string(),
      /** The file's bytes, base64. */
      base64: z.base64(),
      kind: z.enum(DOSSIER_KINDS),
      code: z.string(),
      escalationId: z.string(),
    }),
  ),
  /**
   * A dossier file into this store. `created`: a new (received) case with its escalation;
   * `updated`: the received case or its escalation changed; `merged`: an answer's status and
   * besluit merged into this store's own case; `unchanged`: already imported, or this store is
   * further. Every refusal (wrong passphrase, changed or truncated file, an answer for a case this
   * store did not send …) has the CLI's Dutch message and changes nothing.
   */
  'dossier:import': defineChannel(
    z.strictObject({
      base64: z
        .base64('Het bestand kon niet worden gelezen. Kies het opnieuw; er is niets geïmporteerd.')
        .min(1, 'Het bestand is leeg; kies een dossierbestand.')
        .refine((b) => base64Bytes(b) <= DOSSIER_MAX_BYTES, {
          error: `Het bestand is groter dan ${DOSSIER_MAX_BYTES / 1024 / 1024} MB en dus geen dossierbestand; er is niets geïmporteerd.`,
        }),
      passphrase: z.string().min(1, 'Vul de wachtwoordzin van het dossierbestand in.').max(1024),
    }),
    z.object({
      kind: z.enum(DOSSIER_KINDS),
      outcome: z.enum(['created', 'updated', 'merged', 'unchanged']),
      code: z.string(),
      escalationId: z.string(),
      status: z.enum(ESCALATION_STATUSES),
      /** A wijk this store did not know, added to the catalogue for the received case. */
      addedWijk: z.string().optional(),
    }),
  ),
} as const;
