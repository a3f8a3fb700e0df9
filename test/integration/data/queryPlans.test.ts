/**
 * PRODUCT.md §7 / issue #13 item 4: the case list and the businesscase read through indexes, never a
 * full scan of the big tables. The queries are the real ones: every statement the real function
 * prepares is captured (with its parameters) and run again under EXPLAIN QUERY PLAN.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { generateDataset } from '../../../electron/core/demo/generateDataset';
import { importDataset } from '../../../electron/core/data';
import { listCases } from '../../../electron/core/data/caseList';
import { businesscaseReport } from '../../../electron/core/reports/businesscase';
import type { Db } from '../../../electron/core/store/openDatabase';
import { cleanupStores, freshStore } from './helpers';

afterEach(cleanupStores);

interface Captured {
  sql: string;
  args: unknown[];
}

/** The database as the function sees it, recording every statement it runs. */
function recording(db: Db): { db: Db; statements: Captured[] } {
  const statements: Captured[] = [];
  const bind = <T extends object>(target: T, key: string | symbol): unknown => {
    const value: unknown = Reflect.get(target, key);
    return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
  };
  const proxy = new Proxy(db, {
    get(target, key) {
      if (key !== 'prepare') return bind(target, key);
      return (sql: string) => {
        const statement = target.prepare(sql);
        const recorded: typeof statement = new Proxy(statement, {
          get(st, method) {
            // raw() and pluck() switch the statement's mode and return it: keep recording through them.
            if (method === 'raw' || method === 'pluck') return (...args: [boolean?]) => (st[method](...args), recorded);
            if (method !== 'all' && method !== 'get') return bind(st, method);
            return (...args: unknown[]) => {
              statements.push({ sql, args });
              return method === 'all' ? st.all(...args) : st.get(...args);
            };
          },
        });
        return recorded;
      };
    },
  });
  return { db: proxy, statements };
}

function plans(db: Db, statements: readonly Captured[]): string[][] {
  return statements.map(({ sql, args }) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]).map((r) => r.detail));
}

const BIG_TABLES = ['cases', 'cost_lines', 'interventions', 'escalations', 'case_sporen', 'case_scores', 'case_status_history', 'agenda_items', 'arrangements'];
/** The small catalogues (tens of rows), which a report may read whole. */
const CATALOGUES = new Set(['intervention_types', 'rules', 'wijken', 'escalation_targets', 'tafel_types', 'partners']);
/** A full scan ("SCAN interventions", or "SCAN i" for an alias) of anything but a catalogue; a scan of json_each is a parameter. */
const fullScans = (details: readonly string[]) =>
  details.filter((d) => {
    const m = /^SCAN (\S+)( |$)/.exec(d);
    return m !== null && !CATALOGUES.has(m[1]!) && !d.includes('json_each') && !d.includes('USING');
  });

async function store(): Promise<Db> {
  const db = await freshStore();
  importDataset(db, JSON.parse(JSON.stringify(generateDataset({ cases: 300, seed: 7 }))), { actor: 'test' });
  return db;
}

