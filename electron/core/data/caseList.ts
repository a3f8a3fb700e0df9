/** The case list (§2.1): one summary row per case, only what a chair needs to pick one (data minimisation). */
import type { CaseListQuery, CaseSummary } from '../../../shared/ipc/channels/cases';
import type { Db } from '../store/openDatabase';
import { FOLLOW_UP_DUE } from './followUp';
import { receivedCaseSql } from './storeIdentity';

interface Row {
  code: string;
  wijk: string;
  alias: string | null;
  is_signaal: number;
  status: CaseSummary['status'];
  registered_on: string;
  sporen: string | null;
  casusregisseur: string | null;
  follow_up_on: string | null;
  received: number;
}

/**
 * Newest first; `search` matches the code or the alias as a literal substring; `followUpDue` keeps
 * the open cases whose follow-up date is `today` or earlier (the tafel should look at them again).
 */
export function listCases(db: Db, q: CaseListQuery, today: string): CaseSummary[] {
  const rows = db
    .prepare(
      `SELECT c.code, c.wijk, c.alias, c.is_signaal, c.status, c.registered_on, c.casusregisseur, c.follow_up_on,
              (SELECT group_concat(s.spoor, ',') FROM case_sporen s WHERE s.case_code = c.code) AS sporen,
              ${receivedCaseSql('c.code')} AS received
         FROM cases c
        WHERE (@wijk IS NULL OR c.wijk = @wijk)
          AND (@status IS NULL OR c.status = @status)
          AND (@search IS NULL OR c.code LIKE @search ESCAPE '\\' OR c.alias LIKE @search ESCAPE '\\')
          AND (@spoor IS NULL OR EXISTS (SELECT 1 FROM case_sporen s WHERE s.case_code = c.code AND s.spoor = @spoor))
          AND (@regisseur IS NULL OR c.casusregisseur = @regisseur)
          AND (@followUpDue = 0 OR ${FOLLOW_UP_DUE})
        ORDER BY c.registered_on DESC, c.code`,
    )
    .all({
      wijk: q.wijk ?? null,
      status: q.status ?? null,
      search: q.search ? `%${q.search.replace(/[\\%_]/g, (m) => `\\${m}`)}%` : null,
      spoor: q.spoor ?? null,
      regisseur: q.casusregisseur ?? null,
      followUpDue: q.followUpDue ? 1 : 0,
      today,
    }) as Row[];
  return rows.map((r) => ({
    code: r.code,
    wijk: r.wijk,
    alias: r.alias,
    isSignaal: r.is_signaal === 1,
    status: r.status,
    registeredOn: r.registered_on,
    sporen: (r.sporen ? r.sporen.split(',') : []) as CaseSummary['sporen'],
    casusregisseur: r.casusregisseur,
    followUpOn: r.follow_up_on,
    received: r.received === 1,
  }));
}
