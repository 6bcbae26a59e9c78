import type { KitEvent, Ticket } from '@opale/domain';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { ColumnJob, ColumnReply } from './column-worker.js';
import type { ColumnSet, ColumnStatement } from './columns.js';
import type { Engine, Location, QueryListener } from './connect.js';
import { KIT_EVENT_COLUMNS, TICKET_COLUMNS, TICKET_EVENT_COLUMNS } from './row-tuples.js';
import type { Database } from './schema.js';
import {
  BY_DAY,
  BY_ID,
  BY_REF,
  historiesOf,
  kitEventsOf,
  TICKET_ORDERS,
  ticketsOf,
} from './ticket-columns.js';
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

/**
 * How many tickets and kit events the records hold, counting each table up to `upTo` rows: one
 * statement. Counting every row took PostgreSQL about 150 ms at national scale, at start.
 */
export async function bigRows(db: Kysely<Database>, upTo: number): Promise<number> {
  const bounded = (table: 'tickets' | 'kit_events') =>
    sql`(select count(*) from (select 1 from ${sql.table(table)} limit ${sql.lit(Math.max(0, Math.floor(upTo)))}) as r)`;
  const { rows } = await sql<{
    n: number | string;
  }>`select ${bounded('tickets')} + ${bounded('kit_events')} as n`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/** Whether the records at `location` can be read by another thread (an in-memory SQLite cannot). */
export const readableElsewhere = (location: Location) =>
  !(location.engine === 'sqlite' && location.target === ':memory:');

/** The packed text of `columns` of a row (see packed-columns.ts), an expression of a SQLite select. */
export function packedExpression(columns: readonly string[]): RawBuilder<string> {
  const fields = columns.map((c) => sql`coalesce('v' || cast(${sql.ref(c)} as text), 'n')`);
  return sql<string>`${sql.join(fields, sql` || char(31) || `)}`;
}

/** Which columns of a big table are read packed on SQLite (see packed-columns.ts), and the orders its rows are given in. */
interface TableRead {
  readonly table: 'tickets' | 'ticket_events' | 'kit_events';
  readonly columns: readonly string[];
  /** Mostly distinct columns (a ref): kept as they are. */
  readonly plain: readonly string[];
  /** Columns of few distinct values, read packed on SQLite (PostgreSQL's are read by a COPY). */
  readonly packed: readonly string[];
  readonly integers?: readonly string[];
  /** The orders the worker puts the rows in, by name, each by its columns (see {@link ColumnStatement}). */
  readonly orders: Readonly<Record<string, readonly string[]>>;
  /** The order the rows are handed over in (see {@link ColumnStatement}). */
  readonly arrangeBy?: string;
}

function statement(db: Kysely<Database>, engine: Engine, read: TableRead): ColumnStatement {
  const { table, columns } = read;
  const index = (names: readonly string[]) => names.map((n) => columns.indexOf(n));
  // In no order: the worker puts the rows in the orders asked (see ColumnStatement).
  const select = (list: readonly (RawBuilder<unknown> | string)[]) =>
    sql`select ${sql.join(list.map((c) => (typeof c === 'string' ? sql.ref(c) : c)))} from ${sql.table(table)}`.compile(
      db,
    );
  const whole = select(columns);
  const packed =
    engine === 'sqlite'
      ? select([...columns.filter((c) => !read.packed.includes(c)), packedExpression(read.packed)])
      : null;
  return {
    sql: whole.sql,
    parameters: whole.parameters,
    columns: columns.length,
    plain: index(read.plain),
    integers: index(read.integers ?? []),
    orderBy: Object.fromEntries(Object.entries(read.orders).map(([name, by]) => [name, index(by)])),
    ...(read.arrangeBy ? { arrangeBy: read.arrangeBy } : {}),
    ...(packed
      ? { packed: { sql: packed.sql, parameters: packed.parameters, fields: index(read.packed) } }
      : {}),
  };
}

/** A promise with its settling functions (Node.js 20 has no `Promise.withResolvers`). */
function settled<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

/** Runs `statements` one after the other in a worker thread: the rows of each, as soon as read. */
function inWorker(
  location: Location,
  statements: readonly ColumnStatement[],
  onQuery?: QueryListener,
): Promise<ColumnSet>[] {
  // What the worker runs first: the packed form where there is one (the whole form only if needed);
  // on PostgreSQL, the whole form in a COPY.
  for (const s of statements) onQuery?.(s.packed?.sql ?? s.sql);
  const job: ColumnJob = { engine: location.engine, target: location.target, statements };
  const sets = statements.map(() => settled<ColumnSet>());
  let answered = 0;
  // Those already given stay given: rejecting a settled promise does nothing.
  const failAll = (error: Error) => {
    for (const set of sets) set.reject(error);
  };
  const worker = startWorker('column-worker', job);
  worker.on('message', (reply: ColumnReply) => {
    if (!reply.ok) {
      failAll(new Error(`reading the records in a worker thread: ${reply.message}`));
      void worker.terminate();
      return;
    }
    sets[reply.index]?.resolve(reply.set);
    answered += 1;
    if (answered === sets.length) void worker.terminate();
  });
  worker.once('error', failAll);
  worker.once('exit', (code) => {
    if (answered < sets.length)
      failAll(new Error(`reading the records: a worker thread stopped (exit ${code}) before answering`));
  });
  return sets.map((s) => s.promise);
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
  // Two threads: the tickets in one, their changes then the kit events in the other; each about
  // half of the rows' reading. The tickets are built as soon as they and their changes are read.
  const [tickets] = inWorker(
    location,
    [
      statement(db, location.engine, {
        table: 'tickets',
        columns: TICKET_COLUMNS,
        plain: ['ref'],
        packed: TICKET_COLUMNS.filter((c) => !['ref', 'opened_on', 'uai'].includes(c)),
        integers: ['screenshots'],
        orders: TICKET_ORDERS,
        // On PostgreSQL, handed over by day then ref, the order they are built in (see ticketsOf):
        // the worker arranges them while this thread builds the changes. On SQLite the worker,
        // which steps the rows, is the later one: this thread arranges them.
        ...(location.engine === 'postgres' ? { arrangeBy: BY_DAY } : {}),
      }),
    ],
    onQuery,
  ) as [Promise<ColumnSet>];
  const [events, kit] = inWorker(
    location,
    [
      statement(db, location.engine, {
        table: 'ticket_events',
        columns: [...TICKET_EVENT_COLUMNS, 'seq'],
        plain: ['ticket_ref'],
        packed: ['kind', 'target', 'by', 'seq'],
        integers: ['seq'],
        orders: { [BY_REF]: ['ticket_ref', 'seq'] },
      }),
      statement(db, location.engine, {
        table: 'kit_events',
        columns: KIT_EVENT_COLUMNS,
        plain: ['id'],
        packed: ['action_id', 'kind'],
        integers: ['id'],
        orders: { [BY_ID]: ['id'] },
      }),
    ],
    onQuery,
  ) as [Promise<ColumnSet>, Promise<ColumnSet>];
  return {
    // The changes' histories are built while the tickets are still being read.
    tickets: Promise.all([tickets, events.then(historiesOf)]).then(([t, h]) => ticketsOf(t, h)),
    kitEvents: kit.then(kitEventsOf),
  };
}
