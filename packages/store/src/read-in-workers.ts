import type { KitEvent, Ticket } from '@opale/domain';
import type { Compilable, Kysely } from 'kysely';
import type { ColumnJob, ColumnReply } from './column-worker.js';
import type { ColumnSet, ColumnStatement } from './columns.js';
import type { Location } from './connect.js';
import { KIT_EVENT_COLUMNS, TICKET_COLUMNS, TICKET_EVENT_COLUMNS } from './row-tuples.js';
import type { Database } from './schema.js';
import { kitEventsOf, TICKET_ORDER, ticketsOf } from './ticket-columns.js';
import { startWorker } from './worker-thread.js';

/** The largest kinds of records, read whole. */
export interface BigTables {
  readonly tickets: Ticket[];
  readonly kitEvents: KitEvent[];
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

function inWorker(job: ColumnJob): Promise<ColumnSet[]> {
  return new Promise((resolve, reject) => {
    const worker = startWorker('column-worker', job);
    let settled = false;
    worker.once('message', (reply: ColumnReply) => {
      settled = true;
      void worker.terminate();
      if (reply.ok) resolve(reply.sets);
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
 * Every ticket with its changes, and every kit event, read in two worker threads on connections
 * of their own (the tickets in one, their changes and the kit events in the other): these are
 * most of the national records, read beside what this thread does meanwhile (the other records,
 * the server's modules) instead of after it. The caller checks the records' revision before and
 * after, as for any read, so that all of them are of one revision.
 */
export async function bigTablesInWorkers(db: Kysely<Database>, location: Location): Promise<BigTables> {
  const where = { engine: location.engine, target: location.target };
  const [ticketSets, otherSets] = await Promise.all([
    inWorker({
      ...where,
      statements: [
        statement(
          db.selectFrom('tickets').select(TICKET_COLUMNS).orderBy('ref'),
          TICKET_COLUMNS.length,
          [0],
          TICKET_ORDER,
        ),
      ],
    }),
    inWorker({
      ...where,
      statements: [
        statement(
          db.selectFrom('ticket_events').select(TICKET_EVENT_COLUMNS).orderBy('ticket_ref').orderBy('seq'),
          TICKET_EVENT_COLUMNS.length,
          [0],
        ),
        statement(
          db
            .selectFrom('kit_events')
            .select(KIT_EVENT_COLUMNS.slice(1) as ['uai', 'action_id', 'kind', 'on_date'])
            .orderBy('id'),
          KIT_EVENT_COLUMNS.length - 1,
          [],
        ),
      ],
    }),
  ]);
  const [tickets, events, kit] = [...ticketSets, ...otherSets] as [ColumnSet, ColumnSet, ColumnSet];
  return { tickets: ticketsOf(tickets, events), kitEvents: kitEventsOf(kit) };
}
