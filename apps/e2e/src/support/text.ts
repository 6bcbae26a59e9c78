import type { Locator } from 'playwright-core';

/** Text as a reader compares it: the French no-break spaces are spaces, runs of blanks one. */
export const norm = (text: string) =>
  text
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The visible text of an element, normalised. */
export async function textOf(locator: Locator): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: a locator's rendered text is what a reader sees
  return norm(await locator.innerText());
}

/** A table's body rows as a reader sees them: the row's header first, then its cells. */
export async function tableRows(table: Locator): Promise<string[][]> {
  const rows: string[][] = [];
  for (const row of await table.getByRole('row').all()) {
    const header = await row.getByRole('rowheader').allInnerTexts();
    const cells = await row.getByRole('cell').allInnerTexts();
    if (header.length + cells.length > 0) rows.push([...header, ...cells].map(norm));
  }
  return rows;
}
