/**
 * Issue #14 item 5 through the screens: the chair of the hoog-weekbedragtafel records a besluit by
 * keyboard — who sat at the table (the conflict mark appears while the zorgaanbieder's organisation
 * is typed), the afwegingskader walked with reasons — and the stored besluit shows the mark; in
 * Beheer a criterion is added and one retired, and the form then walks the new set.
 */
import type { Locator, Page } from '@playwright/test';
import { createHandlers } from '../../electron/core/handlers';
import { createStoreThroughUi, expect, expectNoAxeViolations, importVoorbeeld, test, type Werkbank } from './fixtures';

const CODE = 'BLO-2024-002';
const PROVIDER = 'Jeugdzorg Maasoever (fictief)';
const ARRANGEMENT = { id: 'arr-3', domain: 'jeugd', setting: 'intramuraal', provider: PROVIDER, weeklyCents: 520000, from: '2026-10-05', weeks: 26 } as const;
const MODEL = 'Het arrangementenmodel voldoet niet (1-op-1 begeleiding zit er al in)';
const VEILIGHEID = 'De veiligheid van de jongere of de omgeving vraagt deze inzet';
const WLZ = 'Onderzocht is of de jongere onder de Wlz hoort';
const NEW = 'Het gezin en de jongere zijn gehoord';

/** The host's own handlers: what the server stored. */
const server = (werkbank: Werkbank) => createHandlers({ session: werkbank.session, actor: 'e2e' });

/** A request for arr-3 to the hoog-weekbedragtafel, submitted and taken in behandeling; its index. */
async function requestInBehandeling(werkbank: Werkbank): Promise<number> {
  const s = server(werkbank);
  await s['arrangements:save']({ code: CODE, arrangement: ARRANGEMENT });
  const created = await s['escalations:create']({ code: CODE, target: 'jeugd_weekbedrag', arrangementId: 'arr-3', question: 'Boven het plafond?', begeleiding: 'twee_op_een', requestedWeeklyCents: 520000, consentChecked: true });
  const index = created.case.escalations.length - 1;
  await s['escalations:transition']({ code: CODE, index, to: 'ingediend' });
  await s['escalations:transition']({ code: CODE, index, to: 'in_behandeling' });
  return index;
}

const dossier = (page: Page) => page.getByRole('region', { name: /^Dossier / });
const besluitForm = (page: Page) => page.getByRole('form', { name: 'Besluit vastleggen' });
const criterion = (form: Locator, text: string) => form.getByRole('group', { name: text, exact: true });

async function press(locator: Locator, key: string): Promise<void> {
  await locator.focus();
  await locator.page().keyboard.press(key);
}

/** Escalaties, the jeugd tafel's inbox, the dossier of the open request on CODE (or of the one submitted on that day). */
async function openRequest(page: Page, opts: { closed?: boolean; submittedOn?: string } = {}): Promise<void> {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Escalaties' }).click();
  await page.getByLabel('Escalatiedoel').selectOption('jeugd_weekbedrag');
  if (opts.closed) await page.getByLabel('Toon ook afgeronde en ingetrokken escalaties').check();
  const rows = page.getByRole('table', { name: /^Escalaties:/ }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: CODE }) });
  const row = opts.submittedOn ? rows.filter({ hasText: opts.submittedOn }) : rows.first();
  await press(row.getByRole('button', { name: /^Dossier van/ }), 'Enter');
  await expect(dossier(page)).toBeVisible();
}

async function openBesluitForm(page: Page): Promise<Locator> {
  await press(dossier(page).getByRole('button', { name: 'Besluit vastleggen' }), 'Enter');
  const form = besluitForm(page);
  await expect(form.getByRole('heading', { name: 'Besluit vastleggen' })).toBeFocused();
  return form;
}

