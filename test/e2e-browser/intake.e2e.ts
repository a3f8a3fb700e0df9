/**
 * Issue #14 items 7 and 8 on screen: the expected care-cost band asked at the aanmelding and heading
 * the agenda proposal, the 'Vier sporen overwogen' prompt, and the follow-up of a referral to the
 * voorliggend veld counted beside the referrals in the monitoring — each compared with what the
 * server stored or exports.
 */
import type { Page } from '@playwright/test';
import { buildExport } from '../../electron/core/export/buildExport';
import { createHandlers } from '../../electron/core/handlers';
import { nlBusinesscase as nl } from '../../renderer/src/features/businesscase/nl';
import { localIsoDate } from '../../shared/format/date';
import { createStoreThroughUi, expect, expectNoAxeViolations, importVoorbeeld, screenshot, test, type Werkbank } from './fixtures';

function server(werkbank: Werkbank) {
  return createHandlers({ session: werkbank.session, actor: 'e2e' });
}

async function newAanmelding(page: Page, alias: string, band: string): Promise<string> {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Casussen' }).click();
  await page.getByRole('link', { name: 'Nieuwe aanmelding' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe aanmelding' })).toBeVisible();
  await page.getByLabel('Wijk').selectOption('Bloemhof');
  await page.getByLabel('Alias of initialen').fill(alias);
  await page.getByLabel('Wonen').check();
  await page.getByLabel('Verwachte zorgkosten').selectOption({ label: band });
  await page.getByRole('button', { name: 'Aanmelding opslaan' }).click();
  await expect(page).toHaveURL(/#\/casussen\/BLO-\d{4}-\d{3}$/);
  return decodeURIComponent(page.url().split('/').pop() ?? '');
}

async function openCase(page: Page, code: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Casussen' }).click();
  await page.getByRole('link', { name: code, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(code);
}

/** The indicators of the monitoring as `werkbank export --what indicators --format json` writes them. */
function exportedIndicators(w: Werkbank, year: number) {
  const text = buildExport(w.session.database(), { what: 'indicators', format: 'json', year, pseudonymised: false, now: new Date(), actor: 'e2e' });
  return JSON.parse(text) as { perWijk: Record<string, { voorliggendVeld: number; voorliggendVeldArrived: number }>; totaal: { voorliggendVeld: number; voorliggendVeldArrived: number } };
}

test.describe('Issue #14 items 7–8: intake, priority and the referral follow-up', () => {
  test('the care-cost band is asked at the aanmelding, stored, and the highest band heads the agenda proposal', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await importVoorbeeld(page, werkbank);
    const low = await newAanmelding(page, 'L.', 'minder dan € 10.000 per jaar');
    const high = await newAanmelding(page, 'H.', '€ 100.000 of meer per jaar');
    const h = server(werkbank);
    const stored = async (code: string) => (await h['cases:get']({ code })).case.careCostBand;
    expect(await stored(low)).toBe('tot_10k');
    expect(await stored(high)).toBe('boven_100k');

    // A meeting of the Bloemhof tafel today: both new aanmeldingen are proposed, the higher band first
    // although it was registered later (both have the same reason: a new aanmelding).
    const { id: meetingId } = await h['meetings:create']({ tafelId: 'tafel-blo', date: localIsoDate(new Date()) });
    await page.evaluate((id) => {
      window.location.hash = `#/tafels/bijeenkomsten/${id}`;
    }, meetingId);
    const proposal = page.getByRole('region', { name: 'Voorstel voor de agenda' });
    const items = proposal.locator('.proposal-item');
    await expect(items.filter({ hasText: high })).toContainText('Verwachte zorgkosten: € 100.000 of meer per jaar');
    await expect(items.filter({ hasText: low })).toContainText('Verwachte zorgkosten: minder dan € 10.000 per jaar');
    const order = await items.locator('.agenda-code').allTextContents();
    expect(order.indexOf(high)).toBeGreaterThanOrEqual(0);
    expect(order.indexOf(high)).toBeLessThan(order.indexOf(low));
    await expectNoAxeViolations(page);
    await screenshot(page, 'intake-proposal-band');
  });

  test('the four sporen are asked until all are considered, then one line says so', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await importVoorbeeld(page, werkbank);
    await openCase(page, 'SCH-2025-002');
    const prompt = page.getByRole('form', { name: 'Vier sporen overwogen' });
    for (const spoor of ['Samenredzaamheid', 'Wonen', 'Werk en dagbesteding', 'Financiële zekerheid']) await prompt.getByLabel(spoor).check();
    await prompt.getByRole('button', { name: 'Overwogen sporen opslaan' }).click();
    const section = page.getByRole('region', { name: 'Vier sporen overwogen' });
    await expect(section.getByText('Alle vier sporen zijn overwogen.')).toBeVisible();
    const { case: c } = await server(werkbank)['cases:get']({ code: 'SCH-2025-002' });
    expect(c.sporenConsidered).toEqual(['samenredzaamheid', 'wonen', 'werk_dagbesteding', 'financiele_zekerheid']);
    await expectNoAxeViolations(page);
  });

  test('a referral to the voorliggend veld gets a follow-up (a date is required), and the monitoring counts the arrival beside the referral', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await importVoorbeeld(page, werkbank);
    const before = exportedIndicators(werkbank, 2025);
    // BLO-2025-002's one referral (inzet sociaal netwerk, ingezet) counts in 2025; a voorgestelde does not.
    await openCase(page, 'BLO-2025-002');
    const followUp = page.getByRole('form', { name: /^Opvolging: / });
    await followUp.getByLabel('Aangekomen').selectOption({ label: 'Ja' });
    await followUp.getByRole('button', { name: /^Opvolging opslaan/ }).click();
    await expect(followUp.getByRole('alert')).toContainText('Nagegaan op: Vul de datum in waarop is nagegaan of de inwoner is aangekomen.');
    const referral = async () => (await server(werkbank)['cases:get']({ code: 'BLO-2025-002' })).case.interventions.find((v) => v.type === 'inzet-sociaal-netwerk');
    expect((await referral())?.referralArrived).toBeUndefined();
    expect((await referral())?.referralCheckedOn).toBeUndefined();

    await followUp.getByLabel('Nagegaan op').fill('15-03-2025');
    await followUp.getByRole('button', { name: /^Opvolging opslaan/ }).click();
    const section = page.getByRole('region', { name: 'Interventies en doorbraken' });
    await expect(section.locator('.werkbank-done')).toContainText('is opgeslagen: aangekomen Ja.');
    await expect(section.getByRole('table')).toContainText('Aangekomen: Ja (15-03-2025)');
    const stored = await referral();
    expect(stored?.referralArrived).toBe('aangekomen');
    expect(stored?.referralCheckedOn).toBe('2025-03-15');
    await expectNoAxeViolations(page);
    await screenshot(page, 'intake-referral-follow-up');
    await section.screenshot({ path: 'test-results/screens/intake-referral-section.png' });

    // The monitoring of 2025: one more arrival in Bloemhof, the referrals unchanged; screen = export.
    const after = exportedIndicators(werkbank, 2025);
    expect(after.perWijk.Bloemhof?.voorliggendVeldArrived).toBe((before.perWijk.Bloemhof?.voorliggendVeldArrived ?? 0) + 1);
    expect(after.perWijk.Bloemhof?.voorliggendVeld).toBe(before.perWijk.Bloemhof?.voorliggendVeld);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Businesscase' }).click();
    await page.getByLabel('Jaar', { exact: true }).selectOption('2025');
    await page.getByRole('tab', { name: nl.tabs.monitoring, exact: true }).click();
    const arrivedRow = page
      .getByTestId('monitoring-algemeen')
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'waarvan aangekomen (opvolging)', exact: true }) });
    await expect(arrivedRow.getByRole('cell')).toHaveText([...Object.values(after.perWijk).map((w) => String(w.voorliggendVeldArrived)), String(after.totaal.voorliggendVeldArrived)]);
  });
});
