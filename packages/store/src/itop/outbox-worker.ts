import type { Kysely, Transaction } from 'kysely';
import { audit } from '../audit.js';
import { findTicket } from '../lookups.js';
import type { Database } from '../schema.js';
import { dueChanges, type OutboxEntry } from './outbox.js';
import { callItop, type ItopAnswer, type ItopConnection, type ItopObject } from './rest-call.js';
import {
  changeOf,
  changeOperation,
  createOperation,
  markerQuery,
  refQuery,
  WRITTEN_OUTPUT_FIELDS,
} from './user-request.js';

/** How the outbox retries: exponential backoff with jitter, then gives up. */
export interface RetryPolicy {
  /** Attempts before a change is given up (`failed`, shown to admins with the reason). */
  readonly maxAttempts: number;
  /** The wait after the first failure; doubled after each. */
  readonly baseDelayMs: number;
  /** The longest wait between two attempts. */
  readonly maxDelayMs: number;
}

/** 8 attempts over about a day: 30 s, 1 min, 2 min… up to 6 h apart. */
export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 8, baseDelayMs: 30_000, maxDelayMs: 6 * 3_600_000 };

/**
 * The wait before the next attempt after `attempts` failures: the base doubled each time, capped,
 * then drawn between half and all of it (`random` in [0, 1)) so that many waiting changes do not
 * come back to iTop all at once.
 */
export function backoffMs(attempts: number, random: number, policy: RetryPolicy = DEFAULT_RETRY): number {
  const full = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(full / 2 + (full / 2) * random);
}

export interface OutboxWorkerOptions {
  readonly connection: ItopConnection;
  /** The longest wait for one answer of iTop. */
  readonly timeoutMs?: number;
  readonly retry?: RetryPolicy;
  /** The clock and the dice: injected, so that tests never wait for a backoff. */
  readonly now?: () => Date;
  readonly random?: () => number;
  /** Hears every failed attempt (the server logs it). */
  readonly onFailure?: (entry: OutboxEntry, reason: string, gaveUp: boolean) => void;
}

/** What one pass of the worker did. */
export interface OutboxPass {
  readonly sent: number;
  readonly retried: number;
  readonly failed: number;
}

type Outcome = { ok: true; link?: { itopId: string; itopRef: string } } | { ok: false; reason: string };

/**
 * Sends the outbox's changes to iTop. A ticket's opening becomes a `core/create`, after a
 * `core/get` by its marker has found no request: a creation whose answer was lost (timeout, 500)
 * is found there and linked, never made twice. A requalification, return or escalation becomes a
 * `core/update`; a resolution or reopening a `core/apply_stimulus`, skipped when iTop's status
 * shows it made already. A failure leaves the change pending until its next attempt, further off
 * each time; after the last attempt it is `failed` with the reason.
 */
