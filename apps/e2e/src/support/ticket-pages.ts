import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { followPages } from './pages.js';
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
  const pages = await followPages(page, {
    caption: 'Tickets (',
    pager: 'Pages des tickets',
    cell: 'tbody th[scope="row"]',
    read: async () => {
      // Each ticket's reference heads its row; the empty list's one row has no header.
      const shown = await list.getByRole('rowheader').allInnerTexts();
      expect(await textOf(list.getByRole('caption'))).toMatch(
        new RegExp(`^Tickets \\(${shown.length} tickets? sur cette page\\)$`),
      );
      return shown;
    },
  });
  return { refs: pages.flat(), pages: pages.length };
}
