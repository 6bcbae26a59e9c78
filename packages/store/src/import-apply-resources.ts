import type { Resource } from '@opale/domain';
import type { Transaction } from 'kysely';
import type { Tally } from './import-apply.js';
import { resourceColumns, resourceRow } from './resource-rows.js';
import type { Database, Recorded } from './schema.js';

/**
 * The support resources of a file: new ids are added, known ones whose record differs are changed
 * (their version goes up), the others are left as they are; resources absent from the file stay.
 */
export async function applyResources(
  trx: Transaction<Database>,
  records: readonly Resource[],
  _lineOf: (i: number) => number,
  r: Recorded,
): Promise<Tally> {
  const tally: Tally = { inserted: 0, updated: 0, unchanged: 0 };
  const known = new Map(
    (await trx.selectFrom('resources').selectAll().execute()).map((row) => [row.id, row]),
  );
  for (const x of records) {
    const before = known.get(x.id);
    const columns = resourceColumns(x);
    if (!before) {
      await trx.insertInto('resources').values(resourceRow(x, r)).execute();
      tally.inserted += 1;
    } else if (Object.entries(columns).some(([k, v]) => before[k as keyof typeof columns] !== v)) {
      await trx
        .updateTable('resources')
        .set((eb) => ({ ...columns, ...r, version: eb('version', '+', 1) }))
        .where('id', '=', x.id)
        .execute();
      tally.updated += 1;
    } else tally.unchanged += 1;
  }
  return tally;
}
