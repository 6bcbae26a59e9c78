import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { keepScreenshot } from './support/artifacts.js';
import { describeInBrowser } from './support/browser-test.js';
import { settle } from './support/settle.js';
import { signInAs } from './support/sign-in.js';
import { tableRows } from './support/text.js';

// V7's calendar: its "Retour des fiches" milestone was late at the committee of 22/01/2024. DRASI
// records it done, decided on 01/02/2024: the 22nd keeps its late milestone, the 2nd of February
// shows it done late.

const FICHES = /^Retour des fiches/;
const calendar = (page: Page) => page.getByRole('table', { name: 'Jalons de la vague V7' });
// The DSFR writes badges in capitals: compared in lower case.
const fichesRow = async (page: Page) =>
  (await tableRows(calendar(page))).find((r) => FICHES.test(r[0] ?? ''))?.map((c) => c.toLowerCase());

describeInBrowser('a wave’s calendar', (browser) => {
  it('is changed by DRASI from the day the change is decided; the earlier days keep their late milestones', async () => {
    const page = await browser.newPage();
    await signInAs(page, '/vagues/V7?date=2024-01-22', 'drasi');
    await calendar(page).waitFor();
    expect((await fichesRow(page))?.slice(3)).toEqual(['en retard', '10 jours']);

    const form = page.getByRole('form', { name: 'Ajouter ou modifier un jalon' });
    await form.getByRole('combobox', { name: 'Jalon' }).selectOption('V7-4');
    await form.getByLabel(/^Fait le/).fill('2024-01-30');
    // Decided on the day shown (22/01), it would be done before it was decided: refused, under its field.
    await form.getByRole('button', { name: 'Enregistrer le jalon' }).click();
    await form
      .getByText(/Un jalon ne peut pas être fait après le jour où le changement est décidé/)
      .waitFor();

    await form.getByLabel(/^Décidé le/).fill('2024-02-01');
    await form.getByRole('button', { name: 'Enregistrer le jalon' }).click();
    await form.getByText(/^Jalon V7-4 enregistré/).waitFor();
    await settle(page);
    expect((await fichesRow(page))?.slice(3)).toEqual(['en retard', '10 jours']);

    await page.goto('/vagues/V7?date=2024-02-02');
    await calendar(page).waitFor();
    await settle(page);
    expect((await fichesRow(page))?.slice(2)).toEqual(['30/01/2024', 'fait en retard', '18 jours']);
    await keepScreenshot(page, 'wave-calendar');
  });
});
