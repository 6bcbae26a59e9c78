import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema.js';
import {
  type OutboxEntry,
  type OutboxState,
  outboxCounts,
  outboxEntries,
  type TicketDelivery,
  ticketDeliveries,
} from './outbox.js';
import { OutboxWorker, type OutboxWorkerOptions } from './outbox-worker.js';
import { type SyncOptions, type SyncRun, syncFromItop, syncRuns } from './sync.js';

/** What the admin page shows of the exchanges with iTop. */
export interface ItopOverview {
  readonly runs: readonly SyncRun[];
  readonly counts: Readonly<Record<OutboxState, number>>;
  readonly outbox: readonly OutboxEntry[];
}

/** The store's side of the exchanges with iTop: the outbox, its worker, the sync and what they did. */
export class ItopExchanges {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly transaction: <T>(work: (trx: Transaction<Database>) => Promise<T>) => Promise<T>,
  ) {}

  /** A worker that sends the outbox to iTop, one pass per `runOnce()`. */
  worker(options: OutboxWorkerOptions): OutboxWorker {
    return new OutboxWorker(this.db, this.transaction, options);
  }

  /** Reads what changed in iTop since the last run (see {@link syncFromItop}). */
  sync(options: SyncOptions): Promise<SyncRun> {
    return syncFromItop(this.db, this.transaction, options);
  }

  /** Where each ticket named stands with iTop. */
  deliveries(refs: readonly string[]): Promise<Map<string, TicketDelivery>> {
    return ticketDeliveries(this.db, refs);
  }

  /** The last runs of the sync, the outbox's counts, and its changes not yet sent and last sent. */
  async overview(limit = 20): Promise<ItopOverview> {
    const [runs, counts, outbox] = await Promise.all([
      syncRuns(this.db, limit),
      outboxCounts(this.db),
      outboxEntries(this.db, limit),
    ]);
    return { runs, counts, outbox };
  }

  /** Puts the changes given up back in the queue, due now; how many. */
  async retryFailed(now: Date = new Date()): Promise<number> {
    const result = await this.transaction((trx) =>
      trx
        .updateTable('itop_outbox')
        .set({ state: 'pending', attempts: 0, next_at: now.toISOString() })
        .where('state', '=', 'failed')
        .executeTakeFirst(),
    );
    return Number(result.numUpdatedRows);
  }
}
