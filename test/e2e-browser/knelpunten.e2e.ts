import type { Locator, Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { createHandlers } from '../../electron/core/handlers';
import { formatDate, localIsoDate } from '../../shared/format/date';
import { createStoreThroughUi, expect, expectNoAxeViolations, importVoorbeeld, screenshot, test, type Werkbank } from './fixtures';

const CASE = 'BLO-2025-001';
const RULE = 'Maximale huurgrens jongeren';
const BLOCKED = 'Geen huurtoeslag boven de huurgrens; de woning die vrijkwam viel daardoor af.';
const todayIso = localIsoDate(new Date());
const today = formatDate(todayIso);

/** The register as the host's own knelpunten:list handler returns it: what is stored. */
async function stored(werkbank: Werkbank) {
  return (await createHandlers({ session: werkbank.session, actor: 'e2e' })['knelpunten:list']({})).items;
}

function rowOf(table: Locator, page: Page, rule: string): Locator {
  return table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: rule, exact: true }) });
}

async function sectionShot(page: Page, locator: Locator, name: string): Promise<void> {
  mkdirSync('test-results/screens', { recursive: true });
  await locator.screenshot({ path: `test-results/screens/${name}.png` });
}

/** From the case list to the case's page, by keyboard. */
async function openCase(page: Page, code: string): Promise<void> {
  const link = page.getByRole('link', { name: code, exact: true });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(code);
}

async function openRegister(page: Page): Promise<void> {
  const link = page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Knelpunten' });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Knelpunten' })).toBeVisible();
}

