import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { keepScreenshot } from './support/artifacts.js';
import { type BrowserTest, describeInBrowser } from './support/browser-test.js';
import { focused, interactiveElements, tabThrough } from './support/focus.js';
import { settle } from './support/settle.js';
import { signInAs } from './support/sign-in.js';
import { textOf } from './support/text.js';

describeInBrowser('the dashboard by keyboard', (browser) => {
  it('reaches every interactive element with Tab, each with a visible focus', async () => {
    const page = await dashboardByKeyboard(browser);
    await page.getByRole('table', { name: /^Demandes d’assistance sur ITOP/ }).waitFor();

    const shown = await interactiveElements(page);
    const stops = await tabThrough(page);
    const reached = new Set(stops.map((s) => s.id));
    console.log(`keyboard: ${stops.length} focus stops for ${shown.length} interactive elements shown`);

    expect(shown.length).toBeGreaterThan(20);
    expect(shown.filter((e) => !reached.has(e.id)).map((e) => e.what)).toEqual([]);
    expect(stops.filter((s) => !s.onScreen).map((s) => s.what)).toEqual([]);
    expect(stops.filter((s) => !s.visibleFocus).map((s) => s.what)).toEqual([]);
  });

  it('skips to the date selector, changes the day with the arrows, and goes back to today', async () => {
    const page = await dashboardByKeyboard(browser);
    const dateField = page.getByRole('textbox', { name: /^Données au/ });
    const backToToday = page.getByRole('button', { name: 'Revenir à aujourd’hui' });
    // The day the URL holds, once the field shows it too: the next key acts on what is shown.
    const shownDay = async () => {
      const inUrl = new URL(page.url()).searchParams.get('date');
      return inUrl === (await dateField.inputValue())
        ? inUrl
        : `${inUrl} (field: ${await dateField.inputValue()})`;
    };
    const dayBecomes = (expected: RegExp) => expect.poll(shownDay, { timeout: 60_000 }).toMatch(expected);

    // The skip links come first; the second leads to the date selector.
    await page.keyboard.press('Tab');
    expect((await focused(page))?.what).toBe('a "Contenu"');
    await page.keyboard.press('Tab');
    expect((await focused(page))?.what).toBe('a "Date des données"');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await hasFocus(dateField)).toBe(true);

    // The arrows change the part of the date that has the focus: the first one is the day or the
    // month, as the browser's language orders them.
    await page.keyboard.press('ArrowUp');
    await dayBecomes(/^(2024-01-23|2024-02-22)$/);
    await page
      .getByRole('heading', { level: 1, name: `Tableau de bord au ${longDate(await shownDay())}` })
      .waitFor();
    await page.keyboard.press('ArrowDown');
    await dayBecomes(/^2024-01-22$/);
    await page.getByText('Taux de budgets exécutoires : 81,96\u202f%').waitFor();
    // The year is the last part in either order.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await dayBecomes(/^2023-01-22$/);
    await page
      .getByRole('heading', { level: 1, name: 'Tableau de bord au dimanche 22 janvier 2023' })
      .waitFor();
    expect(await textOf(page.getByRole('group', { name: 'Date des données' }))).toContain(
      'Les chiffres sont ceux du dimanche 22 janvier 2023.',
    );
    await keepScreenshot(page, 'dashboard-keyboard-date');

    // Tab leaves the field (after its last part) for "Revenir à aujourd'hui"; Enter presses it.
    const field = (await focused(page))?.id;
    for (let i = 0; i < 5 && (await focused(page))?.id === field; i++) await page.keyboard.press('Tab');
    expect(await hasFocus(backToToday)).toBe(true);
    await page.keyboard.press('Enter');
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
    await dayBecomes(new RegExp(`^${today}$`));
    await page.getByRole('heading', { level: 1, name: `Tableau de bord au ${longDate(today)}` }).waitFor();
  });
});

/** The dashboard of 22/01/2024 for a committee member, freshly loaded: Tab starts from the top. */
async function dashboardByKeyboard(browser: BrowserTest): Promise<Page> {
  const page = await browser.newPage();
  await signInAs(page, '/?date=2024-01-22', 'committee');
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Tableau de bord au lundi 22 janvier 2024' }).waitFor();
  await settle(page);
  return page;
}

const hasFocus = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

const longDateFormat = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
/** `2024-01-23` → `mardi 23 janvier 2024`, as the page titles write a day. */
const longDate = (iso: string) => longDateFormat.format(new Date(`${iso}T00:00:00Z`));
