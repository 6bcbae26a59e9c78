import type { Dataset, Eple, TicketEvent } from '@opale/domain';
import type { Kysely, SelectQueryBuilder } from 'kysely';
import {
  toBudget,
  toEple,
  toFollowUp,
  toGroup,
  toKitAction,
  toKitEvent,
  toRestitution,
  toTicket,
  toTicketEvent,
  toTrack,
  toWave,
} from './rows.js';
import type { Database } from './schema.js';

/** What a question needs: the records of some waves (all by default). */
export interface Scope {
  readonly waveIds?: readonly string[];
}

type UaiQuery = SelectQueryBuilder<Database, 'eple', { uai: string }>;

/**
 * The UAI of the EPLE of the waves, and of their agences comptables (so that the rule
 * wave(EPLE) ≥ wave(agence) can be checked on a wave's records alone).
 */
function scopeUais(db: Kysely<Database>, waveIds: readonly string[]): UaiQuery {
  const agences = db
    .selectFrom('eple')
    .select((eb) => eb.fn.coalesce('agence_uai', 'uai').as('uai'))
    .where('wave_id', 'in', waveIds);
  return db
    .selectFrom('eple')
    .select('uai')
    .where((eb) => eb.or([eb('wave_id', 'in', waveIds), eb('uai', 'in', agences)]));
}

/**
 * Reads the records as one domain `Dataset`: every record when `scope` names no wave, else the
 * waves' EPLE (and their agences) with their own records only. Reading one wave costs what that
 * wave holds, not the whole database.
 */
export async function readDataset(db: Kysely<Database>, scope: Scope = {}): Promise<Dataset> {
  const waveIds = scope.waveIds && scope.waveIds.length > 0 ? scope.waveIds : null;
  const inScope = waveIds ? scopeUais(db, waveIds) : null;
  const byUai = <Q extends SelectQueryBuilder<Database, keyof Database, object>>(q: Q): Q =>
    // biome-ignore lint/suspicious/noExplicitAny: every table filtered here has a `uai` column.
    (inScope ? (q as any).where('uai', 'in', inScope) : q) as Q;

  const [meta, waves, milestones, epleRows, actions] = await Promise.all([
    db.selectFrom('meta').selectAll().execute(),
    db.selectFrom('waves').selectAll().orderBy('number').execute(),
    db.selectFrom('milestones').selectAll().orderBy('wave_id').orderBy('position').execute(),
    byUai(db.selectFrom('eple').selectAll()).orderBy('uai').execute(),
    db.selectFrom('kit_actions').selectAll().orderBy('position').execute(),
  ]);
  const tickets = byUai(db.selectFrom('tickets').selectAll()).orderBy('opened_on').orderBy('ref');
  const [budgets, kitEvents, ticketRows, eventRows, restitutions, followUps] = await Promise.all([
    byUai(db.selectFrom('budget_events').selectAll()).orderBy('id').execute(),
    byUai(db.selectFrom('kit_events').selectAll()).orderBy('id').execute(),
    tickets.execute(),
    db
      .selectFrom('ticket_events')
      .selectAll()
      .$if(inScope !== null, (q) =>
        q.where('ticket_ref', 'in', byUai(db.selectFrom('tickets').select('ref')) as never),
      )
      .orderBy('ticket_ref')
      .orderBy('seq')
      .execute(),
    byUai(db.selectFrom('restitution_alerts').selectAll()).orderBy('id').execute(),
    byUai(db.selectFrom('follow_ups').selectAll()).orderBy('id').execute(),
  ]);
  const [tracks, trainers, groups, staff] = await Promise.all([
    db.selectFrom('training_tracks').selectAll().orderBy('position').execute(),
    db.selectFrom('trainers').selectAll().orderBy('id').execute(),
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

  const milestonesByWave = new Map<string, typeof milestones>();
  for (const m of milestones)
    milestonesByWave.set(m.wave_id, [...(milestonesByWave.get(m.wave_id) ?? []), m]);
  const history = new Map<string, TicketEvent[]>();
  for (const e of eventRows) {
    const list = history.get(e.ticket_ref);
    if (list) list.push(toTicketEvent(e));
    else history.set(e.ticket_ref, [toTicketEvent(e)]);
  }
  const value = (key: string) => meta.find((m) => m.key === key)?.value ?? '';
  return {
    academie: { code: value('academie.code'), name: value('academie.name') },
    waves: waves.map((w) => toWave(w, milestonesByWave.get(w.id) ?? [])),
    eple: epleRows.map(toEple).filter((e): e is Eple => e !== null),
    budgets: budgets.map(toBudget),
    kit: { actions: actions.map(toKitAction), events: kitEvents.map(toKitEvent) },
    tickets: ticketRows.map((t) => toTicket(t, history.get(t.ref) ?? [])),
    restitutions: restitutions.map(toRestitution),
    followUps: followUps.map(toFollowUp),
    training: {
      tracks: tracks.map(toTrack),
      trainers: trainers.map((t) => ({ id: t.id, name: t.name, fromWave: t.from_wave })),
      groups: groups.map(toGroup),
      staff: staff.map((s) => ({ waveId: s.wave_id, trackId: s.track_id, count: s.count })),
    },
  };
}
