import { type Kysely, sql } from 'kysely';
import type { Engine } from '../connect.js';

/**
 * Milestones get an identity, a version and a dated history. Every milestone already stored keeps
 * its row and is named from its wave and position (`V6-1`, as the domain's `milestoneId` does);
 * its history starts with one change known from the origin (no day decided), recorded by whoever
 * recorded its wave, so that every figure as of a past day stays what it was.
 */
export function milestoneHistory(engine: Engine) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('milestones').addColumn('id', 'text').execute();
      await db.schema
        .alterTable('milestones')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      await sql`update milestones set id = wave_id || '-' || cast(position + 1 as text)`.execute(db);
      await db.schema.createIndex('milestones_id').on('milestones').column('id').unique().execute();
      await db.schema
        .createTable('milestone_events')
        .addColumn(
          'id',
          engine === 'postgres' ? 'serial' : 'integer',
          engine === 'postgres' ? (c) => c.primaryKey() : (c) => c.primaryKey().autoIncrement(),
        )
        .addColumn('milestone_id', 'text', (c) => c.notNull().references('milestones.id').onDelete('cascade'))
        .addColumn('on_date', 'text')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('due_on', 'text', (c) => c.notNull())
        .addColumn('done_on', 'text')
        .addColumn('recorded_by', 'text', (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('milestone_events_milestone')
        .on('milestone_events')
        .column('milestone_id')
        .execute();
      await sql`insert into milestone_events (milestone_id, on_date, kind, label, due_on, done_on, recorded_by, recorded_at)
        select m.id, null, m.kind, m.label, m.due_on, m.done_on, w.recorded_by, w.recorded_at
        from milestones m join waves w on w.id = m.wave_id
        order by m.wave_id, m.position`.execute(db);
    },
  };
}
