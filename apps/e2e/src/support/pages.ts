import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Follows a paged list from the page on screen to its last through the pager's "Page suivante",
 * and returns what `read` gives of each page, page by page. The list is the table whose caption
 * starts with `caption`; `read` gives first the text of `cell` (a CSS selector within the table,
 * the first row's), and a next page is on screen once that text is another. Pages hold 20 rows,
 * the last at most 20.
 */
export async function followPages(
  page: Page,
  options: { caption: string; pager: string; cell: string; read: () => Promise<string[]> },
): Promise<string[][]> {
  const pages: string[][] = [];
  for (;;) {
    const shown = await options.read();
    expect(shown.length).toBeLessThanOrEqual(20);
    pages.push(shown);
    const next = page.getByRole('navigation', { name: options.pager }).getByRole('button', {
      name: 'Page suivante',
    });
    if ((await next.count()) === 0) return pages;
    // A full page before a next one.
    expect(shown.length).toBe(20);
    await next.click();
    await page.waitForFunction(
      ({ caption, cell, first }) => {
        const table = [...document.querySelectorAll('table')].find((t) =>
          t.caption?.textContent?.startsWith(caption),
        );
        const found = table?.querySelector(cell);
        return !!found && found.textContent !== first;
      },
      { caption: options.caption, cell: options.cell, first: shown[0] },
    );
  }
}
