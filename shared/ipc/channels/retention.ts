/**
 * PRODUCT.md §5 retention and erasure (issue #11 item 5): Beheer → Bewaartermijnen lists the closed
 * cases past their retention date, sets the number of years, and erases a case — the same erasure
 * as `werkbank erase`.
 */
import { z } from 'zod';
import { MAX_RETENTION_YEARS, MIN_RETENTION_YEARS } from '../../domain/retention';
import { CASE_STATUSES } from '../../domain/enums';
import { caseCode } from '../../interchange';
import { defineChannel } from '../defineChannel';

const yearsMessage = `Vul een geheel aantal jaren in, ${String(MIN_RETENTION_YEARS)} tot en met ${String(MAX_RETENTION_YEARS)}.`;
const retentionYears = z
  .number({ error: yearsMessage })
  .int(yearsMessage)
  .min(MIN_RETENTION_YEARS, `Een bewaartermijn is minstens ${String(MIN_RETENTION_YEARS)} jaar.`)
  .max(MAX_RETENTION_YEARS, `Een bewaartermijn is hoogstens ${String(MAX_RETENTION_YEARS)} jaar.`);

/**
 * Why a case is erased. It stays in the audit log for good (the tombstone), so it is short and
 * must not name the resident; the erasure also refuses a reason that holds the case's alias.
 */
export const erasureReason = z
  .string()
  .trim()
  .min(1, "Vul de reden in, bijvoorbeeld 'bewaartermijn verlopen' of 'verzoek van de bewoner (art. 17 AVG)'.")
  .max(500, 'De reden is hoogstens 500 tekens; zij blijft in het logboek staan, houd haar kort.');

/** A closed case on the review list; no alias or other detail (data minimisation): the code suffices. */
const RetentionItem = z.object({
  code: z.string(),
  wijk: z.string(),
  status: z.enum(CASE_STATUSES),
  retentionUntil: z.string(),
  /** The retention date has come (today or earlier). */
  due: z.boolean(),
  /** A case received through a dossier from another werkbank (erased by the same rules). */
  received: z.boolean(),
});

/** Free text elsewhere in the store that still holds the erased code (another case's notes, …): listed, not rewritten. */
const Mention = z.object({ table: z.string(), column: z.string(), rows: z.number().int().positive() });

const Erased = z.object({
  code: z.string(),
  mentions: z.array(Mention),
  /** The write-ahead log was emptied after the erasure, so no copy of the erased pages lingers in it. */
  walCleared: z.boolean(),
});
export type Erased = z.infer<typeof Erased>;

export const retentionChannels = {
  /** Without `all`: the closed cases whose retention date has come; with it, every closed case (an erasure request). */
  'retention:list': defineChannel(
    z.strictObject({ all: z.boolean().optional() }),
    z.object({ years: z.number().int(), defaultYears: z.number().int(), items: z.array(RetentionItem) }),
  ),
  /** The years after closing; cases that close from now on get them (dates already set stay). Audited. */
  'retention:setYears': defineChannel(z.strictObject({ years: retentionYears }), z.object({ years: z.number().int() })),
  /** Erases a closed case and everything that names it; leaves only the audit tombstone. */
  'retention:erase': defineChannel(z.strictObject({ code: caseCode, reason: erasureReason }), Erased),
} as const;
