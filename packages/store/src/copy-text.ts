// PostgreSQL's COPY text format (its COPY documentation), field by field: `\N` is null; a
// backslash starts an escape (`\\`, `\t`, `\n`, `\r`, `\b`, `\f`, `\v`, `\` and up to three octal
// digits, `\x` and one or two hex digits, any other character as itself). Values come in UTF-8.

const BACKSLASH = 92;

/** Whether the field `bytes[start, end)` is null (`\N`). */
export function isNull(bytes: Buffer, start: number, end: number): boolean {
  return end - start === 2 && bytes[start] === BACKSLASH && bytes[start + 1] === 78;
}

const ESCAPES: Record<number, number> = { 98: 8, 102: 12, 110: 10, 114: 13, 116: 9, 118: 11 };
const isOctal = (b: number | undefined) => b !== undefined && b >= 48 && b <= 55;
const hexValue = (b: number | undefined) => {
  if (b === undefined) return -1;
  if (b >= 48 && b <= 57) return b - 48;
  const lower = b | 32;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
};

/** The text of a field's bytes `bytes[start, end)`, its escapes undone. */
export function fieldText(bytes: Buffer, start: number, end: number): string {
  const first = bytes.indexOf(BACKSLASH, start);
  if (first < 0 || first >= end) return bytes.toString('utf8', start, end);
  // Undone byte by byte: an escaped byte may be part of a character of several.
  const out = Buffer.alloc(end - start);
  let n = 0;
  for (let i = start; i < end; i += 1) {
    const b = bytes[i] as number;
    if (b !== BACKSLASH || i + 1 === end) {
      out[n++] = b;
      continue;
    }
    const next = bytes[++i] as number;
    if (isOctal(next)) {
      let value = next - 48;
      for (let k = 0; k < 2 && i + 1 < end && isOctal(bytes[i + 1]); k += 1)
        value = value * 8 + (bytes[++i] as number) - 48;
      out[n++] = value & 255;
    } else if (next === 120 && i + 1 < end && hexValue(bytes[i + 1]) >= 0) {
      let value = hexValue(bytes[++i]);
      if (i + 1 < end && hexValue(bytes[i + 1]) >= 0) value = value * 16 + hexValue(bytes[++i]);
      out[n++] = value;
    } else out[n++] = ESCAPES[next] ?? next;
  }
  return out.toString('utf8', 0, n);
}

/** The integer a field's text writes, or a failure naming it. */
export function integerOf(text: string): number {
  const value = Number(text);
  if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(value))
    throw new Error(`reading the records: "${text}" is not an integer`);
  return value;
}

/**
 * The integer written in `bytes[start, end)` in decimal digits, read with no string made (an id a
 * row), or undefined when they are not only digits, or too many to be read exactly.
 */
export function digitsOf(bytes: Buffer, start: number, end: number): number | undefined {
  const negative = bytes[start] === 45;
  const first = negative ? start + 1 : start;
  if (first === end || end - first > 15) return undefined;
  let value = 0;
  for (let i = first; i < end; i += 1) {
    const digit = (bytes[i] as number) - 48;
    if (digit < 0 || digit > 9) return undefined;
    value = value * 10 + digit;
  }
  return negative ? -value : value;
}
