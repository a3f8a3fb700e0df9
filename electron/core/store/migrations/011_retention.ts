import type { Migration } from './types';

/**
 * §5 retention (issue #11 item 5). `cases.retention_until` exists since 003; from now on only a
 * closed case (afgesloten or ingetrokken, the final statuses of the whitelist) has one, and every
 * closed case has one:
 * - triggers refuse a retention date on a case that is not closed;
 * - closed cases stored before this version get theirs: 2 years (the default) after the day of the
 *   last step into their status (the local calendar day, as the app counts it), else after the day
 *   of this migration — the first day the rule knows of the case. 29 February ends on 28 February.
 * - a date on a case that is not closed is cleared (cases:update could set one; no screen did);
 * - an index serves the review list (cases whose date has come).
 *
 * The rule is written out here, not imported from shared/domain/retention.ts: a migration is frozen
 * once shipped and must not change when the app's rule (or the default) does.
 */
const CLOSED = "('afgesloten', 'ingetrokken')";
const YEARS = 2;

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const localDay = (d: Date) => `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1, 2)}-${pad(d.getDate(), 2)}`;

function yearsLater(day: string): string {
  const [y = 0, m = 0, d = 0] = day.split('-').map(Number);
  const year = y + YEARS;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${pad(year, 4)}-${pad(m, 2)}-${pad(m === 2 && d === 29 && !leap ? 28 : d, 2)}`;
}

export const migration011: Migration = {
  version: 11,
  name: 'retention',
  up(db) {
    const today = localDay(new Date());
    const closed = db
      .prepare(
        `SELECT c.code,
                (SELECT h.at FROM case_status_history h WHERE h.case_code = c.code AND h.to_status = c.status ORDER BY h.position DESC LIMIT 1) AS closed_at
           FROM cases c
          WHERE c.status IN ${CLOSED} AND c.retention_until IS NULL`,
      )
      .all() as { code: string; closed_at: string | null }[];
    const set = db.prepare('UPDATE cases SET retention_until = ? WHERE code = ?');
    for (const c of closed) set.run(yearsLater(c.closed_at === null ? today : localDay(new Date(c.closed_at))), c.code);
    db.exec(`
      UPDATE cases SET retention_until = NULL WHERE status NOT IN ${CLOSED};
      CREATE INDEX cases_retention ON cases (retention_until) WHERE retention_until IS NOT NULL;
      CREATE TRIGGER cases_retention_only_closed_insert BEFORE INSERT ON cases
      WHEN NEW.retention_until IS NOT NULL AND NEW.status NOT IN ${CLOSED}
      BEGIN SELECT RAISE(ABORT, 'only a closed case (afgesloten, ingetrokken) has a retention date'); END;
      CREATE TRIGGER cases_retention_only_closed_update BEFORE UPDATE OF retention_until, status ON cases
      WHEN NEW.retention_until IS NOT NULL AND NEW.status NOT IN ${CLOSED}
      BEGIN SELECT RAISE(ABORT, 'only a closed case (afgesloten, ingetrokken) has a retention date'); END;
    `);
  },
};