export class OutboxWorker {
  private running: Promise<OutboxPass> | null = null;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly transaction: <T>(work: (trx: Transaction<Database>) => Promise<T>) => Promise<T>,
    private readonly options: OutboxWorkerOptions,
  ) {}

  /** One pass over the due changes; a pass asked while one runs joins it. Never throws for iTop's sake. */
  runOnce(): Promise<OutboxPass> {
    if (!this.running) this.running = this.pass().finally(() => (this.running = null));
    return this.running;
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  private async pass(): Promise<OutboxPass> {
    const tally = { sent: 0, retried: 0, failed: 0 };
    const tried = new Set<number>();
    // Again while something was sent: a ticket's next change is due as soon as the one before it is in iTop.
    for (;;) {
      const due = (await dueChanges(this.db, this.now().toISOString())).filter((e) => !tried.has(e.id));
      if (due.length === 0) return tally;
      for (const entry of due) {
        tried.add(entry.id);
        await this.attempt(entry, tally);
      }
    }
  }

  private async attempt(
    entry: OutboxEntry,
    tally: { sent: number; retried: number; failed: number },
  ): Promise<void> {
    let outcome: Outcome;
    try {
      outcome = await this.send(entry);
      if (outcome.ok) await this.markSent(entry, outcome.link);
    } catch (error) {
      // A store error (a link already taken…) is this change's failure, not the worker's end.
      outcome = {
        ok: false,
        reason: `opale could not record the answer: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
    if (outcome.ok) tally.sent += 1;
    else if (await this.markFailure(entry, outcome.reason)) tally.failed += 1;
    else tally.retried += 1;
  }

  private call(operation: Record<string, unknown>): Promise<ItopAnswer> {
    const timeout = this.options.timeoutMs ?? 30_000;
    return callItop({ ...this.options.connection, signal: AbortSignal.timeout(timeout) }, operation);
  }

  private async send(entry: OutboxEntry): Promise<Outcome> {
    const found = await findTicket(this.db, entry.ticketRef);
    if (!found) return { ok: false, reason: `ticket ${entry.ticketRef} is no longer in opale` };
    if (entry.change === 'open') return this.create(found.ticket);
    const link = await this.db
      .selectFrom('itop_links')
      .selectAll()
      .where('ticket_ref', '=', entry.ticketRef)
      .executeTakeFirst();
    // A ticket read from iTop carries iTop's ref; one opened in opale its link.
    const key = link ? link.itop_id : refQuery(entry.ticketRef);
    const event = entry.event;
    if (event === null) return { ok: false, reason: `change ${entry.id}: expected an event, got none` };
    const change = changeOf(event);
    if (change.kind === 'stimulus') {
      const current = await this.call({
        operation: 'core/get',
        class: 'UserRequest',
        key,
        output_fields: 'status',
      });
      const one = single(current, `the request of ticket ${entry.ticketRef}`);
      if (!one.ok) return one;
      if (change.doneIn.includes(String(one.object.fields.status ?? ''))) return { ok: true };
    }
    const answer = await this.call(changeOperation(entry.ticketRef, key, event));
    const written = single(answer, `the ${event.kind} of ticket ${entry.ticketRef}`);
    return written.ok ? { ok: true } : written;
  }

  private async create(ticket: Parameters<typeof createOperation>[0]): Promise<Outcome> {
    const lookup = await this.call({
      operation: 'core/get',
      class: 'UserRequest',
      key: markerQuery(ticket.ref),
      output_fields: WRITTEN_OUTPUT_FIELDS,
    });
    if (!lookup.ok) return { ok: false, reason: lookup.reason };
    const existing = [...lookup.objects].sort((a, b) => Number(a.key) - Number(b.key))[0];
    if (existing) return { ok: true, link: linkOf(existing) };
    const created = single(await this.call(createOperation(ticket)), `the creation of ticket ${ticket.ref}`);
    return created.ok ? { ok: true, link: linkOf(created.object) } : created;
  }

  private markSent(entry: OutboxEntry, link?: { itopId: string; itopRef: string }): Promise<void> {
    const at = this.now().toISOString();
    return this.transaction(async (trx) => {
      if (link) {
        await trx
          .insertInto('itop_links')
          .values({
            ticket_ref: entry.ticketRef,
            itop_id: link.itopId,
            itop_ref: link.itopRef,
            linked_at: at,
          })
          .execute();
        await audit(trx, at, 'itop', 'itop-created', 'ticket', entry.ticketRef, link);
      }
      await trx
        .updateTable('itop_outbox')
        .set({ state: 'sent', sent_at: at, attempts: entry.attempts + 1, last_error: null })
        .where('id', '=', entry.id)
        .execute();
    });
  }

  /** Records a failed attempt; whether the change is given up. */
  private async markFailure(entry: OutboxEntry, reason: string): Promise<boolean> {
    const policy = this.options.retry ?? DEFAULT_RETRY;
    const attempts = entry.attempts + 1;
    const gaveUp = attempts >= policy.maxAttempts;
    const wait = backoffMs(attempts, this.options.random?.() ?? Math.random(), policy);
    await this.transaction((trx) =>
      trx
        .updateTable('itop_outbox')
        .set({
          state: gaveUp ? 'failed' : 'pending',
          attempts,
          last_error: reason,
          next_at: new Date(this.now().getTime() + wait).toISOString(),
        })
        .where('id', '=', entry.id)
        .execute(),
    );
    this.options.onFailure?.(entry, reason, gaveUp);
    return gaveUp;
  }
}

function linkOf(object: ItopObject): { itopId: string; itopRef: string } {
  const ref = object.fields.ref;
  return {
    itopId: object.key,
    itopRef: typeof ref === 'string' && ref !== '' ? ref : `${object.class}::${object.key}`,
  };
}

/** The one object an answer must hold, or what is wrong with it. */
function single(
  answer: ItopAnswer,
  what: string,
): { ok: true; object: ItopObject } | { ok: false; reason: string } {
  if (!answer.ok) return { ok: false, reason: answer.reason };
  const [object] = answer.objects;
  if (answer.objects.length !== 1 || !object)
    return {
      ok: false,
      reason: `${what}: expected one object in iTop's answer, got ${answer.objects.length}`,
    };
  if (object.code !== 0)
    return {
      ok: false,
      reason: `${what}: iTop reports code ${object.code} for ${object.name}: ${object.message}`,
    };
  return { ok: true, object };
}
