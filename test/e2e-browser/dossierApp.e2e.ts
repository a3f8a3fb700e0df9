import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { createHandlers } from '../../electron/core/handlers';
import { StoreSession } from '../../electron/core/store/session';
import { startHost } from '../../electron/host/server';
import { formatDate, localIsoDate } from '../../shared/format/date';
import { formatEuro } from '../../shared/format/money';
import { createStoreThroughUi, expect, expectNoAxeViolations, importVoorbeeld, screenshot, test, type Werkbank } from './fixtures';

/**
 * Issue #9 item 5: the escalation dossier between two werkbanken through the app. On the
 * verbinder's store (A) the submitted PRIO escalation's dossier is exported (a download); on the
 * PRIO store (B, a second host with its own fresh store) it is imported on the Escalaties page,
 * taken, decided with a maatwerkbudget, and the answer exported; imported on A, the besluit shows on
 * A's case. A wrong passphrase is refused with the command line's message and changes nothing. By
 * keyboard where a person would; the stored state read from each host.
 */

const CODE = 'BLO-2025-001';
const DOSSIER_PASSPHRASE = 'zin voor het prio-dossier';

const handlers = (w: Werkbank) => createHandlers({ session: w.session, actor: 'e2e' });

/** Presses Tab until `target` has focus: proves it is reachable with the keyboard alone. */
async function tabTo(page: Page, target: Locator, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await target.and(page.locator(':focus')).count()) > 0) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

async function press(page: Page, button: Locator): Promise<void> {
  await button.focus();
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
}

async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await field.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name }).click();

