import type { ColumnDefinitionBuilder, CreateTableBuilder, Kysely } from 'kysely';
import type { Engine } from '../connect.js';

// Types that both engines understand alike: SQLite maps them to its affinities.
const DAY = 'text';
const INSTANT = 'text';
const REAL = 'double precision';

type Table = CreateTableBuilder<string, never>;
const notNull = (c: ColumnDefinitionBuilder) => c.notNull();

function recorded(t: Table): Table {
  return t.addColumn('recorded_by', 'text', notNull).addColumn('recorded_at', INSTANT, notNull);
}

/** Adds the `id` column that numbers a table's rows: each engine has its own way to generate ids. */
export function serialId(engine: Engine): (t: Table) => Table {
  return (t) =>
    engine === 'postgres'
      ? t.addColumn('id', 'serial', (c) => c.primaryKey())
      : t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

/** The first schema: every table of the records, their keys, references and indexes. */
export function initial(engine: Engine) {
  // Event tables number their rows.
  const id = serialId(engine);

  return {
    async up(db: Kysely<unknown>): Promise<void> {
      // One counter bumped by every write transaction: readers know at once whether what they hold is current.
      await db.schema
        .createTable('store_revision')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('value', 'integer', notNull)
        .execute();
      await db
        .insertInto('store_revision' as never)
        .values({ id: 1, value: 0 } as never)
        .execute();
      await db.schema
        .createTable('meta')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', notNull)
        .execute();
      await recorded(
        db.schema
          .createTable('waves')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('number', 'integer', (c) => c.notNull().unique())
          .addColumn('switch_date', DAY, notNull)
          .addColumn('planned_count', 'integer')
          .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)),
      ).execute();
      await db.schema
        .createTable('milestones')
        .addColumn('wave_id', 'text', (c) => c.notNull().references('waves.id').onDelete('cascade'))
        .addColumn('position', 'integer', notNull)
        .addColumn('kind', 'text', notNull)
        .addColumn('label', 'text', notNull)
        .addColumn('due_on', DAY, notNull)
        .addColumn('done_on', DAY)
        .addPrimaryKeyConstraint('milestones_pk', ['wave_id', 'position'])
        .execute();
      await recorded(
        db.schema
          .createTable('eple')
          .addColumn('uai', 'text', (c) => c.primaryKey())
          .addColumn('name', 'text', notNull)
          .addColumn('kind', 'text', notNull)
          .addColumn('commune', 'text', notNull)
          .addColumn('departement', 'text', notNull)
          .addColumn('agence_uai', 'text')
          .addColumn('wave_id', 'text', (c) => c.references('waves.id'))
          .addColumn('created_on', DAY)
          .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)),
      ).execute();
      await db.schema.createIndex('eple_wave').on('eple').column('wave_id').execute();
      await recorded(
        id(db.schema.createTable('budget_events'))
          .addColumn('uai', 'text', (c) => c.notNull().references('eple.uai'))
          .addColumn('exercise', 'integer', notNull)
          .addColumn('executoire_on', DAY, notNull)
          .addUniqueConstraint('budget_events_once', ['uai', 'exercise', 'executoire_on']),
      ).execute();
      await db.schema
        .createTable('kit_actions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('position', 'integer', notNull)
        .addColumn('actor', 'text', notNull)
        .addColumn('label', 'text', notNull)
        .execute();
      await recorded(
        id(db.schema.createTable('kit_events'))
          .addColumn('uai', 'text', (c) => c.notNull().references('eple.uai'))
          .addColumn('action_id', 'text', (c) => c.notNull().references('kit_actions.id'))
          .addColumn('kind', 'text', notNull)
          .addColumn('on_date', DAY, notNull),
      ).execute();
      await db.schema.createIndex('kit_events_uai').on('kit_events').columns(['uai', 'action_id']).execute();
      await recorded(
        db.schema
          .createTable('tickets')
          .addColumn('ref', 'text', (c) => c.primaryKey())
          .addColumn('channel', 'text', notNull)
          .addColumn('service', 'text')
          .addColumn('title', 'text', notNull)
          .addColumn('opened_on', DAY, notNull)
          .addColumn('uai', 'text', (c) => c.references('eple.uai'))
          .addColumn('team', 'text', notNull)
          .addColumn('requester_last_name', 'text')
          .addColumn('requester_first_name', 'text')
          .addColumn('requester_function', 'text')
          .addColumn('environment', 'text')
          .addColumn('sphere', 'text')
          .addColumn('operations', 'text')
          .addColumn('screenshots', 'integer')
          .addColumn('error_message', 'text')
          .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)),
      ).execute();
      await db.schema.createIndex('tickets_uai').on('tickets').column('uai').execute();
      await db.schema.createIndex('tickets_opened').on('tickets').column('opened_on').execute();
      await recorded(
        db.schema
          .createTable('ticket_events')
          .addColumn('ticket_ref', 'text', (c) => c.notNull().references('tickets.ref').onDelete('cascade'))
          .addColumn('seq', 'integer', notNull)
          .addColumn('kind', 'text', notNull)
          .addColumn('on_date', DAY, notNull)
          .addColumn('target', 'text')
          .addColumn('by', 'text')
          .addPrimaryKeyConstraint('ticket_events_pk', ['ticket_ref', 'seq']),
      ).execute();
      await recorded(
        id(db.schema.createTable('restitution_alerts'))
          .addColumn('uai', 'text', (c) => c.notNull().references('eple.uai'))
          .addColumn('on_date', DAY, notNull)
          .addColumn('report', 'text', notNull)
          .addColumn('severity', 'text', notNull)
          .addColumn('message', 'text', notNull)
          .addColumn('cleared_on', DAY),
      ).execute();
      await db.schema.createIndex('restitution_alerts_uai').on('restitution_alerts').column('uai').execute();
      await recorded(
        id(db.schema.createTable('follow_ups'))
          .addColumn('uai', 'text', (c) => c.notNull().references('eple.uai'))
          .addColumn('on_date', DAY, notNull)
          .addColumn('kind', 'text', notNull)
          .addColumn('note', 'text', notNull)
          .addColumn('by', 'text'),
      ).execute();
      await db.schema.createIndex('follow_ups_uai').on('follow_ups').column('uai').execute();
      await db.schema
        .createTable('training_tracks')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('position', 'integer', notNull)
        .addColumn('label', 'text', notNull)
        .addColumn('grouped', 'integer', notNull)
        .addColumn('presential_days', REAL, notNull)
        .addColumn('remote_hours', REAL, notNull)
        .execute();
      await db.schema
        .createTable('trainers')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', notNull)
        .addColumn('from_wave', 'text', notNull)
        .execute();
      await recorded(
        db.schema
          .createTable('training_groups')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('wave_id', 'text', (c) => c.notNull().references('waves.id'))
          .addColumn('track_id', 'text', (c) => c.notNull().references('training_tracks.id'))
          .addColumn('size', 'integer', notNull)
          .addColumn('trainer_a', 'text', (c) => c.notNull().references('trainers.id'))
          .addColumn('trainer_b', 'text', (c) => c.notNull().references('trainers.id'))
          .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)),
      ).execute();
      await db.schema
        .createTable('staff_counts')
        .addColumn('wave_id', 'text', (c) => c.notNull().references('waves.id'))
        .addColumn('track_id', 'text', (c) => c.notNull().references('training_tracks.id'))
        .addColumn('count', 'integer', notNull)
        .addPrimaryKeyConstraint('staff_counts_pk', ['wave_id', 'track_id'])
        .execute();
      await id(db.schema.createTable('audit_log'))
        .addColumn('at', INSTANT, notNull)
        .addColumn('actor', 'text', notNull)
        .addColumn('action', 'text', notNull)
        .addColumn('entity', 'text', notNull)
        .addColumn('entity_id', 'text', notNull)
        .addColumn('detail', 'text')
        .execute();
      await id(db.schema.createTable('imports'))
        .addColumn('kind', 'text', notNull)
        .addColumn('sha256', 'text', notNull)
        .addColumn('file_name', 'text', notNull)
        .addColumn('imported_at', INSTANT, notNull)
        .addColumn('imported_by', 'text', notNull)
        .addColumn('rows', 'integer', notNull)
        .addUniqueConstraint('imports_once', ['kind', 'sha256'])
        .execute();
    },
  };
}
