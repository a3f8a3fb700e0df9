import { z } from 'zod';
import { defineChannel } from '../defineChannel';

/** A passphrase protects every household in the store, so a weak one is refused up front. */
export const MIN_PASSPHRASE_LENGTH = 12;

export const SessionStatus = z.object({
  /** nieuw: no store yet (choose a passphrase); vergrendeld: store exists, locked; ontgrendeld: open. */
  state: z.enum(['nieuw', 'vergrendeld', 'ontgrendeld']),
  storeLabel: z.string(),
  autoLockMinutes: z.number().int().positive(),
  /** Just after a backup replaced the store (Beheer → Reservekopie), until the next unlock: what the unlock screen says. */
  restored: z.object({ madeAt: z.string(), keptAs: z.string() }).optional(),
});
export type SessionStatus = z.infer<typeof SessionStatus>;

const Empty = z.object({}).strict();

/**
 * Issue #11 item 1, "unlock with this computer account": the database key may also be wrapped by
 * the OS keychain (Electron safeStorage), beside the passphrase wrap, never instead of it. Only the
 * desktop app can: `unavailable` says why not here — notDesktop (browser host), noKeychain (the OS
 * offers none now), basicText (Linux without a keyring, where safeStorage would be plaintext).
 */
export const OsUnlockStatus = z
  .object({
    enabled: z.boolean(),
    unavailable: z.enum(['notDesktop', 'noKeychain', 'basicText']).nullable(),
  })
  .strict();
export type OsUnlockStatus = z.infer<typeof OsUnlockStatus>;

export const sessionChannels = {
  /** Polled by every window to follow the lock state: passive, so it never postpones the auto-lock. */
  'session:status': defineChannel(Empty, SessionStatus, { passive: true }),
  'session:create': defineChannel(
    z
      .object({
        passphrase: z
          .string()
          .min(MIN_PASSPHRASE_LENGTH, `Kies een wachtwoordzin van minstens ${MIN_PASSPHRASE_LENGTH} tekens.`)
          .max(1024),
        confirmation: z.string().max(1024),
      })
      .strict()
      .refine((v) => v.passphrase === v.confirmation, {
        message: 'De twee wachtwoordzinnen zijn niet gelijk. Typ dezelfde wachtwoordzin twee keer.',
        path: ['confirmation'],
      }),
    SessionStatus,
  ),
  'session:unlock': defineChannel(
    z.object({ passphrase: z.string().min(1, 'Vul uw wachtwoordzin in.').max(1024) }).strict(),
    SessionStatus,
  ),
  'session:lock': defineChannel(Empty, SessionStatus),
  /** Beheer → Beveiliging (issue #11 item 1): only the key file changes; the old passphrase opens nothing after. */
  'session:changePassphrase': defineChannel(
    z
      .object({
        current: z.string().min(1, 'Vul uw huidige wachtwoordzin in.').max(1024),
        next: z.string().min(MIN_PASSPHRASE_LENGTH, `Kies een nieuwe wachtwoordzin van minstens ${MIN_PASSPHRASE_LENGTH} tekens.`).max(1024),
        confirmation: z.string().max(1024),
      })
      .strict()
      .refine((v) => v.next === v.confirmation, {
        message: 'De twee nieuwe wachtwoordzinnen zijn niet gelijk. Typ dezelfde wachtwoordzin twee keer.',
        path: ['confirmation'],
      }),
    SessionStatus,
  ),
  /** Beheer → Beveiliging: after how many idle minutes the store locks itself (1 to 60). */
  'session:setAutoLock': defineChannel(
    z
      .object({
        minutes: z
          .number({ error: 'Vul het aantal minuten in als een geheel getal.' })
          .int('Vul het aantal minuten in als een geheel getal.')
          .min(1, 'Automatisch vergrendelen kan na minimaal 1 minuut.')
          .max(60, 'Automatisch vergrendelen moet binnen 60 minuten gebeuren; langer open laten is niet veilig.'),
      })
      .strict(),
    SessionStatus,
  ),
  /** A new database key: every page re-encrypted; the passphrase asked again to prove who asks. */
  'session:rekey': defineChannel(z.object({ passphrase: z.string().min(1, 'Vul uw wachtwoordzin in.').max(1024) }).strict(), SessionStatus),
  /** Read by the unlock screen too, so it answers while locked (it reads only the key file). */
  'session:osUnlockStatus': defineChannel(Empty, OsUnlockStatus),
  /** Beheer → Beveiliging: wrap the key for this computer account too; the passphrase proves who asks. */
  'session:enableOsUnlock': defineChannel(z.object({ passphrase: z.string().min(1, 'Vul uw wachtwoordzin in.').max(1024) }).strict(), OsUnlockStatus),
  'session:disableOsUnlock': defineChannel(Empty, OsUnlockStatus),
  /** The unlock screen's other button: the OS keychain gives the key back, no passphrase typed. */
  'session:unlockWithOs': defineChannel(Empty, SessionStatus),
} as const;
