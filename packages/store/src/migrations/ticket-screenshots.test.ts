import { type Kysely, sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { connect, locate } from '../connect.js';
import { toTicket } from '../rows.js';
import type { Database } from '../schema.js';
import { Store } from '../store.js';
import { ENGINES, freshDatabase } from '../testing.js';
import { migrator } from './index.js';

// The schema as it was before the screenshots were named, with one ticket that counted three.
async function databaseBefore(engine: 'sqlite' | 'postgres', url: string): Promise<void> {
  const db: Kysely<Database> = connect(locate(url));
  const { error } = await (await migrator(db, engine)).migrateTo('0001-initial');
  if (error) throw error;
  await sql`insert into tickets (ref, channel, title, opened_on, team, screenshots, recorded_by, recorded_at)
    values ('R-OLD', 'itop', 'SI2C - mandat rejeté', '2023-10-02', 'SI2C', 3, 'seed', '2023-10-02T08:00:00Z')`.execute(
    db,
  );
  await db.destroy();
}

describe.each(ENGINES)('migration 0006-ticket-screenshots on %s', (engine) => {
  const drops: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const drop of drops) await drop();
  });

  it('keeps the count of the tickets written before, with no names', async () => {
    const { url, drop } = await freshDatabase(engine);
    drops.push(drop);
    await databaseBefore(engine, url);
    const store = await Store.open(url);
    try {
      const row = await store.db
        .selectFrom('tickets')
        .selectAll()
        .where('ref', '=', 'R-OLD')
        .executeTakeFirstOrThrow();
      expect(row.screenshot_names).toBeNull();
      const ticket = toTicket(row, []);
      expect(ticket.screenshots).toBe(3);
      expect(ticket.screenshotNames).toBeUndefined();
    } finally {
      await store.close();
    }
  });
});
