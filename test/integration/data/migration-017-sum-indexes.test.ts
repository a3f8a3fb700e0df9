import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/store/migrate';
import { MIGRATIONS } from '../../../electron/core/store/migrations';
import { bareDatabase } from './helpers';

const indexColumns = (db: ReturnType<typeof bareDatabase>, index: string) =>
  (db.prepare(`SELECT name FROM pragma_index_info('${index}') ORDER BY seqno`).all() as { name: string }[]).map((r) => r.name);

describe('migration 017: the per-case sums of the businesscase read covering indexes (issue #13)', () => {
  it('indexes the interventions by case with every column the sums read, and the cost lines the same', () => {
    const db = bareDatabase();
    migrate(db, MIGRATIONS.slice(0, 16));
    expect(indexColumns(db, 'interventions_sums')).toEqual([]);
    migrate(db, MIGRATIONS.slice(0, 17));
    expect(indexColumns(db, 'interventions_sums')).toEqual(['case_code', 'status', 'spoor', 'payer', 'started_on', 'cost_cents', 'doorbraak', 'voorliggend_veld', 'type']);
    expect(indexColumns(db, 'cost_lines_sums')).toEqual(['case_code', 'scenario', 'payer', 'evidence', 'amount_cents', 'unit', 'setting']);
  });

});
