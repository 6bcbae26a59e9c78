import { expect, it } from 'vitest';
import { keepScreenshot } from './support/artifacts.js';
import { describeInBrowser } from './support/browser-test.js';
import { settle } from './support/settle.js';
import { signInAs } from './support/sign-in.js';
import { tableRows } from './support/text.js';

// SI2C records a volunteer trainer on the Formation page and finds them in the list.
describeInBrowser('the volunteer trainers', (browser) => {
  it('lets SI2C add a trainer with the tracks they lead and the waves they are unavailable for', async () => {
    const page = await browser.newPage();
    await signInAs(page, '/formation?date=2024-01-22', 'si2c');
    const list = page.getByRole('table', {
      name: 'Formateurs volontaires, parcours animés et indisponibilités',
    });
    await list.waitFor();
    const id = `F${Date.now().toString(36).toUpperCase()}`;
    await page.getByRole('button', { name: 'Ajouter un formateur' }).click();
    const form = page.getByRole('form', { name: 'Ajouter un formateur' });
    await form.getByRole('textbox', { name: /^Identifiant/ }).fill(id);
    await form.getByRole('textbox', { name: /^Nom/ }).fill(`Formatrice ${id}`);
    await form.getByRole('combobox', { name: 'Vague d’origine' }).selectOption('V4');
    // The DSFR draws the box on its label: a keyboard user ticks it with Space.
    await form.getByRole('checkbox', { name: 'Service gestion (SG)' }).press('Space');
    await form.getByRole('checkbox', { name: 'V8' }).press('Space');
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText(`Formateur ${id} enregistré.`).waitFor();
    await settle(page);
    const rows = await tableRows(list);
    expect(rows.find((r) => r[0] === `Formatrice ${id}`)?.slice(0, 4)).toEqual([
      `Formatrice ${id}`,
      'V4',
      'SG',
      'V8',
    ]);
    await keepScreenshot(page, 'si2c-trainer-added');
  });
});
