import {
  RESOURCE_KIND_LABELS,
  RESOURCE_KINDS,
  type Resource,
  type ResourceKind,
  ROLES,
  type Role,
  validateResource,
} from '@opale/domain';
import {
  dayCell,
  eachRow,
  type Fail,
  failDomain,
  findColumns,
  headerKey,
  numberOrText,
  once,
} from './cells.js';
import type { TextTable } from './csv.js';
import type { ParsedFile } from './parsed.js';

// The support resources of the Ressources page, as the admin keeps them in a spreadsheet.

/** The columns of a resources file; the first name of each is the one exports write. */
export const RESOURCE_COLUMNS = {
  id: { names: ['id', 'identifiant'], required: true },
  title: { names: ['titre', 'title'], required: true },
  kind: { names: ['type', 'kind'], required: true },
  description: { names: ['description'], required: true },
  url: { names: ['url', 'adresse', 'lien'], required: false },
  mail: { names: ['mail', 'courriel'], required: false },
  itopPrefix: { names: ['prefixe_itop', 'itop'], required: false },
  audience: { names: ['public', 'audience'], required: true },
  position: { names: ['ordre', 'position'], required: false },
  activeFrom: { names: ['actif_du', 'active_from'], required: true },
  activeUntil: { names: ['retire_le', 'active_until'], required: false },
} as const;
type Key = keyof typeof RESOURCE_COLUMNS;

// Each kind under its domain name, its French title and the words staff use for it.
const KINDS = new Map<string, ResourceKind>([
  ...RESOURCE_KINDS.flatMap((k): [string, ResourceKind][] => [
    [headerKey(k), k],
    [headerKey(RESOURCE_KIND_LABELS[k]), k],
  ]),
  ['portail', 'portal'],
  ['outil', 'tool'],
  ['espace', 'community'],
  ['tribu', 'community'],
  ['messagerie', 'chat'],
  ['tchap', 'chat'],
  ['tutorat', 'tutoring'],
  ['expertise', 'expert'],
]);

// Each role under its token name and in French.
const ROLE_WORDS = new Map<string, Role>([
  ...ROLES.map((r): [string, Role] => [r, r]),
  ['administrateur', 'admin'],
  ['comite', 'committee'],
  ['etablissement', 'eple'],
  ['etablissements', 'eple'],
]);

/** The roles of a `public` cell, separated by commas, spaces or `|`; unknown words are reported. */
function audienceCell(value: string, column: string, fail: Fail): unknown[] {
  const words = value.split(/[\s,|]+/).filter((w) => w !== '');
  return words.map((w) => {
    const role = ROLE_WORDS.get(headerKey(w));
    if (role === undefined)
      fail(column, `expected roles among ${ROLES.join(', ')} separated by commas, got ${JSON.stringify(w)}`);
    return role ?? w;
  });
}

/**
 * Reads the support resources,
 * `id;titre;type;description;url;mail;prefixe_itop;public;ordre;actif_du;retire_le`: the type
 * in French (portail, outil, espace, messagerie, tutorat, expertise) or as the domain names it,
 * the roles served separated by commas (admin, si2c, drasi, committee, eple), the days ISO or
 * dd/mm/yyyy (`retire_le`: the first day it is no longer listed, empty while offered). Checked by
 * the domain's {@link validateResource}; an id twice is an error.
 */
export function parseResources(table: TextTable): ParsedFile<Resource> & { readonly lines: number[] } {
  const { columns: c, errors } = findColumns(table, RESOURCE_COLUMNS);
  if (errors.length > 0) return { records: [], errors, rows: table.rows.length, lines: [] };
  const name = (key: Key) => c[key] ?? RESOURCE_COLUMNS[key].names[0];
  const columnOf = Object.fromEntries(Object.keys(RESOURCE_COLUMNS).map((k) => [k, name(k as Key)]));
  const seen = new Set<string>();
  return eachRow(table, (cell, fail) => {
    const id = cell(c.id);
    if (id !== '') once(seen, id, name('id'), fail);
    const rawKind = cell(c.kind);
    const kind = KINDS.get(headerKey(rawKind));
    if (kind === undefined)
      fail(
        name('kind'),
        `expected portail, outil, espace, messagerie, tutorat or expertise, got ${JSON.stringify(rawKind)}`,
      );
    const audience = audienceCell(cell(c.audience), name('audience'), fail);
    const from = cell(c.activeFrom);
    const activeFrom = from === '' ? '' : dayCell(from, name('activeFrom'), fail);
    const until = cell(c.activeUntil);
    const activeUntil = until === '' ? undefined : dayCell(until, name('activeUntil'), fail);
    const position = cell(c.position);
    // Stand-ins for cells already reported let the domain check the others; the row is dropped.
    const resource = validateResource({
      id,
      title: cell(c.title),
      kind: kind ?? RESOURCE_KINDS[0],
      description: cell(c.description),
      url: cell(c.url),
      mail: cell(c.mail),
      itopPrefix: cell(c.itopPrefix).toUpperCase(),
      audience,
      position: position === '' ? 0 : numberOrText(position),
      activeFrom: activeFrom ?? '2000-01-01',
      activeUntil: activeUntil ?? undefined,
    });
    if (!resource.ok) {
      // An unknown role is reported above with the file's words; the domain would say it again.
      const rest = resource.errors
        .filter((e) => !(e.code === 'invalid_format' && /audience\[\d+\]$/.test(e.field)))
        .map((e) => ({ ...e, field: e.field.replace(/\[\d+\]$/, '') }));
      failDomain(rest, columnOf, fail);
    }
    return resource.ok ? resource.value : null;
  });
}