test.describe('§2.1 knelpunten: raised from a case, kept in the register per wijk and rule', () => {
  test('a knelpunt is raised from the case by keyboard, shows in the case and the register, and its status and filters work', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await importVoorbeeld(page, werkbank);
    await openCase(page, CASE);
    const section = page.getByRole('region', { name: 'Knelpunten' });
    await expect(section.getByText('Voor deze casus is nog geen knelpunt gemeld.')).toBeVisible();

    // A save without a rule is refused in Dutch, names the field, and stores nothing.
    const opener = section.getByRole('button', { name: 'Knelpunt melden' });
    await opener.focus();
    await page.keyboard.press('Enter');
    const rule = section.getByLabel('Welke regel of welk hiaat');
    await expect(rule).toBeFocused();
    await expect(section.getByLabel('Gemeld op')).toHaveValue(today);
    await section.getByRole('button', { name: 'Knelpunt opslaan' }).focus();
    await page.keyboard.press('Enter');
    const ruleRequired = 'Vul bij "Welke regel of welk hiaat" in welke regel of welk gat in het aanbod de oplossing blokkeerde.';
    await expect(section.getByText(ruleRequired, { exact: true }).first()).toBeVisible();
    await expect(rule).toBeFocused();
    await expect(rule).toHaveAttribute('aria-invalid', 'true');
    expect((await stored(werkbank)).map((k) => k.id)).toEqual(['kp-1', 'kp-2', 'kp-3']);
    await expectNoAxeViolations(page);

    // Now the whole knelpunt, typed: rule, what it blocked, the day left at today, Enter on save.
    await page.keyboard.type(RULE);
    await page.keyboard.press('Tab');
    await expect(section.getByLabel('Wat het blokkeerde')).toBeFocused();
    await page.keyboard.type(BLOCKED);
    await page.keyboard.press('Tab');
    await expect(section.getByLabel('Gemeld op')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(section.getByRole('button', { name: 'Knelpunt opslaan' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(section.getByRole('status').filter({ hasText: 'is gemeld' })).toHaveText(`Knelpunt "${RULE}" is gemeld en staat in het register.`);
    await expect(opener).toBeFocused();

    // Stored with the case's code and wijk, today, open.
    const created = (await stored(werkbank)).find((k) => k.rule === RULE);
    // Issue #9 item 6: a new id carries the store's own random tag, so it never meets another store's.
    expect(created).toEqual({ id: expect.stringMatching(/^kp-[0-9a-f]{6}-1$/) as unknown, caseCode: CASE, wijk: 'Bloemhof', rule: RULE, description: BLOCKED, raisedOn: todayIso, status: 'open' });

    // The case's own table: only this case's knelpunt, as stored.
    const caseTable = page.getByTestId('case-knelpunten');
    await expect(caseTable.getByRole('row')).toHaveCount(2); // header + one
    await expect(rowOf(caseTable, page, RULE).getByRole('cell')).toHaveText([BLOCKED, today, 'Open']);
    await expectNoAxeViolations(page);
    await sectionShot(page, section, '60-casus-knelpunten');

    // The register: every knelpunt, the new one among them, with the counts per rule and wijk.
    await openRegister(page);
    await expect(page.getByTestId('knelpunten-count')).toHaveText('4 knelpunten');
    const register = page.getByTestId('knelpunten-register');
    const row = rowOf(register, page, RULE);
    await expect(row).toContainText('Bloemhof');
    await expect(row.getByRole('link', { name: CASE })).toBeVisible();
    await expect(row).toContainText(today);
    const perRule = page.getByTestId('knelpunten-per-regel');
    await expect(rowOf(perRule, page, RULE).getByRole('cell')).toHaveText(['Bloemhof', '1']);

    // The status, by keyboard: the row's select to "Doorgezet naar wijk-MT", then its save button.
    const status = row.getByLabel(`Status van knelpunt "${RULE}" (${today})`);
    await status.focus();
    await page.keyboard.press('ArrowDown');
    await expect(status).toHaveValue('doorgezet');
    await page.keyboard.press('Tab');
    await expect(row.getByRole('button', { name: `Status opslaan van knelpunt "${RULE}" (${today})` })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByText(`Knelpunt "${RULE}" staat nu op Doorgezet naar wijk-MT.`, { exact: true })).toBeVisible();
    await expect.poll(async () => (await stored(werkbank)).find((k) => k.id === created?.id)?.status).toBe('doorgezet');
    // The other knelpunten are untouched.
    expect((await stored(werkbank)).map((k) => k.status)).toEqual(['doorgezet', 'open', 'opgelost', 'doorgezet']);

    // Filters: per wijk, then status, then rule; each narrows the rows and the counts.
    await page.getByLabel('Wijk', { exact: true }).selectOption('Bloemhof');
    await expect(page.getByTestId('knelpunten-count')).toHaveText('2 knelpunten');
    await expect(perRule.getByRole('rowheader')).toHaveText([RULE, 'Urgentieverordening']);
    await page.getByLabel('Status', { exact: true }).selectOption('open');
    await expect(page.getByText('Geen knelpunten gevonden met deze filters.')).toBeVisible();
    await page.getByLabel('Status', { exact: true }).selectOption('doorgezet');
    await expect(page.getByTestId('knelpunten-count')).toHaveText('2 knelpunten');
    await page.getByLabel('Regel of hiaat', { exact: true }).selectOption(RULE);
    await expect(page.getByTestId('knelpunten-count')).toHaveText('1 knelpunt');
    await expect(register.getByRole('rowheader')).toHaveText([RULE]);
    await page.getByLabel('Wijk', { exact: true }).selectOption('Schiebroek');
    await expect(page.getByText('Geen knelpunten gevonden met deze filters.')).toBeVisible();
    await page.getByLabel('Wijk', { exact: true }).selectOption('');
    await page.getByLabel('Regel of hiaat', { exact: true }).selectOption('');
    await page.getByLabel('Status', { exact: true }).selectOption('');
    await expect(page.getByTestId('knelpunten-count')).toHaveText('4 knelpunten');
    await expectNoAxeViolations(page);
    await screenshot(page, '61-knelpunten-register');

    // Back on the case, the table shows the new status.
    await row.getByRole('link', { name: CASE }).click();
    await expect(rowOf(page.getByTestId('case-knelpunten'), page, RULE).getByRole('cell')).toHaveText([BLOCKED, today, 'Doorgezet naar wijk-MT']);
  });

  test('an empty store says there are no knelpunten yet and where one is raised', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await openRegister(page);
    await expect(page.getByRole('heading', { level: 2, name: 'Nog geen knelpunten' })).toBeVisible();
    await expect(page.getByText('Meld een knelpunt op het scherm van de casus waarin het zich voordeed.')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the monitoring counts a knelpunt raised from a case under its rule and wijk (§3.6)', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await importVoorbeeld(page, werkbank);
    await openCase(page, CASE);
    const section = page.getByRole('region', { name: 'Knelpunten' });
    await section.getByRole('button', { name: 'Knelpunt melden' }).click();
    await section.getByLabel('Welke regel of welk hiaat').fill(RULE);
    await section.getByLabel('Wat het blokkeerde').fill(BLOCKED);
    await section.getByRole('button', { name: 'Knelpunt opslaan' }).click();
    await expect(section.getByRole('status').filter({ hasText: 'is gemeld' })).toHaveText(`Knelpunt "${RULE}" is gemeld en staat in het register.`);

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Businesscase' }).click();
    // The year the knelpunt was raised in (the screen opens on the latest year with cases), in the Monitoring tab.
    await page.getByLabel('Jaar', { exact: true }).selectOption(todayIso.slice(0, 4));
    await page.getByRole('tab', { name: 'Monitoring', exact: true }).click();
    const monitoring = page.getByTestId('monitoring-knelpunten');
    const headers = await monitoring.getByRole('columnheader').allTextContents();
    expect(headers[0]).toBe('Indicator');
    expect(headers.at(-1)).toBe('Totaal');
    const expected = headers.slice(1).map((h) => (h === 'Bloemhof' || h === 'Totaal' ? '1' : '0'));
    await expect(rowOf(monitoring, page, RULE).getByRole('cell')).toHaveText(expected);
  });
});
