import {
  domainError,
  type IsoDate,
  ok,
  type Resource,
  type Result,
  resourceDayErrors,
  validateResource,
} from '@opale/domain';
import type { Kysely, Transaction } from 'kysely';
import { type Actor, audit } from './audit.js';
import { conflict } from './conflict.js';
import {
  readResources,
  resourceColumns,
  resourceRow,
  toResource,
  type VersionedResource,
} from './resource-rows.js';
import type { Database } from './schema.js';

type Transact = <T>(work: (trx: Transaction<Database>) => Promise<T>) => Promise<T>;

async function findResource(db: Kysely<Database>, id: string): Promise<VersionedResource | undefined> {
  const row = await db.selectFrom('resources').selectAll().where('id', '=', id).executeTakeFirst();
  return row && { resource: toResource(row), version: row.version };
}

function notFound(id: string): Result<never> {
  return { ok: false, errors: [domainError('id', 'not_found', `id: no resource ${id}`)] };
}

/**
 * The admin's changes to the support resources, one transaction each, validated by the domain
 * and audited. A change is based on the version read: a stale one is a `conflict` and nothing is
 * written.
 */
export class ResourceWrites {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly transaction: Transact,
  ) {}

  /** Every resource with its version, by id. */
  list(): Promise<VersionedResource[]> {
    return readResources(this.db);
  }

  /**
   * Records a resource: a new one when `version` is undefined (its id must be new), otherwise a
   * change of the stored one, based on `version`. `today` guards the lists of past days: a new
   * resource starts today or later, and no start or retirement before today moves (see the
   * domain's `resourceDayErrors`).
   */
  record(
    input: unknown,
    version: number | undefined,
    actor: Actor,
    today: IsoDate,
  ): Promise<Result<VersionedResource>> {
    return this.transaction(async (trx) => {
      const checked = validateResource(input);
      if (!checked.ok) return checked;
      const resource = checked.value;
      const found = await findResource(trx, resource.id);
      const at = new Date().toISOString();
      const days = resourceDayErrors(version === undefined ? undefined : found?.resource, resource, today);
      if (version === undefined) {
        if (found)
          return {
            ok: false,
            errors: [
              domainError(
                'resource.id',
                'duplicate',
                `resource.id: a resource ${resource.id} exists already; change it with its version`,
              ),
            ],
          };
        if (days.length > 0) return { ok: false, errors: days };
        await trx
          .insertInto('resources')
          .values(resourceRow(resource, { recorded_by: actor, recorded_at: at }))
          .execute();
        await audit(trx, at, actor, 'resource-create', 'resource', resource.id, resource);
        return ok({ resource, version: 1 });
      }
      if (!found) return notFound(resource.id);
      if (found.version === version && days.length > 0) return { ok: false, errors: days };
      return this.change(trx, found, resource, version, actor, 'resource-change');
    });
  }

  /** Retires a resource: from `on`, today or later, it is no longer listed (the days before keep it). */
  retire(
    id: string,
    on: IsoDate,
    version: number,
    actor: Actor,
    today: IsoDate,
  ): Promise<Result<VersionedResource>> {
    return this.transaction(async (trx) => {
      const found = await findResource(trx, id);
      if (!found) return notFound(id);
      const checked = validateResource({ ...found.resource, activeUntil: on });
      if (!checked.ok) return checked;
      const days = found.version === version ? resourceDayErrors(found.resource, checked.value, today) : [];
      if (days.length > 0) return { ok: false, errors: days };
      return this.change(trx, found, checked.value, version, actor, 'resource-retire');
    });
  }

  private async change(
    trx: Transaction<Database>,
    found: VersionedResource,
    resource: Resource,
    version: number,
    actor: Actor,
    action: string,
  ): Promise<Result<VersionedResource>> {
    if (found.version !== version) return conflict(`resource ${resource.id}`, found.version, version);
    const at = new Date().toISOString();
    // The version in the WHERE makes the check and the write one atomic step against other writers.
    const updated = await trx
      .updateTable('resources')
      .set({ ...resourceColumns(resource), version: version + 1, recorded_by: actor, recorded_at: at })
      .where('id', '=', resource.id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) return conflict(`resource ${resource.id}`, undefined, version);
    await audit(trx, at, actor, action, 'resource', resource.id, resource);
    return ok({ resource, version: version + 1 });
  }
}
