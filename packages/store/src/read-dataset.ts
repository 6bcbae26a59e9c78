import type { Dataset, Eple, KitAction, KitEvent, TicketEvent, Wave } from '@opale/domain';
import type { Kysely, Selectable } from 'kysely';
import { chunked } from './chunks.js';
import { readDifficultySettings } from './difficulty-settings-rows.js';
import { toMilestone } from './milestone-rows.js';
import { readResources } from './resource-rows.js';
import {
  toBudget,
  toEple,
  toFollowUp,
  toGroup,
  toKitAction,
  toKitEvent,
  toRestitution,
  toStaff,
  toTicket,
  toTicketEvent,
  toTrack,
  toWave,
} from './rows.js';
import type { Database } from './schema.js';
import { readTrainers } from './trainer-records.js';
import { movedThrough, readWaveChanges } from './wave-change-rows.js';

/** What a question needs: the records of some waves (all by default). */
export interface Scope {
  readonly waveIds?: readonly string[];
}

/** The key of a scope, for caches: the same waves in any order give the same key; none is all. */
export function scopeKey(scope: Scope): string {
  return JSON.stringify([...(scope.waveIds ?? [])].sort());
}

/**
 * The UAI of the EPLE of the waves (on any day of the plan's history), and of their agences comptables (so that the rule
 * wave(EPLE) ≥ wave(agence) can be checked on a wave's records alone).
 */
async function scopeUais(db: Kysely<Database>, waveIds: readonly string[]): Promise<string[]> {
  // The EPLE moved into or out of the waves are theirs on some day: a past day's figures count them.
  const moved = await movedThrough(db, waveIds);
  const rows = await db
    .selectFrom('eple')
    .select(['uai', 'agence_uai'])
    .where((eb) =>
      moved.length > 0
        ? eb.or([eb('wave_id', 'in', waveIds), eb('uai', 'in', moved)])
        : eb('wave_id', 'in', waveIds),
    )
    .execute();
  return [...new Set(rows.flatMap((r) => (r.agence_uai ? [r.uai, r.agence_uai] : [r.uai])))].sort();
}

