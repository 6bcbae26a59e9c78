import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser } from './support/browser-test.js';
import { followPages } from './support/pages.js';
import { signInAs } from './support/sign-in.js';
import { textOf } from './support/text.js';

// Each kit bucket and each budget figure of the report of 22/01/2024 opens onto the EPLE it
// counts: the list the link leads to, followed to its last page, holds exactly that many EPLE.

const REPORT = '/rapport?date=2024-01-22';
// V6 on the slide: 15 EPLE above 30 %, 30 from 10 to 30 %, 16 below 10 %; 50 budgets out of 61.
const KIT = [
  [15, '/etablissements?vague=V6&kit=plus-de-30&date=2024-01-22'],
  [30, '/etablissements?vague=V6&kit=de-10-a-30&date=2024-01-22'],
  [16, '/etablissements?vague=V6&kit=moins-de-10&date=2024-01-22'],
] as const;
const BUDGET = [
  [50, '/etablissements?vague=V6&budget=executoire&date=2024-01-22'],
  [61, '/etablissements?vague=V6&date=2024-01-22'],
  [11, '/etablissements?vague=V6&budget=non-executoire&date=2024-01-22'],
] as const;

const kitLinks = (page: Page) =>
  page
    .getByRole('table', { name: 'Kit de bascule V6 : EPLE par part des actions finalisées' })
    .getByRole('link');
const budgetLinks = (page: Page) =>
  page.getByRole('region', { name: /^Budgets exécutoires 2024 — V6/ }).getByRole('link');

/** The EPLE list, captioned with how many EPLE the page shows. */
const epleList = (page: Page) => page.getByRole('table', { name: /^Établissements \(/ });

/** The UAI of every EPLE of the list, from its first page to its last. */
async function readAllPages(page: Page): Promise<string[]> {
  const list = epleList(page);
  await list.waitFor();
  const pages = await followPages(page, {
    caption: 'Établissements (',
    pager: 'Pages des établissements',
    cell: 'tbody tr td',
    read: () => list.locator('tbody tr td:first-of-type').allInnerTexts(),
  });
  return pages.flat();
}

async function checkFigure(
  page: Page,
  links: (page: Page) => Locator,
  i: number,
  figure: number,
  href: string,
) {
  if (!page.url().endsWith(REPORT)) {
    await page.goto(REPORT);
    await links(page).first().waitFor();
  }
  const link = links(page).nth(i);
  const name = (await link.getAttribute('aria-label')) ?? '';
  expect(Number(/^(\d+) : /.exec(name)?.[1]), name).toBe(figure);
  expect(await link.getAttribute('href')).toBe(href);
  await link.click();
  await page.getByRole('heading', { level: 1, name: /^Établissements/ }).waitFor();
  const said = page.getByText(/^\d+\sEPLE de la vague V6/);
  await said.waitFor();
  expect(await textOf(said)).toMatch(new RegExp(`^${figure} EPLE de la vague V6.* au 22/01/2024$`));
  const uais = await readAllPages(page);
  expect(uais.length, `${href}: the EPLE listed`).toBe(figure);
  expect(new Set(uais).size, `${href}: each EPLE once`).toBe(figure);
  return uais;
}

describeInBrowser('each kit bucket and budget figure of the report opens onto its EPLE', (browser) => {
  it('lists, across pages, exactly as many EPLE as each kit bucket and each budget figure says', async () => {
    const page = await browser.newPage();
    await signInAs(page, REPORT, 'committee');
    await kitLinks(page).first().waitFor();
    expect(await kitLinks(page).count()).toBe(KIT.length);
    expect(await budgetLinks(page).count()).toBe(BUDGET.length);

    const byBucket: string[][] = [];
    for (const [i, [figure, href]] of KIT.entries())
      byBucket.push(await checkFigure(page, kitLinks, i, figure, href));
    const byBudget: string[][] = [];
    for (const [i, [figure, href]] of BUDGET.entries())
      byBudget.push(await checkFigure(page, budgetLinks, i, figure, href));

    // The buckets share out the wave's EPLE, as do the budgets exécutoires and not yet.
    const wave = new Set(byBudget[1]);
    expect(new Set(byBucket.flat())).toEqual(wave);
    expect(new Set([...(byBudget[0] ?? []), ...(byBudget[2] ?? [])])).toEqual(wave);
  });
});
