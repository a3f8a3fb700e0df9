import { readFileSync, statSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { exportDataset } from '../../electron/core/data';
import { buildExport } from '../../electron/core/export/buildExport';
import { largeDataset } from '../integration/data/largeDataset';
import type { Werkbank } from './fixtures';
import { createStoreThroughUi, expect, expectNoAxeViolations, test } from './fixtures';

const VOORBEELD = 'test/fixtures/dataset-voorbeeld.json';
/** The size the screen names, in its own rounding (ProgressBar: whole kB of 1.000 bytes). */
const VOORBEELD_KB = Math.round(statSync(VOORBEELD).size / 1000);

/** Everything the server holds (every concept of the dataset) and the audit log's length. */
function storeState(werkbank: Werkbank) {
  const db = werkbank.session.database();
  const { exportedAt: _at, ...data } = exportDataset(db, { now: new Date('2025-06-01T12:00:00Z') });
  return { data, audit: (db.prepare('SELECT COUNT(*) AS n FROM audit_log').get() as { n: number }).n };
}

async function openGegevens(page: Page) {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Beheer' })).toBeVisible();
  return page.getByRole('region', { name: 'Gegevens importeren en exporteren' });
}

test.describe('§4 the dataset file in and out of the app (issue #8 item 7)', () => {
  test('a broken file is refused naming its first bad field; the example file imports with a summary and its cases are listed; the export equals the CLI export', async ({
    page,
    werkbank,
  }) => {
    await createStoreThroughUi(page, werkbank);
    const region = await openGegevens(page);
    const input = region.getByLabel('Datasetbestand');

    // A broken file: the field and its path on screen, the store unchanged.
    const before = storeState(werkbank);
    await input.setInputFiles('test/fixtures/invalid/negatieve-hoeveelheid.json');
    await region.getByRole('button', { name: 'Importeren' }).click();
    await expect(region.getByRole('alert')).toContainText('Niet geïmporteerd. Het bestand is niet ingelezen; er is niets gewijzigd. cases[2].reference[0].quantity:');
    expect(storeState(werkbank)).toEqual(before);

    // The example file, chosen and imported by keyboard: the file control is the Tab stop before the button.
    await input.setInputFiles(VOORBEELD);
    await expect(region.getByText(`Gekozen: dataset-voorbeeld.json (${String(VOORBEELD_KB)} kB).`)).toBeVisible();
    await input.focus();
    await page.keyboard.press('Tab');
    await expect(region.getByRole('button', { name: 'Importeren' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(region.getByRole('status').filter({ hasText: 'is geïmporteerd' })).toHaveText(
      'dataset-voorbeeld.json is geïmporteerd. Alle schermen tonen de nieuwe gegevens.',
    );
    const counts = region.getByRole('table', { name: 'Geïmporteerd per soort' });
    await expect(counts.getByRole('row', { name: 'Casussen 9' })).toBeVisible();
    await expect(counts.getByRole('row', { name: 'Kostenregels 16' })).toBeVisible();
    await expect(counts.getByRole('row', { name: 'Knelpunten 3' })).toBeVisible();
    await expect(region.getByRole('alert')).toHaveCount(0);
    expect(storeState(werkbank).data.cases.map((c) => c.code)).toHaveLength(9);
    await expectNoAxeViolations(page);
    await region.screenshot({ path: 'test-results/screens/beheer-gegevens.png' });

    // The case list, read again after the import, shows the imported cases without a reload.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Casussen' }).click();
    await expect(page.getByRole('status').filter({ hasText: /casussen$/ })).toHaveText('9 casussen');
    await expect(page.getByRole('row', { name: /BLO-2024-001/ })).toBeVisible();

    // Export, full and pseudonymised: the downloaded file parses and equals `werkbank export --what dataset`.
    await openGegevens(page);
    for (const pseudonymised of [false, true]) {
      if (pseudonymised) await region.getByLabel('Gepseudonimiseerd').check();
      const download = page.waitForEvent('download');
      await region.getByRole('button', { name: 'Dataset exporteren' }).click();
      const file = await download;
      const name = file.suggestedFilename();
      expect(name).toMatch(pseudonymised ? /^werkbank-dataset-\d{4}-\d{2}-\d{2}-gepseudonimiseerd\.json$/ : /^werkbank-dataset-\d{4}-\d{2}-\d{2}\.json$/);
      await expect(region.getByRole('status').filter({ hasText: 'Opgeslagen als' })).toHaveText(`Opgeslagen als ${name}.`);
      const downloaded = JSON.parse(readFileSync(await file.path(), 'utf8')) as Record<string, unknown>;
      const cli = JSON.parse(
        buildExport(werkbank.session.database(), { what: 'dataset', format: 'json', year: 2025, pseudonymised, now: new Date(String(downloaded.exportedAt)), actor: 'cli' }),
      ) as Record<string, unknown>;
      // The same file but for the audit head (issue #11 item 3): the screen's export entry came in between.
      const { auditHead: downloadedHead, ...downloadedData } = downloaded;
      const { auditHead: cliHead, ...cliData } = cli;
      expect(downloadedData).toEqual(cliData);
      expect([(downloadedHead as { seq: number }).seq + 1]).toEqual([(cliHead as { seq: number }).seq]);
    }
  });

  test('a file of many megabytes shows the progress bar advancing by bytes sent, then imports', async ({ page, werkbank }) => {
    test.setTimeout(120_000);
    await createStoreThroughUi(page, werkbank);
    const region = await openGegevens(page);
    const text = largeDataset(12_000_000);
    const expectedCases = (JSON.parse(text) as { cases: unknown[] }).cases.length;
    await region.getByLabel('Datasetbestand').setInputFiles({ name: 'groot.json', mimeType: 'application/json', buffer: Buffer.from(text) });

    // Every value the bar takes, recorded in the page as it changes (too fast to poll from here).
    // (A string: this file is typed for Node, without the DOM's types.)
    await page.evaluate(`(() => {
      const seen = [];
      window.progressSeen = seen;
      new MutationObserver(() => {
        const bar = document.querySelector('[role="progressbar"]');
        if (!bar) return;
        const now = bar.getAttribute('aria-valuenow') ?? 'bezig';
        if (seen.at(-1) !== now) seen.push(now);
      }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-valuenow', 'role'] });
    })()`);
    await region.getByRole('button', { name: 'Importeren' }).click();
    await expect(region.getByRole('status').filter({ hasText: 'is geïmporteerd' })).toBeVisible({ timeout: 90_000 });
    await expect(region.getByRole('table', { name: 'Geïmporteerd per soort' }).getByRole('row', { name: `Casussen ${expectedCases.toLocaleString('nl-NL')}` })).toBeVisible();

    const seen = await page.evaluate<string[]>('window.progressSeen');
    const numbers = seen.filter((v) => v !== 'bezig').map(Number);
    // Rising by bytes from 0, strictly (React may fold two fast chunks into one frame, and the last
    // chunk's 100 into the switch to "controleren en opslaan", so not every step is seen); then the
    // indeterminate phase, without aria-valuenow.
    expect(numbers[0]).toBe(0);
    expect(numbers.length).toBeGreaterThanOrEqual(5);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers.at(-1)).toBeGreaterThanOrEqual(80);
    expect(seen.at(-1)).toBe('bezig');
    expect(storeState(werkbank).data.cases).toHaveLength(expectedCases);
  });
});
