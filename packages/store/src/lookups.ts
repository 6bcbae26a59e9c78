import type { BudgetExecutoire, Eple, KitAction, Ticket, Wave } from '@opale/domain';
import type { Kysely } from 'kysely';
import { chunked } from './chunks.js';
import { readKitActions, readWaves } from './read-dataset.js';
import { budgetRow, toEple, toTicket, toTicketEvent } from './rows.js';
import type { Database, Recorded } from './schema.js';

// Reads of single records that the writes check against, inside the writes' transactions.

/** The EPLE (of a wave) with these UAIs. */
export async function epleMap(db: Kysely<Database>, uais: readonly string[]): Promise<Map<string, Eple>> {
  const rows = await chunked([...new Set(uais)], (chunk) =>
    db.selectFrom('eple').selectAll().where('uai', 'in', chunk).execute(),
  );
  const map = new Map<string, Eple>();
  for (const row of rows) {
    const eple = toEple(row);
    if (eple) map.set(eple.uai, eple);
  }
  return map;
}

export async function kitActionMap(db: Kysely<Database>): Promise<Map<string, KitAction>> {
  return new Map((await readKitActions(db)).map((a) => [a.id, a]));
}

export async function waveMap(db: Kysely<Database>): Promise<Map<string, Wave>> {
  return new Map((await readWaves(db)).map((w) => [w.id, w]));
}

/** A ticket with its history and its version, or `undefined`. */
export async function findTicket(
  db: Kysely<Database>,
  ref: string,
): Promise<{ ticket: Ticket; version: number } | undefined> {
  const row = await db.selectFrom('tickets').selectAll().where('ref', '=', ref).executeTakeFirst();
  if (!row) return undefined;
  const events = await db
    .selectFrom('ticket_events')
    .selectAll()
    .where('ticket_ref', '=', ref)
    .orderBy('seq')
    .execute();
  return { ticket: toTicket(row, events.map(toTicketEvent)), version: row.version };
}

/** The version of each of these tickets (the one a change must be based on); unknown refs are absent. */
export async function ticketVersions(
  db: Kysely<Database>,
  refs: readonly string[],
): Promise<Map<string, number>> {
  const rows = await chunked([...new Set(refs)], (chunk) =>
    db.selectFrom('tickets').select(['ref', 'version']).where('ref', 'in', chunk).execute(),
  );
  return new Map(rows.map((r) => [r.ref, r.version]));
}

/** Records a budget exécutoire unless the very same one is there; whether it was added. */
export async function addBudgetOnce(
  db: Kysely<Database>,
  b: BudgetExecutoire,
  r: Recorded,
): Promise<boolean> {
  const exists = await db
    .selectFrom('budget_events')
    .select('id')
    .where('uai', '=', b.uai)
    .where('exercise', '=', b.exercise)
    .where('executoire_on', '=', b.executoireOn)
    .executeTakeFirst();
  if (exists) return false;
  await db.insertInto('budget_events').values(budgetRow(b, r)).execute();
  return true;
}
