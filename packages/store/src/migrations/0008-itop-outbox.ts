import type { Kysely } from 'kysely';
import type { Engine } from '../connect.js';
import { serialId } from './0001-initial.js';

/**
 * The exchanges with iTop: the changes waiting to be written to iTop (the outbox, kept until iTop
 * confirms them, so that a restart loses none), the iTop request each ticket opened in opale
 * became (its id and ref), and every sync run with its counts and errors.
 */
export function itopOutbox(engine: Engine) {
  const id = serialId(engine);
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await id(db.schema.createTable('itop_outbox'))
        .addColumn('ticket_ref', 'text', (c) => c.notNull().references('tickets.ref').onDelete('cascade'))
        .addColumn('change', 'text', (c) => c.notNull())
        .addColumn('event', 'text')
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_at', 'text', (c) => c.notNull())
        .addColumn('last_error', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('sent_at', 'text')
        .execute();
      await db.schema
        .createIndex('itop_outbox_due')
        .on('itop_outbox')
        .columns(['state', 'next_at'])
        .execute();
      await db.schema.createIndex('itop_outbox_ticket').on('itop_outbox').column('ticket_ref').execute();
      await db.schema
        .createTable('itop_links')
        .addColumn('ticket_ref', 'text', (c) => c.primaryKey().references('tickets.ref').onDelete('cascade'))
        .addColumn('itop_id', 'text', (c) => c.notNull())
        .addColumn('itop_ref', 'text', (c) => c.notNull().unique())
        .addColumn('linked_at', 'text', (c) => c.notNull())
        .execute();
      await id(db.schema.createTable('itop_sync_runs'))
        .addColumn('started_at', 'text', (c) => c.notNull())
        .addColumn('finished_at', 'text', (c) => c.notNull())
        .addColumn('since', 'text')
        .addColumn('read', 'integer', (c) => c.notNull())
        .addColumn('written', 'integer', (c) => c.notNull())
        .addColumn('errors', 'text', (c) => c.notNull())
        .execute();
    },
  };
}
