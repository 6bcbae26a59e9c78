import type { Dataset, Eple, KitAction, Wave } from '@opale/domain';
import type { Kysely, Selectable } from 'kysely';
import { chunked } from './chunks.js';
import { readDifficultySettings } from './difficulty-settings-rows.js';
import { toMilestone } from './milestone-rows.js';
import type { BigTables } from './read-in-workers.js';
import { readKitEvents, readTickets } from './read-tickets.js';
import { readResources } from './resource-rows.js';
import { objectRows, type RowSource } from './row-source.js';
import { sharedStrings } from './row-tuples.js';
import {
  toBudget,
  toEple,
  toFollowUp,
  toGroup,
  toKitAction,
  toRestitution,
  toStaff,
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
 * wave holds, not the whole database. `bigTables`, if given, reads every ticket and kit event
 * for a read of every record.
 */
export async function readDataset(
  db: Kysely<Database>,
  scope: Scope = {},
  rows: RowSource = objectRows(db),
  bigTables?: () => BigTables,
): Promise<Dataset> {
  const waveIds = scope.waveIds && scope.waveIds.length > 0 ? scope.waveIds : null;
  // The tickets and kit events, when every record is asked and `bigTables` reads them (in worker
  // threads): started first, so that they are read while this thread reads the rest.
  const big = waveIds === null ? bigTables?.() : undefined;
  // Not left unheard if a read below fails first: the failure is the one of the whole read.
  big?.tickets.catch(() => undefined);
  big?.kitEvents.catch(() => undefined);
  const uais = waveIds ? await scopeUais(db, waveIds) : null;
  // Each table of per-EPLE records, read for the EPLE in scope through its `uai` index.
  const perEple = <T extends 'eple' | 'budget_events' | 'restitution_alerts' | 'follow_ups'>(table: T) =>
    inScope(uais, (chunk) => {
      const q = db.selectFrom(table as 'eple').selectAll();
      return (chunk ? q.where('uai', 'in', chunk) : q).execute();
    }) as Promise<Selectable<Database[T]>[]>;
  const byId = <R extends { id: number }>(rows: R[]) => rows.sort((a, b) => a.id - b.id);
  // Tickets and kit events share their days and UAIs.
  const same = sharedStrings();

  // All at once: on PostgreSQL the server reads one table while this process builds another's records.
  const [meta, waves, actions, epleRows, budgets, kitEvents, restitutions, followUps, tickets] =
    await Promise.all([
      db.selectFrom('meta').selectAll().execute(),
      readWaves(db),
      readKitActions(db),
      perEple('eple').then((r) => r.sort((a, b) => (a.uai < b.uai ? -1 : 1))),
      perEple('budget_events').then(byId),
      big ? big.kitEvents : readKitEvents(db, uais, rows, same),
      perEple('restitution_alerts').then(byId),
      perEple('follow_ups').then(byId),
      big ? big.tickets : readTickets(db, uais, rows, same),
    ]);
  const [training, resources, difficultySettings, waveChanges] = await Promise.all([
    readTraining(db, waveIds),
    // The support resources are the académie's, whatever the waves asked.
    readResources(db),
    // The rule's history is académie-wide: every scope reads all of it.
    readDifficultySettings(db),
    readWaveChanges(db, uais),
  ]);
  const value = (key: string) => meta.find((m) => m.key === key)?.value ?? '';
  return {
    academie: { code: value('academie.code'), name: value('academie.name') },
    waves,
    eple: epleRows.map(toEple).filter((e): e is Eple => e !== null),
    budgets: budgets.map(toBudget),
    kit: { actions, events: kitEvents },
    tickets,
    restitutions: restitutions.map(toRestitution),
    followUps: followUps.map(toFollowUp),
    ...(difficultySettings.length > 0 ? { difficultySettings } : {}),
    training,
    resources: resources.map((x) => x.resource),
    ...(waveChanges.length > 0 ? { waveChanges } : {}),
  };
}
