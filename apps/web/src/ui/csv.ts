// CSV for spreadsheet users in France: semicolons (the comma is the decimal mark), CRLF line
// ends, and a byte order mark so that Excel reads the accents as UTF-8.

const quote = (value: string) => (/[";\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** The lines as CSV text, each value quoted only when it must be. */
export function toCsv(lines: readonly (readonly string[])[]): string {
  return `\ufeff${lines.map((line) => line.map(quote).join(';')).join('\r\n')}\r\n`;
}

/** `Kit de bascule V6` → `kit-de-bascule-v6`: a file name without accents or spaces. */
export function fileSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
