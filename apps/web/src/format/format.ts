// Figures are written the French way, through Intl: a comma for decimals, a narrow no-break
// space before "%" and between thousands.

const percentNumber = new Intl.NumberFormat('fr-FR', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  // The API already truncates to two decimals as the committee does; never round it up here.
  roundingMode: 'trunc',
});
const integer = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

/** `81.96` → `81,96 %`; a rate with no denominator has no percentage: `—`. */
export function formatPercent(percent: number | null | undefined): string {
  if (percent === null || percent === undefined) return '—';
  return `${percentNumber.format(percent)}\u202f%`;
}

/** `1234` → `1 234`. */
export function formatInteger(value: number): string {
  return integer.format(value);
}

/** `0.5` → `0,5`. */
export function formatDecimal(value: number): string {
  return decimal.format(value);
}

const shortDate = new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', dateStyle: 'short' });
const longDate = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const monthYear = new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', month: 'short', year: 'numeric' });

// A calendar day is read at midnight UTC and written in UTC, so that no time zone moves it.
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** `2024-01-22` → `22/01/2024`. */
export function formatDate(iso: string | null | undefined): string {
  return iso ? shortDate.format(utc(iso)) : '—';
}

/** `2024-01-21` → `dimanche 21 janvier 2024`. */
export function formatLongDate(iso: string): string {
  return longDate.format(utc(iso));
}

/** `2024-09-01` → `sept. 2024`. */
export function formatMonth(iso: string): string {
  return monthYear.format(utc(iso));
}

/** `1` → `1 EPLE`, with the noun agreeing: `plural(2, 'jour', 'jours')` → `2 jours`. */
export function plural(count: number, one: string, many: string): string {
  return `${formatInteger(count)}\u00a0${Math.abs(count) >= 2 ? many : one}`;
}
