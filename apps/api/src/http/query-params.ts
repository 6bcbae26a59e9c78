import { isIsoDate, isOneOf } from '@opale/domain';

/** What a URL parameter holds: a day, true or false, a whole number, any text, or one of a set. */
export type ParamKind = 'day' | 'boolean' | 'int' | 'text' | { readonly oneOf: readonly string[] };

type ValueOf<K> = K extends 'day' | 'text'
  ? string
  : K extends 'boolean'
    ? boolean
    : K extends 'int'
      ? number
      : K extends { readonly oneOf: readonly (infer V)[] }
        ? V
        : never;

/** The parameters read, each left out when it is absent or empty. */
export type Params<S extends Record<string, ParamKind>> = { -readonly [K in keyof S]?: ValueOf<S[K]> };

/** A parameter given a value it does not take, as the 400 names it. */
export class BadParam extends Error {}

function expected(kind: ParamKind): string {
  if (kind === 'day') return 'a day written YYYY-MM-DD';
  if (kind === 'boolean') return 'true or false';
  if (kind === 'int') return 'a whole number';
  if (kind === 'text') return 'a text';
  return `one of ${kind.oneOf.join(', ')}`;
}

function parsedValue(kind: ParamKind, raw: string): unknown {
  if (kind === 'text') return raw;
  if (kind === 'day') return isIsoDate(raw) ? raw : undefined;
  if (kind === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : undefined;
  if (kind === 'int') return /^-?\d{1,9}$/.test(raw) ? Number(raw) : undefined;
  return isOneOf(kind.oneOf, raw) ? raw : undefined;
}

/**
 * Reads the URL parameters `spec` names, as the GraphQL arguments of the same names would be
 * read: an absent or empty one is left out; an unknown one, one given twice, or a value the
 * parameter does not take throws {@link BadParam}, whose message names the parameter and what
 * it expected.
 */
export function readParams<const S extends Record<string, ParamKind>>(search: string, spec: S): Params<S> {
  const query = new URLSearchParams(search);
  const read: Record<string, unknown> = {};
  for (const name of new Set(query.keys())) {
    const kind = Object.hasOwn(spec, name) ? spec[name] : undefined;
    if (kind === undefined)
      throw new BadParam(`${name}: unknown parameter; expected one of ${Object.keys(spec).join(', ')}`);
    const values = query.getAll(name);
    if (values.length > 1) throw new BadParam(`${name}: expected once, given ${values.length} times`);
    const raw = values[0] ?? '';
    if (raw === '') continue;
    const value = parsedValue(kind, raw);
    if (value === undefined)
      throw new BadParam(`${name}: expected ${expected(kind)}, got ${JSON.stringify(raw)}`);
    read[name] = value;
  }
  return read as Params<S>;
}
