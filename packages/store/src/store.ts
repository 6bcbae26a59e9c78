import type { Dataset } from '@opale/domain';
import { type Kysely, sql, type Transaction } from 'kysely';
import { audit } from './audit.js';
import type { Progress } from './chunks.js';
import {
  connectWithRows,
  describeLocation,
  type Engine,
  type Location,
  locate,
  type QueryListener,
} from './connect.js';
import { DifficultyRuleWrites } from './difficulty-settings-write.js';
import { type ImportInput, type ImportKind, type ImportResult, importFile } from './imports.js';
import { ItopExchanges } from './itop/exchanges.js';
import { enqueueTicketChange } from './itop/outbox.js';
import { ticketVersions } from './lookups.js';
import { migrate } from './migrations/index.js';
import { readDataset, type Scope, scopeKey } from './read-dataset.js';
import {
  type BigTables,
  bigRows,
  bigTablesInWorkers,
  readableElsewhere,
  WORKER_ROWS,
} from './read-in-workers.js';
import { ResourceWrites } from './resource-writes.js';
import type { RowSource } from './row-source.js';
import { ScenarioWrites } from './scenario-writes.js';
import type { Database } from './schema.js';
import { revision, transact } from './transact.js';

/** Datasets kept in memory, by scope: a few waves' worth. */
const CACHED_DATASETS = 4;

import { RestitutionWrites } from './restitution-writes.js';
import { replaceRecords } from './write-dataset.js';
import { Writes } from './writes.js';

export type { Actor } from './audit.js';

import type { Actor } from './audit.js';

/** The result of a database integrity check. */
export interface IntegrityReport {
  readonly ok: boolean;
  readonly problems: readonly string[];
}

/**
 * The académie's records, on SQLite or PostgreSQL. Open it with {@link Store.open}: the schema
 * is migrated to the latest version before anything else. Writes happen in transactions: a
 * change is recorded whole or not at all.
 */
export class Store {
  /** The teams' changes to the records (budgets, kit, tickets, follow-ups). */
  readonly writes: Writes;
  /** Recording and clearing the alerts of the restitutions op@le. */
  readonly restitutions: RestitutionWrites;
  /** The admin's changes to the support resources of the Ressources page. */
  readonly resources: ResourceWrites;
  /** The named drafts of the re-planning page, and their application to the records (administrators). */
  readonly scenarios: ScenarioWrites;
  /** The exchanges with iTop: outbox, worker, sync (see {@link ItopExchanges}). */
  readonly itop: ItopExchanges;
  /** The difficulty rule's history and its changes (administrators). */
  readonly difficultyRule: DifficultyRuleWrites;
  private readonly cache = new Map<string, { revision: number; dataset: Dataset }>();
  private readonly reading = new Map<string, Promise<Dataset>>();

  /** The largest tables read in worker threads, where another thread can reach the records. */
  private readonly bigTables?: () => BigTables;
  /** Tickets and kit events of the last read of every record; counted (up to the threshold) before the first. */
  private bigRowsRead?: number;

  private constructor(
    readonly db: Kysely<Database>,
    readonly location: Location,
    itopOutbox: boolean,
    private readonly rows: RowSource,
    onQuery?: QueryListener,
    private readonly workerRows = WORKER_ROWS,
  ) {
    if (readableElsewhere(location)) this.bigTables = () => bigTablesInWorkers(db, location, onQuery);
    const transaction = <T>(work: (trx: Transaction<Database>) => Promise<T>) =>
      transact(db, location.engine, location.target, work);
    this.writes = new Writes(db, transaction, itopOutbox ? enqueueTicketChange : undefined);
    this.restitutions = new RestitutionWrites(transaction);
    this.resources = new ResourceWrites(db, transaction);
    this.scenarios = new ScenarioWrites(db, transaction);
    this.itop = new ItopExchanges(db, transaction);
    this.difficultyRule = new DifficultyRuleWrites(db, transaction);
  }

  get engine(): Engine {
    return this.location.engine;
  }

  /**
   * Opens the records at `url` (see {@link locate}) and migrates the schema. `onQuery` hears the
   * SQL of every statement run from then on (the migration's included). With `itopOutbox`, every
   * ticket of the iTop channel opened or changed puts its change in the outbox, in the same
   * transaction, for the iTop worker to send (set it when iTop is configured). A read of every
   * record takes the tickets and kit events from worker threads when they number `workerRows` or
   * more ({@link WORKER_ROWS} by default; 0 always, `Infinity` never).
   */
  static async open(
    url?: string,
    options: { onQuery?: QueryListener; itopOutbox?: boolean; workerRows?: number } = {},
  ): Promise<Store> {
    const location = locate(url);
    const { db, rows } = connectWithRows(location, options.onQuery);
    try {
      await migrate(db, location.engine);
    } catch (error) {
      await db.destroy();
      throw error;
    }
    return new Store(db, location, options.itopOutbox === true, rows, options.onQuery, options.workerRows);
  }

  /** Where the records live, for messages (no password). */
  describe(): string {
    return describeLocation(this.location);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }

  /** Whether the store holds no wave yet (a new database). */
  async isEmpty(): Promise<boolean> {
    const row = await this.db.selectFrom('waves').select('id').limit(1).executeTakeFirst();
    return row === undefined;
  }

