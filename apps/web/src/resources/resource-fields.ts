import type { ResourceKind, Role } from '@opale/domain';

/** What the admin's form holds: text as typed, the version of the resource being changed. */
export interface ResourceFields {
  readonly id: string;
  readonly title: string;
  readonly kind: ResourceKind;
  readonly description: string;
  readonly url: string;
  readonly mail: string;
  readonly itopPrefix: '' | 'SI2C' | 'DRASI';
  readonly audience: readonly Role[];
  readonly position: string;
  readonly activeFrom: string;
  /** Absent for a new resource. */
  readonly version?: number;
}

/** A new resource: for every role that uses op@le, from the day given. */
export function emptyResource(activeFrom: string): ResourceFields {
  return {
    id: '',
    title: '',
    kind: 'portal',
    description: '',
    url: '',
    mail: '',
    itopPrefix: '',
    audience: ['si2c', 'drasi', 'eple'],
    position: '0',
    activeFrom,
  };
}

/** The form of a stored resource, to change it. */
export function fieldsOf(r: {
  id: string;
  title: string;
  kind: ResourceKind;
  description: string;
  url?: string | null;
  mail?: string | null;
  itopPrefix?: 'SI2C' | 'DRASI' | null;
  audience: readonly Role[];
  position: number;
  activeFrom: string;
  version: number;
}): ResourceFields {
  return {
    id: r.id,
    title: r.title,
    kind: r.kind,
    description: r.description,
    url: r.url ?? '',
    mail: r.mail ?? '',
    itopPrefix: r.itopPrefix ?? '',
    audience: r.audience,
    position: String(r.position),
    activeFrom: r.activeFrom,
    version: r.version,
  };
}

/** The position typed, when it is a whole number (GraphQL's Int would refuse anything else unexplained). */
export function positionOf(f: ResourceFields): number | null | 'invalid' {
  if (f.position.trim() === '') return null;
  const n = Number(f.position);
  return Number.isInteger(n) ? n : 'invalid';
}

/** The mutation's variables: empty texts are no value; `position` must be checked with {@link positionOf} first. */
export function variablesOf(f: ResourceFields) {
  const position = positionOf(f);
  return {
    id: f.id.trim(),
    title: f.title,
    kind: f.kind,
    description: f.description,
    url: f.url.trim() || null,
    mail: f.mail.trim() || null,
    itopPrefix: f.itopPrefix || null,
    audience: [...f.audience],
    position: position === 'invalid' ? null : position,
    activeFrom: f.activeFrom,
    version: f.version ?? null,
  };
}
