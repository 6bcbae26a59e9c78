import { expect, it } from 'vitest';
import { keepScreenshot } from './support/artifacts.js';
import { describeInBrowser } from './support/browser-test.js';
import { signInAs } from './support/sign-in.js';
import { textOf } from './support/text.js';
import { readAllPages, ticketList } from './support/ticket-pages.js';

// The dashboard's requalified tickets of 22/01/2024: each figure opens onto as many tickets, each
// first given to that team and requalified by then, as its own page shows.

const DASHBOARD = '/?date=2024-01-22';

describeInBrowser('the requalified tickets per team', (browser) => {
  it('lists as many tickets as each figure, each requalified in its history', async () => {
    const page = await browser.newPage();
    await signInAs(page, DASHBOARD, 'committee');
    const table = page.getByRole('table', { name: /^Tickets requalifiés au 22\/01\/2024/ });
    await table.waitFor();
    await keepScreenshot(page, 'dashboard-requalified');
    for (const team of ['SI2C', 'DRASI']) {
      if (!page.url().endsWith(DASHBOARD)) {
        await page.goto(DASHBOARD);
        await table.waitFor();
      }
      const link = table.getByRole('row', { name: new RegExp(`^${team}`) }).getByRole('link');
      const figure = Number(/^(\d+) : /.exec((await link.getAttribute('aria-label')) ?? '')?.[1]);
      expect(figure, team).toBeGreaterThan(0);
      expect(await link.getAttribute('href')).toBe(`/tickets?requalifie=${team}&date=2024-01-22`);

      await link.click();
      const said = page.getByText(new RegExp(`ticket\\(s\\) reçus par ${team} à l’ouverture et requalifiés`));
      await said.waitFor();
      expect(await textOf(said)).toMatch(new RegExp(`^${figure} ticket`));
      const { refs } = await readAllPages(page);
      expect(refs.length, `${team}: the tickets listed`).toBe(figure);

      // The last one listed, at its page: given to the team first, then requalified.
      const ref = refs.at(-1) ?? '';
      await ticketList(page)
        .getByRole('link', { name: `Ouvrir le ticket ${ref}` })
        .click();
      await page.getByRole('heading', { level: 1, name: new RegExp(`^Ticket ${ref} : `) }).waitFor();
      const history = await textOf(page.getByRole('list', { name: 'Historique du ticket' }));
      expect(history).toContain(`Ouvert, orienté vers ${team}`);
      expect(history).toMatch(/Requalifié vers (SI2C|DRASI)/);
    }
  });
});
