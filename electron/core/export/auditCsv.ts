/**
 * Issue #11 item 3: the audit log as the filters select it, as CSV (the other exports' dialect:
 * BOM, `;`, formula cells defused, see csv.ts), newest first. The export is itself audited —
 * unlike reading the log on screen (handlers/audit.ts says why) — with the filters and the count.
 */
import { auditDetailText } from '../../../shared/format/auditDetail';
import { formatDateTime, localIsoDate } from '../../../shared/format/date';
import type { AuditFilter } from '../../../shared/ipc/channels/audit';
import { iterateAuditEntries, type AuditQuery } from '../data/auditLog';
import { appendAudit } from '../store/audit';
import type { Db } from '../store/openDatabase';
import { toCsv, type CsvCell } from './csv';

const HEADER = ['Volgnummer', 'Tijdstip', 'Wie', 'Handeling', 'Onderwerp', 'Id', 'Details'];

export function buildAuditCsv(db: Db, query: AuditQuery, filters: AuditFilter, opts: { now: Date; actor: string }): { fileName: string; content: string; rows: number } {
  const rows: CsvCell[][] = [];
  for (const e of iterateAuditEntries(db, query)) {
    rows.push([e.seq, formatDateTime(e.at), e.actor, e.action, e.entity, e.entityId, auditDetailText(e.detail)]);
  }
  const content = toCsv(HEADER, rows);
  appendAudit(
    db,
    {
      actor: opts.actor,
      action: 'audit.export',
      entity: 'audit',
      detail: {
        subject: filters.subject ?? null,
        actor: filters.actor ?? null,
        action: filters.action ?? null,
        from: filters.from ?? null,
        to: filters.to ?? null,
        rows: rows.length,
      },
    },
    opts.now,
  );
  return { fileName: `werkbank-logboek-${localIsoDate(opts.now)}.csv`, content, rows: rows.length };
}
