import type { Dataset } from '@opale/domain';
import type { Kysely } from 'kysely';
import { insertChunked, type Progress } from './chunks.js';
import type { Engine } from './connect.js';
import { difficultySettingRow } from './difficulty-settings-rows.js';
import { waveMilestoneRows } from './milestone-rows.js';
import { resourceRow } from './resource-rows.js';
import {
  budgetRow,
  epleRow,
  followUpRow,
  groupRow,
  kitActionRow,
  kitEventRow,
  restitutionRow,
  staffRow,
  ticketEventRow,
  ticketRow,
  trackRow,
  waveRow,
} from './rows.js';
import { type Database, type Recorded, TABLES_PARENTS_FIRST } from './schema.js';
import { trainerRows } from './trainer-records.js';
import { waveChangeRow } from './wave-change-rows.js';

/** Deletes every record, children first, keeping the audit log and the list of imports. */
export async function emptyRecords(
  trx: Kysely<Database>,
  keep: readonly string[] = ['audit_log', 'imports'],
): Promise<void> {
  for (const table of [...TABLES_PARENTS_FIRST].reverse()) {
    if (!keep.includes(table)) await trx.deleteFrom(table).execute();
  }
}

/**
 * Replaces every record by those of `dataset` inside the caller's transaction: seeding is all or
 * nothing. The dataset must already be valid (`validateDataset`).
 */
export async function replaceRecords(
  trx: Kysely<Database>,
  engine: Engine,
  dataset: Dataset,
  recorded: Recorded,
  progress?: Progress,
): Promise<void> {
  await emptyRecords(trx);
  const put = (table: keyof Database & string, rows: readonly object[]) =>
    insertChunked(trx, engine, table, rows, progress);
  await put('meta', [
    { key: 'academie.code', value: dataset.academie.code },
    { key: 'academie.name', value: dataset.academie.name },
  ]);
  await put(
    'waves',
    dataset.waves.map((w) => waveRow(w, recorded)),
  );
  const calendars = dataset.waves.map((w) => waveMilestoneRows(w, recorded));
  await put(
    'milestones',
    calendars.flatMap((c) => c.milestones),
  );
  await put(
    'milestone_events',
    calendars.flatMap((c) => c.events),
  );
  // Agences first would not be enough (an agence may be in a later wave, which the domain reports):
  // EPLE reference each other only by UAI, without a foreign key.
  await put(
    'eple',
    dataset.eple.map((e) => epleRow(e, recorded)),
  );
  await put(
    'kit_actions',
    dataset.kit.actions.map((a, i) => kitActionRow(a, i)),
  );
  await put(
    'budget_events',
    dataset.budgets.map((b) => budgetRow(b, recorded)),
  );
  await put(
    'kit_events',
    dataset.kit.events.map((e) => kitEventRow(e, recorded)),
  );
  await put(
    'tickets',
    dataset.tickets.map((t) => ticketRow(t, recorded)),
  );
  await put(
    'ticket_events',
    dataset.tickets.flatMap((t) => t.history.map((e, seq) => ticketEventRow(t.ref, seq, e, recorded))),
  );
  await put(
    'restitution_alerts',
    dataset.restitutions.map((a) => restitutionRow(a, recorded)),
  );
  await put(
    'follow_ups',
    dataset.followUps.map((f) => followUpRow(f, recorded)),
  );
  await put(
    'training_tracks',
    dataset.training.tracks.map((t, i) => trackRow(t, i)),
  );
  const trainers = trainerRows(dataset.training.trainers, recorded);
  await put('trainers', trainers.trainers);
  await put('trainer_tracks', trainers.tracks);
  await put('trainer_unavailability', trainers.unavailability);
  await put(
    'training_groups',
    dataset.training.groups.map((g) => groupRow(g, recorded)),
  );
  await put('difficulty_settings', (dataset.difficultySettings ?? []).map(difficultySettingRow));
  await put('staff_counts', dataset.training.staff.map(staffRow));
  await put(
    'resources',
    dataset.resources.map((x) => resourceRow(x, recorded)),
  );
  await put('wave_changes', (dataset.waveChanges ?? []).map(waveChangeRow));
}