/** A second browser host on a fresh store: the PRIO adviser's machine. */
async function secondWerkbank(): Promise<Werkbank & { close: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'werkbank-e2e-prio-'));
  const session = new StoreSession(dataDir, {});
  const host = await startHost({ rendererDir: resolve(process.env.WERKBANK_RENDERER_DIR ?? 'out/renderer'), handlers: createHandlers({ session, actor: 'e2e-prio' }) });
  return {
    host,
    session,
    dataDir,
    close: async () => {
      session.lock();
      await host.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Fills the export form on `scope` by keyboard and saves; returns the downloaded file's path. */
async function exportDossier(page: Page, scope: Locator, button: string, shot?: string): Promise<string> {
  await press(page, scope.getByRole('button', { name: button }));
  const form = page.getByRole('form', { name: /^(Dossier|Antwoord) exporteren/ });
  await expect(form.getByRole('heading', { level: 4 })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Wachtwoordzin voor het dossierbestand')).toBeFocused();
  await page.keyboard.type(DOSSIER_PASSPHRASE);
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Herhaal de wachtwoordzin')).toBeFocused();
  await page.keyboard.type(DOSSIER_PASSPHRASE);
  if (shot) {
    await expectNoAxeViolations(page);
    await screenshot(page, shot);
  }
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const file = await download;
  const path = join(mkdtempSync(join(tmpdir(), 'werkbank-dossier-')), file.suggestedFilename());
  await file.saveAs(path);
  await expect(scope.getByRole('status').filter({ hasText: 'is opgeslagen' })).toContainText(file.suggestedFilename());
  return path;
}

/** On the Escalaties page: choose the file (reached by Tab), type the passphrase, import. */
async function importDossier(page: Page, file: string, passphrase = DOSSIER_PASSPHRASE, shot?: string): Promise<void> {
  await nav(page, 'Escalaties');
  await expect(page.getByRole('heading', { level: 1, name: 'Escalaties' })).toBeVisible();
  const opener = page.getByRole('button', { name: 'Dossier importeren' });
  if (await opener.isVisible()) await press(page, opener);
  const form = page.getByRole('form', { name: 'Dossier importeren' });
  await expect(form.getByRole('heading', { level: 2, name: 'Dossier importeren' })).toBeFocused();
  const input = form.getByLabel(/^Dossierbestand/);
  await tabTo(page, input, 5);
  // A file dialog is the operating system's: Playwright hands the file to the focused control.
  await input.setInputFiles(file);
  await expect(form).toContainText(`Gekozen: ${file.split('/').at(-1) ?? ''}`);
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Wachtwoordzin van het dossierbestand')).toBeFocused();
  await page.keyboard.type(passphrase);
  if (shot) {
    await expectNoAxeViolations(page);
    await screenshot(page, shot);
  }
  await page.keyboard.press('Enter');
}

test('issue #9 item 5: dossier out of A, into B by the UI, decided there, the answer back into A: the besluit shows on A’s case', async ({ page, werkbank, context }) => {
  test.setTimeout(180_000);
  const prio = await secondWerkbank();
  try {
    // A: the verbinder's store with a submitted PRIO escalation (made through the channels; escalate.e2e.ts covers the screens).
    await createStoreThroughUi(page, werkbank);
    await importVoorbeeld(page, werkbank);
    const a = handlers(werkbank);
    // §5 the resident consented to sharing with PRIO (the consent screens are consent.e2e.ts and escalate.e2e.ts).
    const consent = (await a['cases:get']({ code: CODE })).case.consent;
    await a['cases:update']({ code: CODE, changes: { consent: { basis: 'toestemming', recordedOn: '2025-01-14', scope: [...(consent?.scope ?? []), { partner: 'PRIO', granted: true }] } } });
    await a['escalations:create']({ code: CODE, target: 'prio', question: 'Kan de huurschuld worden bevroren?', requestedBudgetCents: 200000, urgency: 'hoog', consentChecked: true });
    await a['escalations:transition']({ code: CODE, index: 0, to: 'ingediend' });

    // 1. A exports the dossier from the case screen's escalation card.
    await nav(page, 'Casussen');
    await press(page, page.getByRole('link', { name: CODE, exact: true }));
    const card = page.getByRole('region', { name: /^Escalatie naar PRIO/ });
    const request = await exportDossier(page, card, 'Dossier exporteren', 'dossier-export');
    expect(request).toMatch(new RegExp(`dossier-${CODE}-esc-1-verzoek-\\d{4}-\\d{2}-\\d{2}\\.dossier$`));
    expect(readFileSync(request).subarray(0, 10).toString('ascii')).toBe('CWBDOSSIER');
    await expect(card.getByRole('button', { name: 'Dossier exporteren' })).toBeFocused();

    // 2. B (a fresh store on another host) imports it on the Escalaties page.
    const pageB = await context.newPage();
    await createStoreThroughUi(pageB, prio);
    await importDossier(pageB, request, DOSSIER_PASSPHRASE, 'dossier-import');
    const done = pageB.getByRole('status').filter({ hasText: 'Nieuwe casus' });
    await expect(done).toHaveText(`Nieuwe casus ${CODE} ontvangen met escalatie esc-1 (status Ingediend). Ze staat in de lijst hieronder. Open casus ${CODE}`);
    await expect(done).toBeFocused();
    const b = handlers(prio);
    expect((await b['cases:get']({ code: CODE })).received).toBe(true);
    await expectNoAxeViolations(pageB);

    // The case list and the case screen say it is a received copy.
    await nav(pageB, 'Casussen');
    await expect(pageB.getByRole('row', { name: new RegExp(CODE) })).toContainText('Ontvangen dossier van een andere werkbank');
    await press(pageB, pageB.getByRole('link', { name: CODE, exact: true }));
    await expect(pageB.getByText('Ontvangen dossier van een andere werkbank')).toBeVisible();
    await expect(pageB.getByText(/telt niet mee in de businesscase/)).toBeVisible();
    await expectNoAxeViolations(pageB);
    await screenshot(pageB, 'dossier-received');

    // 3. B takes it and decides with a maatwerkbudget, then exports the answer from the inbox's dossier.
    await nav(pageB, 'Escalaties');
    const row = pageB.getByRole('table', { name: /^Escalaties:/ }).getByRole('row').filter({ has: pageB.getByRole('rowheader', { name: CODE }) });
    await press(pageB, row.getByRole('button', { name: /^Dossier van/ }));
    const panel = pageB.getByRole('region', { name: `Dossier ${CODE}` });
    await press(pageB, panel.getByRole('button', { name: 'In behandeling nemen' }));
    await expect(pageB.getByRole('status').filter({ hasText: 'in behandeling genomen' })).toBeVisible();
    await press(pageB, panel.getByRole('button', { name: 'Besluit vastleggen' }));
    const besluit = pageB.getByRole('form', { name: 'Besluit vastleggen' });
    await besluit.getByLabel('Toegekend', { exact: true }).check();
    await besluit.getByRole('checkbox', { name: 'Maatwerkbudget' }).check();
    await typeInto(pageB, besluit.getByRole('textbox', { name: 'Bedrag maatwerkbudget' }), '1.750,00');
    await typeInto(pageB, besluit.getByLabel('Besloten op'), formatDate(localIsoDate(new Date())));
    await press(pageB, besluit.getByRole('button', { name: 'Besluit opslaan' }));
    await expect(pageB.getByRole('status').filter({ hasText: 'besluit' })).toContainText('het besluit is vastgelegd');
    const answer = await exportDossier(pageB, panel, 'Antwoord exporteren');
    expect(answer).toMatch(/-esc-1-antwoord-\d{4}-\d{2}-\d{2}\.dossier$/);
    await expectNoAxeViolations(pageB);

    // 4. A: a wrong passphrase is refused with the command line's message, and nothing changes.
    const before = await a['cases:get']({ code: CODE });
    await importDossier(page, answer, 'niet de goede zin');
    await expect(page.getByRole('alert')).toContainText('Dit dossierbestand gaat niet open: de wachtwoordzin klopt niet');
    await expect(page.getByLabel('Wachtwoordzin van het dossierbestand')).toBeFocused();
    await expect(page.getByLabel('Wachtwoordzin van het dossierbestand')).toHaveValue('');
    expect(await a['cases:get']({ code: CODE })).toEqual(before);

    // 5. A imports the answer with the right passphrase: the besluit is merged into A's own case.
    await page.keyboard.type(DOSSIER_PASSPHRASE);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'antwoord' })).toHaveText(
      `Het antwoord op escalatie esc-1 van casus ${CODE} is verwerkt: status Besluit. Open casus ${CODE}`,
    );
    const merged = (await a['cases:get']({ code: CODE })).case.escalations[0];
    expect(merged).toMatchObject({ status: 'besluit', besluit: { outcome: 'toegekend', maatwerkbudgetCents: 175000 } });
    await press(page, page.getByRole('link', { name: `Open casus ${CODE}` }));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(CODE);
    const besluitCell = page.getByRole('table', { name: 'Escalaties' }).getByRole('row', { name: /PRIO/ });
    await expect(besluitCell).toContainText(`Toegekend`);
    await expect(besluitCell).toContainText(formatEuro(175000));
    await expect(page.getByText('Ontvangen dossier van een andere werkbank')).toHaveCount(0);
    await expectNoAxeViolations(page);
  } finally {
    await prio.close();
  }
});