/** The waves with their milestones in order, each with its changes in the order recorded. */
export async function readWaves(db: Kysely<Database>): Promise<Wave[]> {
  const [waves, milestones, events] = await Promise.all([
    db.selectFrom('waves').selectAll().orderBy('number').execute(),
    db.selectFrom('milestones').selectAll().orderBy('wave_id').orderBy('position').execute(),
    db.selectFrom('milestone_events').selectAll().orderBy('id').execute(),
  ]);
  const changes = groupBy(events, (e) => e.milestone_id);
  const byWave = groupBy(
    milestones.map((m) => ({ wave: m.wave_id, milestone: toMilestone(m, changes.get(m.id) ?? []) })),
    (m) => m.wave,
  );
  return waves.map((w) =>
    toWave(
      w,
      (byWave.get(w.id) ?? []).map((m) => m.milestone),
    ),
  );
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** The actions of the kit de bascule, in order. */
export async function readKitActions(db: Kysely<Database>): Promise<KitAction[]> {
  const rows = await db.selectFrom('kit_actions').selectAll().orderBy('position').execute();
  return rows.map(toKitAction);
}

/** The kit events of these EPLE (of every EPLE when `uais` is null), in the order recorded. */
export async function readKitEvents(
  db: Kysely<Database>,
  uais: readonly string[] | null,
): Promise<KitEvent[]> {
  const rows = await inScope(uais, (chunk) => {
    const q = db.selectFrom('kit_events').selectAll();
    return (chunk ? q.where('uai', 'in', chunk) : q).execute();
  });
  return rows.sort((a, b) => a.id - b.id).map(toKitEvent);
}

/** The training: its tracks and trainers, and the groups and staff counts of these waves (of all when null). */
export async function readTraining(
  db: Kysely<Database>,
  waveIds: readonly string[] | null,
): Promise<Dataset['training']> {
  const [tracks, trainers, groups, staff] = await Promise.all([
    db.selectFrom('training_tracks').selectAll().orderBy('position').execute(),
    readTrainers(db),
    db
      .selectFrom('training_groups')
      .selectAll()
      .$if(waveIds !== null, (q) => q.where('wave_id', 'in', waveIds ?? []))
      .orderBy('id')
      .execute(),
    db
      .selectFrom('staff_counts')
      .selectAll()
      .$if(waveIds !== null, (q) => q.where('wave_id', 'in', waveIds ?? []))
      .orderBy('wave_id')
      .orderBy('track_id')
      .execute(),
  ]);
  return {
    tracks: tracks.map(toTrack),
    trainers: trainers.map((t) => t.trainer),
    groups: groups.map(toGroup),
    staff: staff.map(toStaff),
  };
}

/** Runs `query` for each chunk of `uais`, or once, unfiltered, when `uais` is null (every EPLE). */
function inScope<R>(
  uais: readonly string[] | null,
  query: (chunk: readonly string[] | null) => Promise<R[]>,
): Promise<R[]> {
  return uais === null ? query(null) : chunked(uais, query);
}

/**
 * Reads the records as one domain `Dataset`: every record when `scope` names no wave, else the
 * waves' EPLE (and their agences) with their own records only. Reading one wave costs what that
 * wave holds, not the whole database.
 */
export async function readDataset(db: Kysely<Database>, scope: Scope = {}): Promise<Dataset> {
  const waveIds = scope.waveIds && scope.waveIds.length > 0 ? scope.waveIds : null;
  const uais = waveIds ? await scopeUais(db, waveIds) : null;
  // Each table of per-EPLE records, read for the EPLE in scope through its `uai` index.
  const perEple = <T extends 'eple' | 'budget_events' | 'restitution_alerts' | 'follow_ups'>(table: T) =>
    inScope(uais, (chunk) => {
      const q = db.selectFrom(table as 'eple').selectAll();
      return (chunk ? q.where('uai', 'in', chunk) : q).execute();
    }) as Promise<Selectable<Database[T]>[]>;

  const [meta, waves, actions] = await Promise.all([
    db.selectFrom('meta').selectAll().execute(),
    readWaves(db),
    readKitActions(db),
  ]);
  const epleRows = (await perEple('eple')).sort((a, b) => (a.uai < b.uai ? -1 : 1));
  const byId = <R extends { id: number }>(rows: R[]) => rows.sort((a, b) => a.id - b.id);
  const budgets = byId(await perEple('budget_events'));
  const kitEvents = await readKitEvents(db, uais);
  const restitutions = byId(await perEple('restitution_alerts'));
  const followUps = byId(await perEple('follow_ups'));
  const ticketRows = (
    await inScope(uais, (chunk) => {
      const q = db.selectFrom('tickets').selectAll();
      return (chunk ? q.where('uai', 'in', chunk) : q).execute();
    })
  ).sort((a, b) => (a.opened_on < b.opened_on ? -1 : a.opened_on > b.opened_on ? 1 : a.ref < b.ref ? -1 : 1));
  const eventRows = await inScope(uais, (chunk) => {
    const q = db.selectFrom('ticket_events').selectAll('ticket_events');
    return (
      chunk
        ? q.innerJoin('tickets', 'tickets.ref', 'ticket_events.ticket_ref').where('tickets.uai', 'in', chunk)
        : q
    ).execute();
  });
  eventRows.sort((a, b) =>
    a.ticket_ref < b.ticket_ref ? -1 : a.ticket_ref > b.ticket_ref ? 1 : a.seq - b.seq,
  );
  const training = await readTraining(db, waveIds);
  // The support resources are the académie's, whatever the waves asked.
  const resources = (await readResources(db)).map((x) => x.resource);
  // The rule's history is académie-wide: every scope reads all of it.
  const difficultySettings = await readDifficultySettings(db);
  const waveChanges = await readWaveChanges(db, uais);
  const history = new Map<string, TicketEvent[]>();
  for (const e of eventRows) {
    const list = history.get(e.ticket_ref);
    if (list) list.push(toTicketEvent(e));
    else history.set(e.ticket_ref, [toTicketEvent(e)]);
  }
  const value = (key: string) => meta.find((m) => m.key === key)?.value ?? '';
  return {
    academie: { code: value('academie.code'), name: value('academie.name') },
    waves,
    eple: epleRows.map(toEple).filter((e): e is Eple => e !== null),
    budgets: budgets.map(toBudget),
    kit: { actions, events: kitEvents },
    tickets: ticketRows.map((t) => toTicket(t, history.get(t.ref) ?? [])),
    restitutions: restitutions.map(toRestitution),
    followUps: followUps.map(toFollowUp),
    ...(difficultySettings.length > 0 ? { difficultySettings } : {}),
    training,
    resources,
    ...(waveChanges.length > 0 ? { waveChanges } : {}),
  };
}
