import {
  type BudgetExecutoire,
  type Dataset,
  describe,
  domainError,
  type FollowUp,
  fail,
  type IsoDate,
  type KitAction,
  type KitEvent,
  ok,
  planTraining,
  type Result,
  type Ticket,
  type TicketEvent,
  type TrainingPlan,
  validateBudgetExecutoire,
  validateFollowUp,
  validateKitEvent,
  validateTicket,
  type Wave,
} from '@opale/domain';
import type { Kysely, Transaction } from 'kysely';
import { type Actor, audit } from './audit.js';
import { conflict } from './conflict.js';
import type { TicketChange } from './itop/outbox.js';
import { addBudgetOnce, epleMap, findTicket, kitActionMap } from './lookups.js';
import { recordMilestone, type StoredMilestone } from './milestone-writes.js';
import { readTraining, readWaves } from './read-dataset.js';
import { readKitEvents } from './read-tickets.js';
import { followUpRow, groupRow, kitEventRow, staffRow, ticketEventRow, ticketRow } from './rows.js';
import type { Database, Recorded } from './schema.js';
import { readTrainers, type VersionedTrainer } from './trainer-records.js';
import { recordTrainer } from './trainer-writes.js';

/** A ticket as stored: its record and the version a change must be based on. */
export interface VersionedTicket {
  readonly ticket: Ticket;
  readonly version: number;
}

/** A kit event as recorded, and the EPLE's kit as it stands after it, read in the same transaction. */
export interface RecordedKitEvent {
  readonly event: KitEvent;
  readonly uai: string;
  /** The kit's actions, in order. */
  readonly actions: readonly KitAction[];
  /** The EPLE's kit events, this one included, in the order recorded. */
  readonly events: readonly KitEvent[];
}

/** A training plan as recorded, and the waves and training as they stand after it, read in the same transaction. */
export interface PlannedTraining {
  readonly plan: TrainingPlan;
  readonly waves: readonly Wave[];
  /** Every wave's training, as `loadDataset()` gives it. */
  readonly training: Dataset['training'];
}

/** The UAI an input names, upper case; '' when it names none (the validator then says so). */
export const uaiOf = (input: unknown): string =>
  typeof input === 'object' && input !== null && typeof (input as { uai?: unknown }).uai === 'string'
    ? ((input as { uai: string }).uai.trim().toUpperCase() as string)
    : '';

/** The waves and every wave's training as they stand, read as `loadDataset()` reads them. */
const wavesAndTraining = (db: Kysely<Database>) => Promise.all([readWaves(db), readTraining(db, null)]);

/** Who records a change, and now. */
export function stamp(actor: Actor): Recorded {
  return { recorded_by: actor, recorded_at: new Date().toISOString() };
}

/**
 * The writes of the académie's teams, one transaction each: the input is checked with the
 * domain's validators against the stored records, then recorded with who and when, and audited.
 * Bad input and stale versions come back as typed errors; nothing is half-written.
 */
