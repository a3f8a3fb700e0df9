/**
 * Issue #11 item 3 in the app: Beheer → Logboek — the log newest first, paged, filtered by case,
 * actor, action and period (dd-mm-jjjj), exported as CSV (and that export audited), and the status
 * of the chain, the MACs and the anchor: sound, and after entries were removed.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { appendAudit } from '../../electron/core/store/audit';
import { createStoreThroughUi, expect, expectNoAxeViolations, importVoorbeeld, screenshot, test, type Werkbank } from './fixtures';

/** Two entries about BLO-2024-001 in March 2025 and 55 of a bulk job in May, after what the store already holds. */
function addEntries(werkbank: Werkbank): number {
  const db = werkbank.session.database();
  appendAudit(db, { actor: 'anna', action: 'case.update', entity: 'case', entityId: 'BLO-2024-001', detail: { fields: ['alias'] } }, new Date('2025-03-01T10:00:00Z'));
  appendAudit(db, { actor: 'bram', action: 'knelpunt.save', entity: 'knelpunt', entityId: 'kp-1', detail: { caseCode: 'BLO-2024-001' } }, new Date('2025-03-02T12:00:00Z'));
  for (let i = 0; i < 55; i++) appendAudit(db, { actor: 'bulk', action: 'case.create', entity: 'case', entityId: `IJS-2025-${String(100 + i)}` }, new Date('2025-05-01T09:00:00Z'));
  return (db.prepare('SELECT COUNT(*) AS n FROM audit_log').get() as { n: number }).n;
}

async function openLogboek(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Beheer' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Onderdelen van beheer' }).getByRole('link', { name: 'Logboek' }).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Logboek' })).toBeVisible();
}

test.describe('issue #11 item 3: Beheer → Logboek', () => {
  test('pages newest first, filters by case, actor and period, exports the filtered rows as CSV', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await importVoorbeeld(page, werkbank);
    const total = addEntries(werkbank);
    await openLogboek(page);

    await expect(page.getByTestId('audit-status')).toContainText('Het logboek is compleet en ongewijzigd');
    await expect(page.getByTestId('audit-status')).toContainText(`${String(total)} regels; elke regel heeft een geldige MAC en het anker buiten de database staat bij regel ${String(total)}.`);
    const count = page.getByRole('status').filter({ hasText: /regels?$|Geen regels/ });
    await expect(count).toHaveText(`${String(total)} regels`);
    const table = page.getByRole('table', { name: 'Logboek, nieuwste regel eerst' });
    await expect(table.getByRole('row')).toHaveCount(51);
    await expect(table.getByRole('row').nth(1).getByRole('rowheader')).toHaveText(String(total));
    const pages = page.getByRole('navigation', { name: 'Pagina’s van het logboek' });
    await expect(pages).toContainText('Pagina 1 van 2');
    await pages.getByRole('button', { name: 'Volgende pagina' }).press('Enter');
    await expect(pages).toContainText('Pagina 2 van 2');
    await expect(table.getByRole('row')).toHaveCount(total - 50 + 1);
    await expect(table.getByRole('row').last().getByRole('rowheader')).toHaveText('1');

    // The case: its own entry and the knelpunt naming it, newest first; a new filter starts at page 1.
    const filters = page.getByRole('search', { name: 'Filters voor het logboek' });
    await filters.getByLabel('Casus of id').fill('BLO-2024-001');
    await expect(count).toHaveText('2 regels');
    await expect(pages).toHaveCount(0);
    await expect(table.getByRole('row').nth(1)).toContainText('02-03-2025 13:00:00');
    await expect(table.getByRole('row').nth(1)).toContainText('caseCode: BLO-2024-001');
    await expect(table.getByRole('row').nth(2)).toContainText('01-03-2025 11:00:00');
    await expect(table.getByRole('row').nth(2)).toContainText('fields: ["alias"]');

    await filters.getByLabel('Wie').selectOption('anna');
    await expect(count).toHaveText('1 regel');
    await filters.getByLabel('Wie').selectOption('');

    // The period, typed as dd-mm-jjjj; an end before the start is said under "Tot en met" and keeps the last list.
    await filters.getByLabel('Tot en met').fill('01-03-2025');
    await expect(count).toHaveText('1 regel');
    await expect(table.getByRole('row').nth(1)).toContainText('case.update');
    await filters.getByLabel('Van', { exact: true }).fill('02-03-2025');
    await expect(filters.getByLabel('Tot en met')).toHaveAccessibleDescription(/De einddatum ligt vóór de begindatum/);
    await expect(table.getByRole('row').nth(1)).toContainText('case.update');
    await filters.getByLabel('Tot en met').fill('02-03-2025');
    await expect(count).toHaveText('1 regel');
    await expect(table.getByRole('row').nth(1)).toContainText('knelpunt.save');
    await filters.getByLabel('Van', { exact: true }).fill('01-03-2025');
    await expect(count).toHaveText('2 regels');

    await expectNoAxeViolations(page);
    await screenshot(page, 'beheer-logboek');

    // The export: the filtered rows as CSV, saved as a download; the export is itself an entry.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exporteren als CSV' }).press('Enter');
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^werkbank-logboek-\d{4}-\d{2}-\d{2}\.csv$/);
    await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen als' })).toHaveText(`Opgeslagen als ${file.suggestedFilename()} (2 regels).`);
    expect(readFileSync(await file.path(), 'utf8')).toBe(
      '\uFEFFVolgnummer;Tijdstip;Wie;Handeling;Onderwerp;Id;Details\r\n' +
        `${String(total - 55)};02-03-2025 13:00:00;bram;knelpunt.save;knelpunt;kp-1;caseCode: BLO-2024-001\r\n` +
        `${String(total - 56)};01-03-2025 11:00:00;anna;case.update;case;BLO-2024-001;"fields: [""alias""]"\r\n`,
    );
    const last = werkbank.session.database().prepare('SELECT action, detail FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { action: string; detail: string };
    expect([last.action, JSON.parse(last.detail)]).toEqual(['audit.export', { subject: 'BLO-2024-001', actor: null, action: null, from: '2025-03-01', to: '2025-03-02', rows: 2 }]);
    // The status read again after the export: one entry more, still sound.
    await expect(page.getByTestId('audit-status')).toContainText(`${String(total + 1)} regels; elke regel heeft een geldige MAC`);
  });

  test('entries removed behind the app’s back: the status names the missing numbers', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    const total = addEntries(werkbank);
    const db = werkbank.session.database();
    db.exec('DROP TRIGGER audit_log_no_delete');
    db.prepare('DELETE FROM audit_log WHERE seq > ?').run(total - 3);
    await openLogboek(page);
    const status = page.getByTestId('audit-status');
    await expect(status).toContainText('Het logboek is niet compleet of niet ongewijzigd');
    await expect(status).toContainText(
      `Het logboek eindigt bij regel ${String(total - 3)}, maar het anker noemt regel ${String(total)}: regels ${String(total - 2)}–${String(total)} zijn verwijderd, of een oudere kopie van de database is teruggezet.`,
    );
    await expectNoAxeViolations(page);
    await screenshot(page, 'beheer-logboek-probleem');
  });
});