describe('§7 the businesscase reads a year through indexes', () => {
  test('with every case summary and figures stored (as an import leaves them): the selection with its figures, the shares and the multipliers — by index, no summary parsed, no line or intervention summed', async () => {
    const db = await store();
    const { db: spy, statements } = recording(db);
    businesscaseReport(spy, { year: 2025 });
    const all = plans(db, statements);
    expect(statements.map((s) => /^\s*SELECT (?:DISTINCT )?(.*?) FROM (\w+)/s.exec(s.sql)?.[2])).toEqual([
      'cases', // the cases, counted …
      'case_figures', // … against their current figures (migration 021): as many, so no case is looked for without them
      'cases', // the selection's cases, each joined to its figures (§3.3, and §3.7's cost per type)
      'intervention_types', // §3.7 the multipliers
      'cases', // §3.8 (2025 has a booked effect of measure 19): the cases counted against …
      'case_summaries', // … their current summaries …
      'case_year_shares', // … and the year's stored shares of the selected cases (migration 020)
    ]);
    expect(all.flatMap(fullScans)).toEqual([]);
    // The period's cases by their reference date, each case's figures by its key — not every case's
    // figures through their version index.
    expect(all[2]!.join(' | ')).toMatch(/^SEARCH c USING INDEX cases_reference_date .*SEARCH f USING PRIMARY KEY \(case_code=\?\)/);
    expect(all[6]!.join(' | ')).toMatch(/^SEARCH y USING PRIMARY KEY \(year=\?\)/);
  });

  test('with no summary stored (a store just migrated): every query searches by index, cases by reference date, their parts by case code', async () => {
    const db = await store();
    db.exec('DELETE FROM case_summaries');
    const { db: spy, statements } = recording(db);
    businesscaseReport(spy, { year: 2025 });
    const all = plans(db, statements);
    // §3.3: the 2 counts of cases and current figures (they differ), the cases without figures and
    // the selection with its figures; to compute the missing, the beleidsregels, their counted cost
    // per type, and their summaries (§3.7's multipliers follow the cohort, counted at the end): the 2 counts of cases and current summaries, the cases without
    // one and the selection with its summary, then 6 for those cases and their parts, 1 for the lines
    // and 1 for the interventions summed per case, 1 for the reference lines a policy cap could reach
    // and 1 for the counted interventions' cost per start day. §3.8 (2025 has a booked effect of
    // measure 19): the 2 counts for whether its shares need the join to current summaries, the 2
    // counts again and the cases without a summary, the stored shares, and the same 10 to spread the
    // cases without one. §3.7: the multipliers.
    expect(statements.length).toBe(4 + 2 + 4 + 10 + 2 + 3 + 1 + 10 + 1);
    expect(all.flatMap(fullScans)).toEqual([]);
    // The selection by reference date; the cases without a summary, by their codes.
    expect(all.every((p) => p.some((d) => /SEARCH c USING (COVERING )?INDEX (cases_reference_date|sqlite_autoindex_cases_1)/.test(d)) || !statements[all.indexOf(p)]!.sql.includes('FROM cases c'))).toBe(true);
    for (const table of BIG_TABLES.filter((t) => t !== 'cases')) {
      const reading = all.filter((_, i) => new RegExp(`FROM ${table}\\b`).test(statements[i]!.sql));
      expect(reading.every((p) => p.some((d) => d.startsWith('SEARCH') && /USING (COVERING )?INDEX|USING INTEGER PRIMARY KEY/.test(d))), table).toBe(true);
    }
  });

  test('the per-case sums of interventions and cost lines are answered from their covering indexes (migration 017), never the tables', async () => {
    const db = await store();
    db.exec('DELETE FROM case_summaries');
    const { db: spy, statements } = recording(db);
    businesscaseReport(spy, { year: 2025 });
    const all = plans(db, statements);
    const sums = statements.map((st, i) => ({ sql: st.sql, plan: all[i]! })).filter((s) => /SUM\((cost|amount)_cents\)/.test(s.sql));
    // The lines per payer and grade, the interventions per spoor and payer and per start day: for
    // the cohort, and again for §3.8's cases without a summary; and per type (§3.7).
    expect(sums.length).toBe(2 * 3 + 1);
    for (const s of sums) expect(s.plan.join(' | '), s.sql).toMatch(/SEARCH (interventions|cost_lines) USING COVERING INDEX (interventions|cost_lines)_sums/);
  });

  test('with a spoor filter (the engine computes the cohort from the summaries): the period\'s cases by reference date, each summary by its case', async () => {
    const db = await store();
    const { db: spy, statements } = recording(db);
    // 2023: no booked effect of measure 19, so no §3.8 view, which would read every case up to the year's end.
    businesscaseReport(spy, { year: 2023, spoor: 'wonen' });
    const all = plans(db, statements);
    expect(all.flatMap(fullScans)).toEqual([]);
    const summaries = all.filter((_, i) => /JOIN case_summaries s ON/.test(statements[i]!.sql));
    expect(summaries.length).toBeGreaterThan(0);
    for (const p of summaries) expect(p.join(' | ')).toMatch(/^SEARCH c USING INDEX cases_reference_date .*SEARCH s USING INDEX sqlite_autoindex_case_summaries_1 \(case_code=\?\)/);
  });

  test('a wijk narrows the selection through an index of the cases too', async () => {
    const db = await store();
    const { db: spy, statements } = recording(db);
    businesscaseReport(spy, { year: 2025, wijk: 'Bloemhof' });
    expect(plans(db, statements).flatMap(fullScans)).toEqual([]);
  });
});

describe('§7 the case list reads in index order', () => {
  test('filtered by wijk and spoor, sorted newest first: the registered index gives the order, sporen are searched', async () => {
    const db = await store();
    const { db: spy, statements } = recording(db);
    listCases(spy, { wijk: 'Bloemhof', spoor: 'wonen' }, '2026-06-30');
    const [plan = []] = plans(db, statements);
    expect(plan.filter((d) => d.includes('TEMP B-TREE'))).toEqual([]);
    expect(plan.some((d) => d.includes('INDEX cases_registered'))).toBe(true);
    expect(plan.filter((d) => /^SCAN (s|case_sporen|settings)\b/.test(d))).toEqual([]);
  });
});
