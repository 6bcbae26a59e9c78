import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeInBrowser } from './support/browser-test.js';
import { signInAs } from './support/sign-in.js';

// A list's download holds the whole list the page shows, with its filters, not the page of 20.

describeInBrowser('the ticket list’s download', (browser) => {
  it('gives every ticket of a figure of the committee’s table, from the server', async () => {
    const page = await browser.newPage();
    // The 60 tickets in progress on 22/01/2024: three pages on screen, one file.
    await signInAs(page, '/tickets?ligne=inProgress&colonne=total&date=2024-01-22', 'si2c');
    await page.getByText(/^60 ticket\(s\) comptés dans cette case/).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Télécharger (CSV)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('tickets.csv');
    const lines = readFileSync(await file.path(), 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^Référence;Titre;UAI;Établissement;Vague;Canal;Ouvert le;Statut;/);
    expect(lines).toHaveLength(1 + 60);
    await page.close();
  });
});
