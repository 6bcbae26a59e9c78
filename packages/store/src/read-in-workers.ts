import type { KitEvent, Ticket } from '@opale/domain';
import { type Compilable, type Kysely, sql } from 'kysely';
import type { ColumnJob, ColumnReply } from './column-worker.js';
import type { ColumnSet, ColumnStatement } from './columns.js';
import type { Location, QueryListener } from './connect.js';
import { KIT_EVENT_COLUMNS, TICKET_COLUMNS, TICKET_EVENT_COLUMNS } from './row-tuples.js';
import type { Database } from './schema.js';
import { kitEventsOf, TICKET_ORDER, ticketsOf } from './ticket-columns.js';
import { startWorker } from './worker-thread.js';

/** The largest kinds of records, read whole, each given as soon as it is built. */
export interface BigTables {
  readonly tickets: Promise<Ticket[]>;
  readonly kitEvents: Promise<KitEvent[]>;
}

/**
 * Tickets and kit events from which a read of every record takes them in worker threads. Below,
 * starting the workers costs more than they save: the demo's 12,000 rows are read in about 75 ms
 * in the thread, 300 to 360 ms with the workers; the national 780,000 rows seconds less with them.
 */
export const WORKER_ROWS = 100_000;

/** How many tickets and kit events the records hold: one statement, two counts. */
export async function bigRows(db: Kysely<Database>): Promise<number> {
  const { rows } = await sql<{
    n: number | string;
  }>`select (select count(*) from tickets) + (select count(*) from kit_events) as n`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/** Whether the records at `location` can be read by another thread (an in-memory SQLite cannot). */
export const readableElsewhere = (location: Location) =>
  !(location.engine === 'sqlite' && location.target === ':memory:');

function statement(
  query: Compilable<unknown>,
  columns: number,
  plain: number[],
  orderBy?: number[],
): ColumnStatement {
  const { sql, parameters } = query.compile();
  return { sql, parameters, columns, plain, ...(orderBy ? { orderBy } : {}) };
}

function inWorker(
  location: Location,
  statement: ColumnStatement,
  onQuery?: QueryListener,
): Promise<ColumnSet> {
  onQuery?.(statement.sql);
  const job: ColumnJob = { engine: location.engine, target: location.target, statement };
  return new Promise((resolve, reject) => {
    const worker = startWorker('column-worker', job);
    let settled = false;
    worker.once('message', (reply: ColumnReply) => {
      settled = true;
      void worker.terminate();
      if (reply.ok) resolve(reply.set);
      else reject(new Error(`reading the records in a worker thread: ${reply.message}`));
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled)
        reject(new Error(`reading the records: a worker thread stopped (exit ${code}) before answering`));
    });
  });
}

/**
 * Every ticket with its changes, and every kit event, each table read in a worker thread on a
 * connection of its own: these are most of the national records, read beside what this thread
 * does meanwhile (the other records, the server's modules) instead of after it, and each built as
 * soon as its columns come. The caller checks the records' revision before and after, as for any
 * read, so that all of them are of one revision.
 */
export function bigTablesInWorkers(
  db: Kysely<Database>,
  location: Location,
  onQuery?: QueryListener,
): BigTables {
  const tickets = inWorker(
    location,
    statement(
      db.selectFrom('tickets').select(TICKET_COLUMNS).orderBy('ref'),
      TICKET_COLUMNS.length,
      [0],
      TICKET_ORDER,
    ),
    onQuery,
  );
  const events = inWorker(
    location,
    statement(
      db.selectFrom('ticket_events').select(TICKET_EVENT_COLUMNS).orderBy('ticket_ref').orderBy('seq'),
      TICKET_EVENT_COLUMNS.length,
      [0],
    ),
    onQuery,
  );
  const kit = inWorker(
    location,
    statement(
      db
        .selectFrom('kit_events')
        .select(KIT_EVENT_COLUMNS.slice(1) as ['uai', 'action_id', 'kind', 'on_date'])
        .orderBy('id'),
      KIT_EVENT_COLUMNS.length - 1,
      [],
    ),
    onQuery,
  );
  return {
    tickets: Promise.all([tickets, events]).then(([t, e]) => ticketsOf(t, e)),
    kitEvents: kit.then(kitEventsOf),
  };
}
