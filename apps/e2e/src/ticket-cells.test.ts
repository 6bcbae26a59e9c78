import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser } from './support/browser-test.js';
import { signInAs } from './support/sign-in.js';
import { textOf } from './support/text.js';
import { readAllPages, ticketList } from './support/ticket-pages.js';

// Every figure of the committee's ticket table of 22/01/2024 opens onto the tickets it counts:
// the list the link leads to, followed to its last page, holds exactly that many tickets.

const REPORT = '/rapport?date=2024-01-22';
const ROWS = ['all', 'resolved', 'inProgress', 'inProgressOverThreshold'];
const COLUMNS = ['total', 'national', 'SI2C', 'DRASI'];
// The slide's figures, row by row, as report.test.ts reads them.
const FIGURES = [
  [324, 48, 65, 211],
  [264, 36, 62, 166],
  [60, 12, 3, 45],
  [28, 2, 0, 26],
];

const ticketTable = (page: Page) =>
  page
    .getByRole('region', { name: 'L’assistance op@le' })
    .getByRole('table', { name: /^Demandes d’assistance sur ITOP/ });

describeInBrowser('each figure of the committee’s ticket table opens onto its tickets', (browser) => {
  it('lists, across pages, exactly as many tickets as each of the 16 figures says', async () => {
    const page = await browser.newPage();
    await signInAs(page, REPORT, 'committee');
    await ticketTable(page).waitFor();
    const links = ticketTable(page).getByRole('link');
    expect(await links.count()).toBe(16);

    const checked: string[] = [];
    const started = performance.now();
    for (const [r, row] of ROWS.entries()) {
      for (const [c, column] of COLUMNS.entries()) {
        const cellStarted = performance.now();
        if (!page.url().endsWith(REPORT)) {
          await page.goto(REPORT);
          await ticketTable(page).waitFor();
        }
        const link = links.nth(r * COLUMNS.length + c);
        const name = (await link.getAttribute('aria-label')) ?? '';
        const figure = Number(/^(\d+) : /.exec(name)?.[1]);
        expect(figure, `${row}/${column}: ${name}`).toBe(FIGURES[r]?.[c]);
        expect(await link.getAttribute('href')).toBe(
          `/tickets?ligne=${row}&colonne=${column}&date=2024-01-22`,
        );

        await link.click();
        await page.getByRole('heading', { level: 1, name: /^Tickets d’assistance/ }).waitFor();
        const said = page.getByText(/ticket\(s\) comptés dans cette case/);
        await said.waitFor();
        expect(await textOf(said)).toMatch(new RegExp(`^${figure} ticket\\(s\\) comptés dans cette case`));

        const { refs, pages } = await readAllPages(page);
        expect(refs.length, `${row}/${column}: the tickets listed`).toBe(figure);
        expect(new Set(refs).size, `${row}/${column}: each ticket once`).toBe(figure);
        if (figure === 0) {
          expect(await textOf(ticketList(page))).toContain(
            'Aucun ticket ne correspond à ces filtres à cette date.',
          );
        }
        const ms = Math.round(performance.now() - cellStarted);
        checked.push(`${row}/${column} ${figure} (${pages} p., ${ms} ms)`);
      }
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`ticket table of 22/01/2024: 16 figures checked against their lists in ${seconds} s`);
    console.log(`  ${checked.join('; ')}`);
  });
});
