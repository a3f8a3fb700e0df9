import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { pdfPages } from '../integration/export/pdfText';
import { createStoreThroughUi, expect, expectNoAxeViolations, importVoorbeeld, screenshot, test } from './fixtures';

const BLOEMHOF = 'Casuïstiektafel Bloemhof';

async function openBloemhofMeeting(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Tafels' }).click();
  const table = page.getByRole('table', { name: `Bijeenkomsten van ${BLOEMHOF}` });
  await table.getByRole('link', { name: 'Bijeenkomst van 05-03-2024' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${BLOEMHOF}, 05-03-2024` })).toBeVisible();
}

test.describe('§2.2 the verslag of a bijeenkomst', () => {
  test('both versions on screen, and the PDF download parses', async ({ page, werkbank }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await createStoreThroughUi(page, werkbank);
    await importVoorbeeld(page, werkbank);
    await openBloemhofMeeting(page);

    // Opened by keyboard, as a chair would after the meeting.
    const show = page.getByRole('button', { name: 'Verslag tonen' });
    await show.focus();
    await page.keyboard.press('Enter');
    const full = page.getByRole('article', { name: `Verslag ${BLOEMHOF}, 05-03-2024` });
    await expect(full).toBeVisible();
    await expect(full).toContainText('H. Koster (Gemeente Rotterdam)');
    await expect(full).toContainText('Escaleren naar PRIO voor urgentie en maatwerkbudget.');
    await expect(full.getByRole('heading', { level: 5, name: /BLO-2024-001 \(20 minuten\)/ })).toContainText('— A.');
    const actions = full.getByRole('table', { name: 'Acties bij BLO-2024-002' });
    await expect(actions.getByRole('row', { name: /act-3/ })).toContainText('Mantelzorger uitnodigen');
    await expect(actions.getByRole('row', { name: /act-3/ })).toContainText('15-04-2024');
    // The verslag follows the meeting: a besluit added on the page is in it at once, and stored.
    const item2 = page.getByRole('region', { name: 'Bespreking per agendapunt' }).getByRole('region', { name: /^2\. BLO-2024-002/ });
    await item2.getByRole('textbox', { name: 'Nieuw besluit' }).fill('Mantelzorger betrekken bij het plan.');
    await item2.getByRole('button', { name: 'Besluit toevoegen' }).click();
    await expect(full.getByRole('region', { name: /BLO-2024-002 \(15 minuten\)/ }).getByRole('listitem')).toHaveText(['Mantelzorger betrekken bij het plan.']);
    const stored = werkbank.session
      .database()
      .prepare("SELECT d.text FROM decisions d JOIN agenda_items i ON i.seq = d.agenda_item_seq WHERE i.meeting_id = 'bijeenkomst-blo-2024-03-05' AND i.case_code = 'BLO-2024-002'")
      .all();
    expect(stored).toEqual([{ text: 'Mantelzorger betrekken bij het plan.' }]);
    await expectNoAxeViolations(page);
    await full.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screens/verslag-volledig.png' });

    // The partners' version: case codes and organisations, no alias, no names, no free text.
    await page.getByRole('button', { name: 'Geanonimiseerd (voor partners)' }).click();
    const anon = page.getByRole('article', { name: `Verslag ${BLOEMHOF}, 05-03-2024 (geanonimiseerd)` });
    await expect(anon).toBeVisible();
    await expect(page.getByRole('button', { name: 'Geanonimiseerd (voor partners)' })).toHaveAttribute('aria-pressed', 'true');
    await expect(anon).toContainText('BLO-2024-002');
    await expect(anon).toContainText('Besluit 1 (tekst in het volledige verslag)');
    await expect(anon).toContainText('Wijkteam Bloemhof');
    await expect(anon.getByRole('region', { name: /BLO-2024-002/ })).toContainText('Besluit 1 (tekst in het volledige verslag)');
    for (const leak of ['H. Koster', 'M. de Vries', 'S. Yilmaz', 'Escaleren', 'Mantelzorger', 'Ontruiming', 'Wijkhuis', '— A.', '— K.']) {
      await expect(anon).not.toContainText(leak);
    }
    await expectNoAxeViolations(page);
    await screenshot(page, 'verslag-geanonimiseerd-pagina');

    // The PDF of the version on screen: a download that pdfjs reads, and an audited export.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'PDF downloaden' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('verslag-bijeenkomst-blo-2024-03-05-geanonimiseerd.pdf');
    const pages = await pdfPages(readFileSync(await file.path()));
    const text = pages.join('\n');
    expect(text).toContain('(geanonimiseerd)');
    expect(text).toContain('BLO-2024-001');
    expect(text).toContain('Pagina 1 van 1');
    expect(text).not.toContain('Escaleren');
    expect(text).not.toContain('H. Koster');
    await expect(page.getByRole('status').filter({ hasText: 'verslag-bijeenkomst-blo-2024-03-05-geanonimiseerd.pdf' })).toBeVisible();
    const audit = werkbank.session
      .database()
      .prepare("SELECT entity_id, detail FROM audit_log WHERE action = 'export' AND entity = 'verslag'")
      .all() as { entity_id: string; detail: string }[];
    expect(audit).toEqual([{ entity_id: 'bijeenkomst-blo-2024-03-05', detail: JSON.stringify({ format: 'pdf', pseudonymised: true }) }]);
  });
});
