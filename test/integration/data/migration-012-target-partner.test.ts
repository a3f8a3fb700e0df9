import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/store/migrate';
import { MIGRATIONS } from '../../../electron/core/store/migrations';
import { bareDatabase } from './helpers';

describe('migration 012 target partner (§5 the organisation an escalation dossier goes to)', () => {
  it('gives the shipped targets with a fixed organisation their partner; netwerk and overig stay without one, and a blank partner is refused', () => {
    const db = bareDatabase();
    migrate(db, MIGRATIONS.slice(0, 11));
    const insert = db.prepare('INSERT INTO escalation_targets (id, position, name, deadline_working_days, active) VALUES (?, ?, ?, 10, 1)');
    ['netwerk', 'prio', 'wijk_mt', 'jeugd_weekbedrag', 'overig'].forEach((id, i) => insert.run(id, i, `Doel ${id}`));
    migrate(db, MIGRATIONS.slice(0, 12));
    expect(db.prepare('SELECT id, name, partner FROM escalation_targets ORDER BY position').all()).toEqual([
      { id: 'netwerk', name: 'Doel netwerk', partner: null },
      { id: 'prio', name: 'Doel prio', partner: 'PRIO' },
      { id: 'wijk_mt', name: 'Doel wijk_mt', partner: 'Wijk-MT' },
      { id: 'jeugd_weekbedrag', name: 'Doel jeugd_weekbedrag', partner: 'Casuïstiektafel hoog weekbedrag jeugd' },
      { id: 'overig', name: 'Doel overig', partner: null },
    ]);
    expect(() => db.prepare("UPDATE escalation_targets SET partner = '  ' WHERE id = 'overig'").run()).toThrow(/CHECK/);
  });
});