  /**
   * The records as a domain dataset: all of them, or those of some waves (see {@link Scope}).
   * The last few datasets read are kept with the revision they were read at: asked again while
   * no write has been committed (by any process), they cost one query instead of a full read.
   * Under a steady stream of writes (more than five commits during as many reads) the last read
   * is given as it is.
   */
  async loadDataset(scope: Scope = {}): Promise<Dataset> {
    const key = scopeKey(scope);
    const current = await revision(this.db);
    const cached = this.cache.get(key);
    if (cached && cached.revision === current) {
      // Most recently used last: the first key is the one to evict.
      this.cache.delete(key);
      this.cache.set(key, cached);
      return cached.dataset;
    }
    // Callers that ask at once for the same revision share one read: a national dataset is
    // seconds of reading. A caller that saw a later revision never joins an earlier read.
    const flight = `${key}@${current}`;
    const pending = this.reading.get(flight);
    if (pending) return pending;
    const read = this.readFrom(current, key, scope).finally(() => this.reading.delete(flight));
    this.reading.set(flight, read);
    return read;
  }

  private async readFrom(current: number, key: string, scope: Scope): Promise<Dataset> {
    // Read again if a write was committed meanwhile (by any process): the records given are those
    // of one revision, never half before and half after a change.
    let at = current;
    const bigTables = (await this.readsInWorkers(scope)) ? this.bigTables : undefined;
    const read = () => readDataset(this.db, scope, this.rows, bigTables);
    let dataset = await read();
    if (!scope.waveIds?.length) this.bigRowsRead = dataset.tickets.length + dataset.kit.events.length;
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const after = await revision(this.db);
      if (after === at) {
        this.cache.delete(key);
        this.cache.set(key, { revision: at, dataset });
        if (this.cache.size > CACHED_DATASETS) this.cache.delete(this.cache.keys().next().value as string);
        break;
      }
      at = after;
      dataset = await read();
    }
    return dataset;
  }

  /** Whether a read of `scope` takes the largest tables from worker threads (see `open`). */
  private async readsInWorkers(scope: Scope): Promise<boolean> {
    if (!this.bigTables || scope.waveIds?.length || this.workerRows === Number.POSITIVE_INFINITY)
      return false;
    if (this.workerRows <= 0) return true;
    this.bigRowsRead ??= await bigRows(this.db, this.workerRows);
    return this.bigRowsRead >= this.workerRows;
  }

  /**
   * The records' revision: a number every committed write bumps, in this process or another on
   * the same database. Answers computed from the records can be kept while it stays the same.
   */
  revision(): Promise<number> {
    return revision(this.db);
  }

  /**
   * The version of each ticket named (the one a change must be based on): one statement for a
   * page of tickets, a few for a very long list. A ref of no ticket is absent from the map.
   */
  ticketVersions(refs: readonly string[]): Promise<Map<string, number>> {
    return ticketVersions(this.db, refs);
  }

  /** Replaces every record by a valid dataset, in one transaction, and audits it. */
  async replaceDataset(dataset: Dataset, actor: Actor, progress?: Progress): Promise<void> {
    const at = new Date().toISOString();
    await transact(this.db, this.engine, this.location.target, async (trx) => {
      await replaceRecords(trx, this.engine, dataset, { recorded_by: actor, recorded_at: at }, progress);
      await audit(trx, at, actor, 'replace', 'dataset', dataset.academie.code, {
        eple: dataset.eple.length,
        tickets: dataset.tickets.length,
      });
    });
  }

  /** Applies a parsed file: all of it or nothing, and nothing again for the same file (see {@link importFile}). */
  importFile<T>(kind: ImportKind, input: ImportInput<T>, actor: Actor): Promise<ImportResult> {
    return importFile(this.db, this.engine, this.location.target, kind, input, actor);
  }

  /**
   * Resolves when the database answers one trivial statement (`select 1`), rejects when it cannot
   * be used (server gone, store closed): cheap enough for a readiness probe. It does not bound
   * the wait; a caller that must answer in time races it with a timer.
   */
  async ping(): Promise<void> {
    await sql`select 1`.execute(this.db);
  }

  /**
   * Checks the database itself (every page and index, on SQLite) and the references between
   * records: it reads the whole database, for `opale db check`, not for a probe (see {@link ping}).
   */
  async integrityCheck(): Promise<IntegrityReport> {
    const problems: string[] = [];
    if (this.engine === 'sqlite') {
      const rows = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(this.db);
      for (const r of rows.rows) if (r.integrity_check !== 'ok') problems.push(r.integrity_check);
      const fk = await sql<{ table: string; rowid: number }>`pragma foreign_key_check`.execute(this.db);
      for (const r of fk.rows) problems.push(`broken reference in ${r.table}, row ${r.rowid}`);
    }
    const orphans = await this.db
      .selectFrom('ticket_events')
      .leftJoin('tickets', 'tickets.ref', 'ticket_events.ticket_ref')
      .select('ticket_events.ticket_ref')
      .where('tickets.ref', 'is', null)
      .limit(10)
      .execute();
    for (const o of orphans) problems.push(`ticket event of a missing ticket ${o.ticket_ref}`);
    return { ok: problems.length === 0, problems };
  }
}
