import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { textOf } from './text.js';

/** The ticket list of the tickets page, captioned with how many tickets the page shows. */
export const ticketList = (page: Page) => page.getByRole('table', { name: /^Tickets \(/ });

/**
 * Reads the ticket list from its first page to its last through the pager's "Page suivante",
 * and returns every reference listed and the number of pages.
 */
export async function readAllPages(page: Page): Promise<{ refs: string[]; pages: number }> {
  const list = ticketList(page);
  await list.waitFor();
  const refs: string[] = [];
  let pages = 0;
  for (;;) {
    // Each ticket's reference heads its row; the empty list's one row has no header.
    const shown = await list.getByRole('rowheader').allInnerTexts();
    pages += 1;
    expect(await textOf(list.getByRole('caption'))).toMatch(
      new RegExp(`^Tickets \\(${shown.length} tickets? sur cette page\\)$`),
    );
    expect(shown.length).toBeLessThanOrEqual(20);
    refs.push(...shown);
    const next = page.getByRole('navigation', { name: 'Pages des tickets' }).getByRole('button', {
      name: 'Page suivante',
    });
    if ((await next.count()) === 0) break;
    // A full page before a next one; the next page is on screen once its first ticket is another.
    expect(shown.length).toBe(20);
    await next.click();
    await page.waitForFunction((first) => {
      const table = [...document.querySelectorAll('table')].find((t) =>
        t.caption?.textContent?.startsWith('Tickets ('),
      );
      const header = table?.querySelector('tbody th[scope="row"]');
      return !!header && header.textContent !== first;
    }, shown[0]);
  }
  return { refs, pages };
}
