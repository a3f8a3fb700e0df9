import type { Locator, Page } from '@playwright/test';
import { createStoreThroughUi, expect, expectNoAxeViolations, importVoorbeeld, screenshot, test } from './fixtures';

/**
 * §2.3 the PRIO inbox and the overdue banner, against the browser host with the real clock: the
 * example data's 2025 deadlines lie in the past, so its submitted escalation is overdue. Expected
 * figures come from the host itself (the same channel the screen calls), never hard-coded.
 */

interface InboxItem {
  code: string;
  index: number;
  status: string;
  overdue: boolean;
  ageDays: number | null;
}

/** One call to the browser host, exactly as the renderer makes it (token from this tab's session). */
async function callHost<T>(page: Page, channel: string, input: unknown): Promise<T> {
  const result = await page.evaluate(
    async ({ channel, input }) => {
      const res = await fetch(`/ipc/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-werkbank-token': sessionStorage.getItem('werkbank.hostToken') ?? '' },
        body: JSON.stringify(input),
      });
      return (await res.json()) as { ok: boolean; value?: unknown; error?: { code: string; message: string } };
    },
    { channel, input },
  );
  if (!result.ok) throw new Error(`${channel}: ${result.error?.code ?? '?'} ${result.error?.message ?? ''}`);
  return result.value as T;
}

const overdueCount = (page: Page) => callHost<{ overdue: number; open: number }>(page, 'escalations:overdueCount', {});
const inbox = (page: Page, input: object = {}) => callHost<{ items: InboxItem[] }>(page, 'escalations:inbox', input);

const bannerText = (n: number) => `${String(n)} ${n === 1 ? 'escalatie' : 'escalaties'} over de termijn`;

/** The banner says what the host counts now: its number, or nothing at all at zero. */
async function expectBannerMatchesHost(page: Page): Promise<void> {
  const { overdue } = await overdueCount(page);
  const banner = page.getByTestId('overdue-banner');
  if (overdue === 0) await expect(banner).toHaveCount(0);
  else await expect(banner).toContainText(bannerText(overdue));
}

async function openInbox(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Escalaties' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Escalaties' })).toBeVisible();
}

const inboxTable = (page: Page) => page.getByRole('table', { name: /^Escalaties:/ });
const rowOf = (page: Page, code: string) => inboxTable(page).getByRole('row').filter({ has: page.getByRole('rowheader', { name: code }) });
const dossierButton = (page: Page, code: string) => rowOf(page, code).getByRole('button', { name: /^Dossier van/ });
const dossier = (page: Page) => page.getByRole('region', { name: /^Dossier / });

/** Presses Tab until `target` has focus: proves it is reachable with the keyboard alone. */
async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await target.and(page.locator(':focus')).count()) > 0) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test.describe('§2.3 overdue banner', () => {
  test('a new store has no banner and an explicit empty inbox', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    expect((await overdueCount(page)).overdue).toBe(0);
    await expect(page.getByTestId('overdue-banner')).toHaveCount(0);
    await openInbox(page);
    await expect(page.getByRole('heading', { level: 2, name: 'Geen openstaande escalaties' })).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, '31-escalaties-leeg');
  });

  test('shows the host’s overdue count on every screen, politely, and links to the inbox', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await importVoorbeeld(page, werkbank);
    const { overdue } = await overdueCount(page);
    expect(overdue).toBeGreaterThan(0); // the example data's 2025 deadlines have passed

    const banner = page.getByTestId('overdue-banner');
    await expect(banner).toContainText(bannerText(overdue));
    // A status, not an alert; and it never takes focus.
    await expect(banner.getByRole('status')).toContainText(bannerText(overdue));
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.locator(':focus')).toHaveCount(0);
    await expectNoAxeViolations(page);
    await screenshot(page, '30-banner-casussen');

    for (const area of ['Tafels', 'Businesscase', 'Beheer']) {
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: area }).click();
      await expect(page.getByRole('heading', { level: 1, name: area })).toBeVisible();
      await expect(banner).toContainText(bannerText(overdue));
    }

    await banner.getByRole('link', { name: 'Naar de escalaties' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Escalaties' })).toBeVisible();
    await expect(banner).toContainText(bannerText(overdue));
    await expect(banner.getByRole('link')).toHaveCount(0); // already there
  });
});

test.describe('§2.3 PRIO inbox', () => {
  test('lists the server’s order with te laat marked, and opens a dossier with the keyboard alone', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await importVoorbeeld(page, werkbank);
    const expected = (await inbox(page)).items;
    await openInbox(page);

    const rows = inboxTable(page).getByRole('row');
    await expect(rows).toHaveCount(expected.length + 1);
    await expect(inboxTable(page).getByRole('rowheader')).toHaveText(expected.map((e) => e.code));

    const blo = expected.find((e) => e.code === 'BLO-2025-002');
    expect(blo?.overdue).toBe(true);
    const row = rowOf(page, 'BLO-2025-002');
    for (const text of ['Bloemhof', 'Netwerk (klankbord)', 'Ingediend', 'Hoog', '19-02-2025', '05-03-2025', 'te laat', `${String(blo?.ageDays)} dagen geleden`]) {
      await expect(row).toContainText(text);
    }
    await expect(row.getByRole('link', { name: 'BLO-2025-002' })).toHaveAttribute('href', '#/casussen/BLO-2025-002');
    // Only overdue rows say so, in words.
    await expect(inboxTable(page).getByText('te laat', { exact: true })).toHaveCount(expected.filter((e) => e.overdue).length);
    await expectNoAxeViolations(page);
    await screenshot(page, '32-escalaties-inbox');

    // Keyboard only, from a fresh page: Tab to the row's Dossier button, Enter. (Not through the skip
    // link: under the HashRouter its "#inhoud" currently navigates to /casussen — reported to the lead.)
    await page.reload();
    await expect(inboxTable(page)).toBeVisible();
    const open = dossierButton(page, 'BLO-2025-002');
    await tabTo(page, open);
    await expect(open).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Enter');
    const panelHeading = page.getByRole('heading', { level: 2, name: 'Dossier BLO-2025-002' });
    await expect(panelHeading).toBeFocused();
    await expect(open).toHaveAttribute('aria-expanded', 'true');
    const panel = dossier(page);
    await expect(panel).toContainText('Wie kan tijdelijke huisvesting bieden?');
    await expect(panel).toContainText('Toestemming gecontroleerd');
    await expect(panel).toContainText('te laat');
    await expect(panel.getByRole('button', { name: 'In behandeling nemen' })).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Terugleggen' })).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, '33-escalaties-dossier');

    // Closing by keyboard returns focus to the row it came from.
    await tabTo(page, panel.getByRole('button', { name: 'Dossier sluiten' }));
    await page.keyboard.press('Enter');
    await expect(dossier(page)).toHaveCount(0);
    await expect(open).toBeFocused();

    // Filter by target; closed ones only on request.
    await page.getByLabel('Escalatiedoel').selectOption({ label: 'PRIO' });
    await expect(page.getByText('Geen escalaties gevonden met deze filters.')).toBeVisible();
    await page.getByLabel('Toon ook afgeronde en ingetrokken escalaties').check();
    const prioAll = (await inbox(page, { target: 'prio', includeClosed: true })).items;
    await expect(inboxTable(page).getByRole('rowheader')).toHaveText(prioAll.map((e) => e.code));
    await expect(rowOf(page, 'BLO-2024-001')).toContainText('Afgerond');
    await expectNoAxeViolations(page);
    await screenshot(page, '39-escalaties-afgeronde');
  });

  test('takes BLO-2025-002 in behandeling, records a toegekend besluit of € 1.250,00 and closes it', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await importVoorbeeld(page, werkbank);
    await openInbox(page);
    await dossierButton(page, 'BLO-2025-002').click();
    const panel = dossier(page);

    await panel.getByRole('button', { name: 'In behandeling nemen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'in behandeling genomen' })).toHaveText(
      'BLO-2025-002: de escalatie is in behandeling genomen.',
    );
    await expect(rowOf(page, 'BLO-2025-002')).toContainText('In behandeling');
    await expect(page.getByRole('heading', { level: 2, name: 'Dossier BLO-2025-002' })).toBeFocused();
    await expectBannerMatchesHost(page);

    await panel.getByRole('button', { name: 'Besluit vastleggen' }).click();
    const form = page.getByRole('form', { name: 'Besluit vastleggen' });
    await expect(form.getByRole('heading', { name: 'Besluit vastleggen' })).toBeFocused();
    await expect(form.getByLabel('Besloten op')).toHaveValue(/^\d{2}-\d{2}-\d{4}$/); // dd-mm-jjjj, today
    await expect(form.getByLabel('Goedgekeurd maximum per week')).toHaveCount(0); // only for jeugd_weekbedrag
    await expectNoAxeViolations(page);
    await screenshot(page, '34-escalaties-besluitformulier');

    // The server refuses a maatwerkbudget instrument without an amount, naming the field.
    await form.getByLabel('Toegekend', { exact: true }).check();
    await form.getByRole('checkbox', { name: 'Maatwerkbudget' }).check();
    await form.getByRole('button', { name: 'Besluit opslaan' }).click();
    const refusal = page.getByRole('alert');
    await expect(refusal).toContainText('Bedrag maatwerkbudget: het instrument maatwerkbudget is ingezet');
    await expect(form.getByRole('textbox', { name: 'Bedrag maatwerkbudget' })).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByRole('textbox', { name: 'Bedrag maatwerkbudget' })).toBeFocused();
    await expectNoAxeViolations(page);
    await screenshot(page, '35-escalaties-besluit-geweigerd');

    // The euro field reads Dutch notation and refuses what is not an amount before sending.
    const amount = form.getByRole('textbox', { name: 'Bedrag maatwerkbudget' });
    await amount.fill('1.250,005');
    await form.getByRole('button', { name: 'Besluit opslaan' }).click();
    await expect(form).toContainText('Maximaal twee cijfers achter de komma (centen).');
    await amount.fill('1.250,00');
    await form.getByLabel('Motivatie').fill('Tijdelijke huisvesting via de woningcorporatie; borg uit maatwerkbudget.');
    await form.getByLabel('Besloten door').fill('PRIO-adviseur (fictief)');
    await form.getByRole('button', { name: 'Besluit opslaan' }).click();

    await expect(page.getByRole('status').filter({ hasText: 'besluit' })).toHaveText('BLO-2025-002: het besluit is vastgelegd.');
    await expect(rowOf(page, 'BLO-2025-002')).toContainText('Besluit');
    const besluit = panel.getByRole('region', { name: 'Besluit' });
    await expect(besluit).toContainText('Toegekend');
    await expect(besluit).toContainText('€ 1.250,00');
    await expect(besluit).toContainText('PRIO-adviseur (fictief)');
    const stored = await callHost<{ case: { escalations: { status: string; besluit?: { maatwerkbudgetCents?: number; outcome: string } }[] } }>(
      page,
      'cases:get',
      { code: 'BLO-2025-002' },
    );
    expect(stored.case.escalations[0]?.status).toBe('besluit');
    expect(stored.case.escalations[0]?.besluit).toMatchObject({ outcome: 'toegekend', maatwerkbudgetCents: 125000 });
    await expectBannerMatchesHost(page);
    await expectNoAxeViolations(page);
    await screenshot(page, '36-escalaties-besluit-vastgelegd');

    // Afronden: it leaves the open inbox, and the banner follows the host's count.
    await panel.getByRole('button', { name: 'Afronden' }).click();
    const notice = page.getByRole('status').filter({ hasText: 'afgerond' });
    await expect(notice).toContainText('BLO-2025-002: de escalatie is afgerond.');
    await expect(notice).toBeFocused();
    await expect(rowOf(page, 'BLO-2025-002')).toHaveCount(0);
    await expectBannerMatchesHost(page);
    expect((await overdueCount(page)).overdue).toBe(0); // the example data's only overdue escalation is done
    await expectNoAxeViolations(page);
  });

  test('sends another escalation back with a reason, and shows the server’s refusal on a stale screen', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await importVoorbeeld(page, werkbank);
    // A second submitted escalation, made through the host like the case screen would, after the
    // resident's consent for PRIO is recorded (§5: without it the dossier does not go).
    const before = await callHost<{ case: { consent?: { scope?: object[] } } }>(page, 'cases:get', { code: 'BLO-2025-001' });
    const scope = [...(before.case.consent?.scope ?? []), { partner: 'PRIO', granted: true }];
    await callHost(page, 'cases:update', { code: 'BLO-2025-001', changes: { consent: { basis: 'toestemming', recordedOn: '2025-01-14', scope } } });
    await callHost(page, 'escalations:create', {
      code: 'BLO-2025-001',
      target: 'prio',
      urgency: 'acuut',
      question: 'Mag de schuldregeling starten zonder de vaste lastenverklaring?',
      tried: 'Budgetbeheer aangevraagd; wachtlijst van 12 weken.',
      blockingRule: 'Toelatingseisen schuldhulpverlening',
      requestedBudgetCents: 98050,
      consentChecked: true,
      owner: 'PRIO-adviseur (fictief)',
    });
    const created = await callHost<{ case: { escalations: unknown[] } }>(page, 'cases:get', { code: 'BLO-2025-001' });
    const index = created.case.escalations.length - 1;
    await callHost(page, 'escalations:transition', { code: 'BLO-2025-001', index, to: 'ingediend' });

    await openInbox(page);
    const expected = (await inbox(page)).items;
    await expect(inboxTable(page).getByRole('rowheader')).toHaveText(expected.map((e) => e.code));
    await expect(inboxTable(page).getByRole('rowheader').first()).toHaveText('BLO-2025-001'); // acuut first
    await expect(rowOf(page, 'BLO-2025-001')).toContainText('€ 980,50');
    await expect(rowOf(page, 'BLO-2025-001')).not.toContainText('te laat');
    await expect(rowOf(page, 'BLO-2025-001')).toContainText('vandaag'); // submitted just now

    await dossierButton(page, 'BLO-2025-001').click();
    const panel = dossier(page);
    await panel.getByRole('button', { name: 'Terugleggen' }).click();
    const form = page.getByRole('form', { name: 'Terugleggen bij de aanmelder' });
    await expect(form.getByRole('heading')).toBeFocused();
    await form.getByRole('button', { name: 'Terugleggen' }).click();
    await expect(form).toContainText('Schrijf op wat er ontbreekt');
    await expect(form.getByLabel('Wat ontbreekt er?')).toBeFocused();
    await expectNoAxeViolations(page);
    const why = 'De vaste lastenverklaring en de beslissing op de aanvraag ontbreken.';
    await form.getByLabel('Wat ontbreekt er?').fill(why);
    await form.getByRole('button', { name: 'Terugleggen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'teruggelegd' })).toHaveText(
      'BLO-2025-001: de escalatie is teruggelegd bij de aanmelder.',
    );
    await expect(rowOf(page, 'BLO-2025-001')).toContainText('Teruggelegd');
    await expect(panel).toContainText('Het dossier ligt bij de aanmelder');
    await expect(panel.getByRole('button', { name: 'Terugleggen' })).toHaveCount(0);
    const stored = await callHost<{ case: { escalations: { status: string; statusHistory?: { to: string; why?: string }[] }[] } }>(
      page,
      'cases:get',
      { code: 'BLO-2025-001' },
    );
    expect(stored.case.escalations[index]?.status).toBe('teruggelegd');
    expect(stored.case.escalations[index]?.statusHistory?.at(-1)).toMatchObject({ to: 'teruggelegd', why });
    await expect(panel.getByRole('region', { name: 'Verloop' })).toContainText(why);
    await expectNoAxeViolations(page);
    await screenshot(page, '37-escalaties-teruggelegd');

    // Someone else takes BLO-2025-002 while this screen still shows it as ingediend.
    await dossierButton(page, 'BLO-2025-002').click();
    await callHost(page, 'escalations:transition', { code: 'BLO-2025-002', index: 0, to: 'in_behandeling' });
    await dossier(page).getByRole('button', { name: 'In behandeling nemen' }).click();
    await expect(page.getByRole('alert')).toContainText("De escalatie heeft al status 'in behandeling'.");
    await expect(dossier(page).getByRole('heading', { name: 'Behandelen' })).toBeFocused();
    // The screen catches up: the next step is offered.
    await expect(dossier(page).getByRole('button', { name: 'Besluit vastleggen' })).toBeVisible();
    await expect(rowOf(page, 'BLO-2025-002')).toContainText('In behandeling');
    await expectNoAxeViolations(page);
    await screenshot(page, '38-escalaties-geweigerd');
  });

  test('a jeugd hoog-weekbedrag besluit records the approved weekly maximum and the review date', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await importVoorbeeld(page, werkbank);
    await callHost(page, 'escalations:create', {
      code: 'BLO-2024-002',
      target: 'jeugd_weekbedrag',
      arrangementId: 'arr-2',
      urgency: 'normaal',
      question: 'Verhoging van het weekbedrag voor de intensieve begeleiding.',
      consentChecked: true,
    });
    const created = await callHost<{ case: { escalations: unknown[] } }>(page, 'cases:get', { code: 'BLO-2024-002' });
    const index = created.case.escalations.length - 1;
    await callHost(page, 'escalations:transition', { code: 'BLO-2024-002', index, to: 'ingediend' });
    await callHost(page, 'escalations:transition', { code: 'BLO-2024-002', index, to: 'in_behandeling' });

    await openInbox(page);
    await page.getByLabel('Escalatiedoel').selectOption('jeugd_weekbedrag');
    await expect(inboxTable(page).getByRole('rowheader')).toHaveText(['BLO-2024-002']);
    await dossierButton(page, 'BLO-2024-002').click();
    await expect(dossier(page)).toContainText('arr-2');
    await dossier(page).getByRole('button', { name: 'Besluit vastleggen' }).click();
    const form = page.getByRole('form', { name: 'Besluit vastleggen' });
    await form.getByLabel('Deels toegekend').check();
    await form.getByLabel('Goedgekeurd maximum per week').fill('5.800');
    await form.getByLabel('Herbeoordeling op').fill('01-03-2027');
    await expectNoAxeViolations(page);
    await form.getByRole('button', { name: 'Besluit opslaan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'besluit' })).toHaveText('BLO-2024-002: het besluit is vastgelegd.');
    const besluit = dossier(page).getByRole('region', { name: 'Besluit' });
    await expect(besluit).toContainText('Deels toegekend');
    await expect(besluit).toContainText('€ 5.800,00');
    await expect(besluit).toContainText('01-03-2027');
    const stored = await callHost<{ case: { escalations: { besluit?: object }[] } }>(page, 'cases:get', { code: 'BLO-2024-002' });
    expect(stored.case.escalations[index]?.besluit).toMatchObject({ outcome: 'deels_toegekend', approvedWeeklyCents: 580000, reviewOn: '2027-03-01' });
    await expectNoAxeViolations(page);
  });
});
