/**
 * One setting's value, or what was wrong with it (the message names the setting and what it
 * wants) and its default, so that every other setting can still be read and checked.
 */
export type Read<T> = { ok: true; value: T } | { ok: false; error: string; value: T };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = <T>(name: string, expected: string, got: string, fallback: T): Read<T> => ({
  ok: false,
  error: `${name}: expected ${expected}, got ${JSON.stringify(got)}`,
  value: fallback,
});

const SIZE_UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  kb: 1000,
  mb: 1000 ** 2,
  gb: 1000 ** 3,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
};

/** A size in bytes: `1048576`, `512KiB`, `1MiB`, `2MB`. */
export function sizeSetting(name: string, raw: string | undefined, fallback: number): Read<number> {
  if (raw === undefined || raw.trim() === '') return ok(fallback);
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(raw.trim());
  const unit = SIZE_UNITS[match?.[2]?.toLowerCase() ?? 'x'];
  if (!match || unit === undefined) return bad(name, 'a size such as 1048576, 512KiB or 1MiB', raw, fallback);
  const bytes = Math.floor(Number(match[1]) * unit);
  return bytes >= 1 ? ok(bytes) : bad(name, 'a size of at least one byte', raw, fallback);
}

const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** A duration in milliseconds: `500ms`, `30s`, `10m`, `12h`, `1d`. */
export function durationSetting(name: string, raw: string | undefined, fallbackMs: number): Read<number> {
  if (raw === undefined || raw.trim() === '') return ok(fallbackMs);
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)$/i.exec(raw.trim());
  const unit = DURATION_UNITS[match?.[2]?.toLowerCase() ?? 'x'];
  if (!match || unit === undefined)
    return bad(name, 'a duration such as 500ms, 30s, 10m, 12h or 1d', raw, fallbackMs);
  const ms = Math.floor(Number(match[1]) * unit);
  return ms >= 1 ? ok(ms) : bad(name, 'a duration of at least one millisecond', raw, fallbackMs);
}

/** A whole number between `min` and `max`. */
export function integerSetting(
  name: string,
  raw: string | undefined,
  fallback: number,
  min: number,
  max: number,
): Read<number> {
  if (raw === undefined || raw.trim() === '') return ok(fallback);
  const value = Number(raw.trim());
  return Number.isInteger(value) && value >= min && value <= max
    ? ok(value)
    : bad(name, `a whole number from ${min} to ${max}`, raw, fallback);
}

/** `1`, `true`, `on`, `yes` or `0`, `false`, `off`, `no`. */
export function switchSetting(name: string, raw: string | undefined, fallback: boolean): Read<boolean> {
  if (raw === undefined || raw.trim() === '') return ok(fallback);
  const value = raw.trim().toLowerCase();
  if (['1', 'true', 'on', 'yes'].includes(value)) return ok(true);
  if (['0', 'false', 'off', 'no'].includes(value)) return ok(false);
  return bad(name, 'on or off (1/0, true/false, yes/no)', raw, fallback);
}

/** A comma-separated list of web origins, each exactly `scheme://host[:port]`. */
export function originsSetting(name: string, raw: string | undefined): Read<readonly string[]> {
  const items = (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  for (const item of items) {
    let origin: string | null = null;
    try {
      origin = new URL(item).origin;
    } catch {
      origin = null;
    }
    if (origin !== item || !/^https?:$/.test(new URL(item).protocol))
      return bad(name, 'origins such as https://opale.example.fr, separated by commas', item, []);
  }
  return ok(items);
}

/** An `https:` URL (or `http:` on the loopback, for a test server). */
export function urlSetting(name: string, raw: string | undefined): Read<URL | undefined> {
  if (raw === undefined || raw.trim() === '') return ok(undefined);
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return bad(name, 'an https:// URL', raw, undefined);
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol === 'https:' || (url.protocol === 'http:' && loopback)) return ok(url);
  return bad(name, 'an https:// URL (http:// only on the loopback)', raw, undefined);
}

/** Whether a secret is long and varied enough to sign tokens: 32 characters, not blank-like. */
export function secretSetting(name: string, raw: string | undefined): Read<string | undefined> {
  if (raw === undefined || raw === '') return ok(undefined);
  const distinct = new Set(raw.trim()).size;
  if (raw.trim().length < 32 || distinct < 8)
    return {
      ok: false,
      value: undefined,
      error: `${name}: expected a random secret of at least 32 characters (not blank, not one character repeated; e.g. openssl rand -base64 48), got ${raw.trim().length} characters of which ${distinct} distinct`,
    };
  return ok(raw);
}