export class Writes {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly transaction: <T>(work: (trx: Transaction<Database>) => Promise<T>) => Promise<T>,
    /** Hears every ticket opened or changed, inside its transaction (the iTop outbox). */
    private readonly onTicketChange?: (
      trx: Transaction<Database>,
      change: TicketChange,
      at: string,
    ) => Promise<void>,
  ) {}

  /** Records that a budget became exécutoire. */
  recordBudgetExecutoire(input: unknown, actor: Actor): Promise<Result<BudgetExecutoire>> {
    return this.transaction(async (trx) => {
      const checked = validateBudgetExecutoire(input, { eple: await epleMap(trx, [uaiOf(input)]) });
      if (!checked.ok) return checked;
      const b = checked.value;
      const r = stamp(actor);
      if (await addBudgetOnce(trx, b, r)) {
        await audit(trx, r.recorded_at, actor, 'budget-executoire', 'eple', b.uai, b);
      }
      return checked;
    });
  }

  /**
   * Records a kit action finalized or undone; answers with the kit's actions and the EPLE's kit
   * events as they stand after it, read in the same transaction (what its completion is computed from).
   */
  recordKitEvent(input: unknown, actor: Actor): Promise<Result<RecordedKitEvent>> {
    return this.transaction(async (trx) => {
      const actions = await kitActionMap(trx);
      const checked = validateKitEvent(input, { eple: await epleMap(trx, [uaiOf(input)]), actions });
      if (!checked.ok) return checked;
      const event = checked.value;
      const r = stamp(actor);
      await trx.insertInto('kit_events').values(kitEventRow(event, r)).execute();
      await audit(trx, r.recorded_at, actor, `kit-${event.kind}`, 'eple', event.uai, event);
      const events = await readKitEvents(trx, [event.uai]);
      return ok({ event, uai: event.uai, actions: [...actions.values()], events });
    });
  }

  /** Records a follow-up action for an EPLE in difficulty. */
  recordFollowUp(input: unknown, actor: Actor): Promise<Result<FollowUp>> {
    return this.transaction(async (trx) => {
      const known = await epleMap(trx, [uaiOf(input)]);
      const checked = validateFollowUp(input, { eple: new Set(known.keys()) });
      if (!checked.ok) return checked;
      const r = stamp(actor);
      await trx.insertInto('follow_ups').values(followUpRow(checked.value, r)).execute();
      await audit(trx, r.recorded_at, actor, 'follow-up', 'eple', checked.value.uai, checked.value);
      return checked;
    });
  }

  /**
   * Plans a wave's training from its staff counts per track (see the domain's `planTraining`):
   * the wave's groups and counts are replaced by the plan's, in one transaction. Each group is
   * staffed with a pair of trainers who may lead it (see the domain's `staffGroups`), a group
   * keeping its pair when it still fits. Groups that lack a pair are recorded all the same, with
   * the trainers found, and the plan names them (`gaps`): the académie sees where volunteers are
   * missing instead of a refusal. The answer holds the waves and the training as they stand after
   * the plan, read in the same transaction.
   */
  planTraining(
    input: {
      readonly waveId: string;
      readonly staff: readonly { trackId: string; count: number }[];
      /** The day of the plan (the caller's day in Paris): its groups and counts are planned on it. */
      readonly plannedOn: IsoDate;
    },
    actor: Actor,
  ): Promise<Result<PlannedTraining>> {
    return this.transaction(async (trx) => {
      const [waves, { tracks, trainers, groups }] = await wavesAndTraining(trx);
      const wave = waves.find((w) => w.id === input.waveId);
      if (!wave) {
        const known = waves.map((w) => w.id).join(', ');
        return fail(
          domainError(
            'waveId',
            'unknown_reference',
            `waveId: expected one of ${known}, got ${describe(input.waveId)}`,
          ),
        );
      }
      const planned = planTraining({
        waveId: wave.id,
        waves,
        staff: input.staff,
        plannedOn: input.plannedOn,
        tracks,
        trainers,
        previous: groups.filter((g) => g.waveId === wave.id),
      });
      if (!planned.ok) return planned;
      const plan = planned.value;
      const r = stamp(actor);
      await trx.deleteFrom('training_groups').where('wave_id', '=', wave.id).execute();
      await trx.deleteFrom('staff_counts').where('wave_id', '=', wave.id).execute();
      if (plan.groups.length > 0)
        await trx
          .insertInto('training_groups')
          .values(plan.groups.map((g) => groupRow(g, r)))
          .execute();
      if (plan.staff.length > 0)
        await trx.insertInto('staff_counts').values(plan.staff.map(staffRow)).execute();
      await audit(trx, r.recorded_at, actor, 'training-plan', 'wave', wave.id, {
        staff: input.staff,
        plannedOn: input.plannedOn,
        gaps: plan.gaps,
      });
      const [after, training] = await wavesAndTraining(trx);
      return ok({ plan, waves: after, training });
    });
  }

  /**
   * Records a new trainer (`expectedVersion` null) or changes one, based on the version the
   * caller read; see {@link recordTrainer}.
   */
  recordTrainer(
    input: unknown,
    expectedVersion: number | null,
    actor: Actor,
  ): Promise<Result<VersionedTrainer>> {
    return this.transaction((trx) => recordTrainer(trx, input, expectedVersion, actor, stamp(actor)));
  }

  /** The trainers with their versions, to base a change on. */
  trainers(): Promise<VersionedTrainer[]> {
    return readTrainers(this.db);
  }

  /** Opens a ticket: checked as a whole (references, history); its ref must be new. */
  openTicket(input: unknown, actor: Actor): Promise<Result<VersionedTicket>> {
    return this.transaction(async (trx) => {
      const checked = validateTicket(input);
      if (!checked.ok) return checked;
      const t = checked.value;
      if (t.uai !== undefined && !(await epleMap(trx, [t.uai])).has(t.uai)) {
        return {
          ok: false,
          errors: [domainError('ticket.uai', 'unknown_reference', `ticket.uai: unknown EPLE ${t.uai}`)],
        };
      }
      if (await findTicket(trx, t.ref)) {
        return {
          ok: false,
          errors: [domainError('ticket.ref', 'duplicate', `ticket.ref: ticket ${t.ref} exists already`)],
        };
      }
      const r = stamp(actor);
      await trx.insertInto('tickets').values(ticketRow(t, r)).execute();
      for (const [seq, e] of t.history.entries()) {
        await trx
          .insertInto('ticket_events')
          .values(ticketEventRow(t.ref, seq, e, r))
          .execute();
      }
      await audit(trx, r.recorded_at, actor, 'ticket-open', 'ticket', t.ref, { title: t.title });
      await this.onTicketChange?.(trx, { kind: 'open', ticket: t }, r.recorded_at);
      return { ok: true, value: { ticket: t, version: 1 } };
    });
  }

  /**
   * Adds one event to a ticket's history (requalify, escalate, return, resolve, reopen), based on
   * the version the caller read: if the ticket changed since, nothing is written and the answer
   * is a `conflict` naming the current version.
   */
  addTicketEvent(
    ref: string,
    event: TicketEvent,
    expectedVersion: number,
    actor: Actor,
  ): Promise<Result<VersionedTicket>> {
    return this.transaction(async (trx) => {
      const found = await findTicket(trx, ref);
      if (!found) return { ok: false, errors: [domainError('ref', 'not_found', `ref: no ticket ${ref}`)] };
      if (found.version !== expectedVersion) return conflict(`ticket ${ref}`, found.version, expectedVersion);
      const checked = validateTicket({ ...found.ticket, history: [...found.ticket.history, event] });
      if (!checked.ok) return checked;
      const r = stamp(actor);
      // The version in the WHERE makes the check and the write one atomic step against other writers.
      const updated = await trx
        .updateTable('tickets')
        .set({ version: expectedVersion + 1, recorded_at: r.recorded_at, recorded_by: actor })
        .where('ref', '=', ref)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) return conflict(`ticket ${ref}`, undefined, expectedVersion);
      const seq = found.ticket.history.length;
      const added = checked.value.history[seq] as TicketEvent;
      await trx
        .insertInto('ticket_events')
        .values(ticketEventRow(ref, seq, added, r))
        .execute();
      await audit(trx, r.recorded_at, actor, `ticket-${added.kind}`, 'ticket', ref, added);
      await this.onTicketChange?.(trx, { kind: 'event', ticket: checked.value, event: added }, r.recorded_at);
      return { ok: true, value: { ticket: checked.value, version: expectedVersion + 1 } };
    });
  }

  /**
   * Adds a milestone to a wave's calendar (no `id`) or changes one (its `id`, based on `version`),
   * decided on the input's `on` day, not after `today`: see {@link recordMilestone}.
   */
  recordMilestone(
    input: unknown,
    version: number | undefined,
    actor: Actor,
    today: string,
  ): Promise<Result<StoredMilestone>> {
    return this.transaction((trx) => recordMilestone(trx, input, version, actor, stamp(actor), today));
  }

  /** A ticket with its version, to base a change on. */
  ticket(ref: string): Promise<VersionedTicket | undefined> {
    return findTicket(this.db, ref);
  }
}
