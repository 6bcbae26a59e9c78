import type { AcademieTeam, Resource, ResourceKind, Role } from '@opale/domain';
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, Recorded } from './schema.js';

// A resource's row and back: what is written is what is read.

/** The columns of a resource's row that hold the record (not who recorded it, nor its version). */
export const resourceColumns = (x: Resource) => ({
  title: x.title,
  kind: x.kind,
  description: x.description,
  url: x.url ?? null,
  mail: x.mail ?? null,
  itop_prefix: x.itopPrefix ?? null,
  audience: x.audience.join(','),
  position: x.position,
  active_from: x.activeFrom,
  active_until: x.activeUntil ?? null,
});

export const resourceRow = (x: Resource, r: Recorded): Insertable<Database['resources']> => ({
  id: x.id,
  ...resourceColumns(x),
  ...r,
});

export const toResource = (row: Selectable<Database['resources']>): Resource => ({
  id: row.id,
  title: row.title,
  kind: row.kind as ResourceKind,
  description: row.description,
  ...(row.url === null ? {} : { url: row.url }),
  ...(row.mail === null ? {} : { mail: row.mail }),
  ...(row.itop_prefix === null ? {} : { itopPrefix: row.itop_prefix as AcademieTeam }),
  audience: row.audience === '' ? [] : (row.audience.split(',') as Role[]),
  position: row.position,
  activeFrom: row.active_from,
  ...(row.active_until === null ? {} : { activeUntil: row.active_until }),
});

/** A resource as stored: its record and the version a change must be based on. */
export interface VersionedResource {
  readonly resource: Resource;
  readonly version: number;
}

/** Every resource with its version, by id. */
export async function readResources(db: Kysely<Database>): Promise<VersionedResource[]> {
  const rows = await db.selectFrom('resources').selectAll().orderBy('id').execute();
  return rows.map((row) => ({ resource: toResource(row), version: row.version }));
}
