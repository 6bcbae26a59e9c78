import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateNational } from '@opale/sample-data';
import { Store } from '@opale/store';
import { freshDatabase, keptDatabase } from '@opale/store/testing';

// The national generated records in a database of each engine, for the national bench: seeded
// afresh each run (about a minute an engine), or kept between runs (a file of BENCH_KEEP's folder,
// a schema named for the scale) and seeded only when not there yet.

/** A database holding the national records, what it holds, and how to let it go. */
export interface NationalRecords {
  readonly url: string;
  readonly summary: string;
  release(): Promise<void>;
}

async function seed(url: string, scale: number): Promise<string> {
  const started = Date.now();
  const store = await Store.open(url);
  try {
    const dataset = generateNational({ seed: 1, scale });
    await store.replaceDataset(dataset, 'bench');
    return `${dataset.eple.length} EPLE, ${dataset.tickets.length} tickets, ${dataset.kit.events.length} kit events, seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`;
  } finally {
    await store.close();
  }
}

/** What a kept database holds, or null when it holds no record yet (a seed that failed left none). */
async function held(url: string): Promise<string | null> {
  const store = await Store.open(url);
  try {
    if (await store.isEmpty()) return null;
    const count = async (table: 'eple' | 'tickets' | 'kit_events') =>
      Number(
        (
          await store.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirst()
        )?.n ?? 0,
      );
    return `${await count('eple')} EPLE, ${await count('tickets')} tickets, ${await count('kit_events')} kit events, kept from an earlier run`;
  } finally {
    await store.close();
  }
}

/**
 * The national records at `scale` on `engine`. With `keepDir`, the database is kept for the next
 * run (see `keptDatabase`; drop it to seed again: a changed generator is not noticed).
 */
export async function nationalRecords(
  engine: 'sqlite' | 'postgres',
  scale: number,
  keepDir: string | undefined,
): Promise<NationalRecords> {
  if (keepDir === undefined) {
    const db = await freshDatabase(engine);
    return { url: db.url, summary: await seed(db.url, scale), release: db.drop };
  }
  const url = await keptDatabase(engine, `national_${String(scale).replace(/\W/g, '_')}`, resolve(keepDir));
  const kept = engine === 'sqlite' && !existsSync(url) ? null : await held(url);
  return { url, summary: kept ?? (await seed(url, scale)), release: async () => undefined };
}