test.describe('issue #14 item 5: the besluit of the hoog-weekbedragtafel', () => {
  test('by keyboard: the parties, the conflict mark while typing the zorgaanbieder, the criteria with reasons; the stored besluit shows the mark', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await importVoorbeeld(page, werkbank);
    const index = await requestInBehandeling(werkbank);
    await openRequest(page);
    const form = await openBesluitForm(page);

    await press(form.getByLabel('Toegekend', { exact: true }), 'Space');
    await press(form.getByLabel('Goedgekeurd maximum per week'), 'ControlOrMeta+a');
    await page.keyboard.type('5.000');
    await press(form.getByLabel('Herbeoordeling op'), 'ControlOrMeta+a');
    await page.keyboard.type('01-06-2027');

    // Partijen aan tafel: the gemeente ticked with its organisation; no conflict yet.
    const parties = form.getByRole('group', { name: 'Partijen aan tafel' });
    await expect(parties).toContainText(`De aanvraag komt van ${PROVIDER}.`);
    await press(parties.getByLabel('Gemeente', { exact: true }), 'Space');
    await page.keyboard.press('Tab');
    await expect(parties.getByLabel('Organisatie van Gemeente')).toBeFocused();
    await page.keyboard.type('Gemeente Rotterdam');
    const mark = parties.getByRole('status');
    await expect(mark).toBeEmpty();
    // The zorgaanbieder's organisation, typed as a person might (case, double space): the mark appears before the last letter is in.
    await parties.getByLabel('Organisatie van Zorgaanbieder').focus();
    await page.keyboard.type('jeugdzorg  maasoever (fictief');
    await expect(mark).toBeEmpty();
    await page.keyboard.type(')');
    await expect(mark).toContainText('Belangenconflict: de aanvragende aanbieder zit aan tafel');
    await expect(mark).toContainText(`${PROVIDER} vraagt dit weekbedrag aan en zit als zorgaanbieder aan tafel. Leg bij Motivatie vast wie zich van stemming onthoudt`);
    // Typing the organisation ticked the party: the two never disagree.
    await expect(parties.getByLabel('Zorgaanbieder', { exact: true })).toBeChecked();

    // Afwegingskader: the six default criteria, in order, each "Niet besproken" until answered.
    const afweging = form.getByRole('group', { name: 'Afwegingskader' });
    await expect(afweging.getByRole('listitem')).toHaveCount(6);
    await expect(criterion(afweging, MODEL).getByLabel('Niet besproken')).toBeChecked();
    await press(criterion(afweging, MODEL).getByLabel('Ja'), 'Space');
    await page.keyboard.press('Tab');
    await expect(afweging.getByLabel(`Reden bij: ${MODEL}`)).toBeFocused();
    await page.keyboard.type('Twee begeleiders tegelijk; het model kent alleen 1-op-1.');
    // Arrow keys move within a radio group: Ja → Nee.
    await press(criterion(afweging, WLZ).getByLabel('Ja'), 'Space');
    await page.keyboard.press('ArrowDown');
    await expect(criterion(afweging, WLZ).getByLabel('Nee')).toBeChecked();
    // Veiligheid answered without its reason: refused under the field, nothing stored.
    await press(criterion(afweging, VEILIGHEID).getByLabel('Ja'), 'Space');
    await press(form.getByLabel('Motivatie'), 'ControlOrMeta+a');
    await page.keyboard.type('Jeugdzorg Maasoever onthoudt zich van stemming; gemeente en GI besluiten.');
    const before = (await server(werkbank)['cases:get']({ code: CODE })).case.escalations[index];
    await press(form.getByRole('button', { name: 'Besluit opslaan' }), 'Enter');
    const summary = form.getByRole('alert').first();
    await expect(summary).toContainText(`Reden bij “${WLZ}”: Schrijf de reden op: waarom ja, of waarom nee.`);
    await expect(summary).toContainText(`Reden bij “${VEILIGHEID}”: Schrijf de reden op: waarom ja, of waarom nee.`);
    await expect(afweging.getByText('Schrijf de reden op: waarom ja, of waarom nee.')).toHaveCount(2);
    expect((await server(werkbank)['cases:get']({ code: CODE })).case.escalations[index]).toEqual(before);

    await press(afweging.getByLabel(`Reden bij: ${WLZ}`), 'End');
    await page.keyboard.type('Wlz-toets aangevraagd, uitslag over zes weken.');
    await press(afweging.getByLabel(`Reden bij: ${VEILIGHEID}`), 'End');
    await page.keyboard.type('Zelfbeschadiging in de afgelopen maand.');
    await expect(afweging.getByText('Schrijf de reden op: waarom ja, of waarom nee.')).toHaveCount(0);
    await expectNoAxeViolations(page);
    // The form as the chair sees it on the projector: the parties with the mark, then the criteria.
    await parties.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screens/besluit-parties.png' });
    await form.screenshot({ path: 'test-results/screens/besluit-form.png' });

    await press(form.getByRole('button', { name: 'Besluit opslaan' }), 'Enter');
    await expect(page.getByRole('status').filter({ hasText: 'besluit' })).toHaveText(`${CODE}: het besluit is vastgelegd.`);
    const stored = (await server(werkbank)['cases:get']({ code: CODE })).case.escalations[index]?.besluit;
    expect(stored).toMatchObject({
      outcome: 'toegekend',
      approvedWeeklyCents: 500000,
      reviewOn: '2027-06-01',
      parties: [
        { party: 'gemeente', organisation: 'Gemeente Rotterdam' },
        { party: 'zorgaanbieder', organisation: 'jeugdzorg  maasoever (fictief)' },
      ],
      afweging: [
        { criterionId: 'arrangementenmodel-voldoet-niet', answer: true, reason: 'Twee begeleiders tegelijk; het model kent alleen 1-op-1.' },
        { criterionId: 'veiligheid', answer: true, reason: 'Zelfbeschadiging in de afgelopen maand.' },
        { criterionId: 'wlz-onderzocht', answer: false, reason: 'Wlz-toets aangevraagd, uitslag over zes weken.' },
      ],
    });

    // The stored besluit in the dossier carries the mark, the parties and the walk.
    const view = dossier(page).getByRole('region', { name: 'Besluit' });
    await expect(view.getByTestId('belangenconflict')).toContainText(`Bij dit besluit zat ${PROVIDER}, die het weekbedrag aanvroeg, als zorgaanbieder aan tafel.`);
    await expect(view).toContainText('Gemeente (Gemeente Rotterdam); Zorgaanbieder (jeugdzorg  maasoever (fictief))');
    await expect(view).toContainText(`${WLZ}: Nee — Wlz-toets aangevraagd, uitslag over zes weken.`);
    await expectNoAxeViolations(page);
    await view.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screens/besluit-stored.png' });
  });

  test('in Beheer a criterion is added and one retired: the form walks the new set, and an older besluit keeps the retired one with its text', async ({ page, werkbank }) => {
    await createStoreThroughUi(page, werkbank);
    await importVoorbeeld(page, werkbank);
    await requestInBehandeling(werkbank);

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
    const section = page.getByRole('region', { name: 'Afwegingskader hoog weekbedrag', exact: true });
    await expect(section.getByRole('row')).toHaveCount(7); // the header and the six defaults
    await press(section.getByRole('button', { name: 'Criterium toevoegen' }), 'Enter');
    const add = section.getByRole('form', { name: 'Criterium toevoegen' });
    await expect(add.getByLabel('Criterium', { exact: true })).toBeFocused();
    await page.keyboard.type(NEW);
    await press(add.getByRole('button', { name: 'Opslaan' }), 'Enter');
    await expect(section.getByRole('status').filter({ hasText: /opgeslagen/ })).toHaveText(`${NEW} is opgeslagen.`);

    await press(section.getByRole('button', { name: `${WLZ} wijzigen` }), 'Enter');
    const edit = section.getByRole('form', { name: 'Criterium wijzigen' });
    await expect(edit.getByLabel('Criterium', { exact: true })).toBeFocused();
    await press(edit.getByLabel('In gebruik bij nieuwe besluiten'), 'Space');
    await press(edit.getByRole('button', { name: 'Opslaan' }), 'Enter');
    await expect(section.getByRole('row', { name: new RegExp(WLZ) })).toContainText('Ingetrokken');
    await expect(section.getByRole('row', { name: new RegExp(NEW) })).toContainText('In gebruik');
    const stored = (await server(werkbank)['catalogue:get']({})).afwegingskader;
    expect(stored.map((c) => [c.id, c.active])).toEqual([
      ['arrangementenmodel-voldoet-niet', true],
      ['veiligheid', true],
      ['wlz-onderzocht', false],
      ['voldoende-is-goed-genoeg', true],
      ['afbouw-afgesproken', true],
      ['geen-onderaannemersopslag', true],
      ['het-gezin-en-de-jongere-zijn-gehoord', true],
    ]);
    await expectNoAxeViolations(page);
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screens/beheer-afwegingskader.png' });

    // The besluit form walks the criteria in use: the new one last, the retired one gone.
    await openRequest(page);
    const form = await openBesluitForm(page);
    const afweging = form.getByRole('group', { name: 'Afwegingskader' });
    await expect(afweging.getByRole('listitem')).toHaveCount(6);
    await expect(afweging.getByRole('listitem').last()).toContainText(NEW);
    await expect(criterion(afweging, WLZ)).toHaveCount(0);
    await expectNoAxeViolations(page);

    // The example's first request (decided in 2024, walked the Wlz criterion) still shows it, marked retired.
    // Its arrangement came from another provider than the zorgaanbieder at the table: no mark there.
    await openRequest(page, { closed: true, submittedOn: '20-03-2024' });
    const older = dossier(page).getByRole('region', { name: 'Besluit' });
    await expect(older).toContainText(`${WLZ} (ingetrokken criterium): Nee`);
    await expect(older.getByTestId('belangenconflict')).toHaveCount(0);
  });
});
