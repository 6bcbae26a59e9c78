import { dayInParis } from '@opale/domain';
import type { Kysely } from 'kysely';
import type { Engine } from '../connect.js';
import type { Database } from '../schema.js';

/** What an applied scenario wrote in the audit log for each change, before changes were dated. */
interface AuditedChange {
  readonly from: string | null;
  readonly to: string;
}

/**
 * The plan's dated changes: an EPLE moved between waves, a wave's bascule moved, each with the day
 * it was decided, who recorded it and when. Drafts applied before this migration changed the
 * records in place and left one audit line per change: each becomes a change decided on the day
 * (in Paris) it was applied, so that the days before it read the plan they had.
 */
export function waveChanges(engine: Engine) {
  return {
    async up(untyped: Kysely<unknown>): Promise<void> {
      const db = untyped as Kysely<Database>;
      await db.schema
        .createTable('wave_changes')
        .addColumn(
          'id',
          engine === 'postgres' ? 'serial' : 'integer',
          engine === 'postgres' ? (c) => c.primaryKey() : (c) => c.primaryKey().autoIncrement(),
        )
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('uai', 'text')
        .addColumn('wave_id', 'text')
        .addColumn('from_value', 'text', (c) => c.notNull())
        .addColumn('to_value', 'text', (c) => c.notNull())
        .addColumn('on_date', 'text', (c) => c.notNull())
        .addColumn('recorded_by', 'text', (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('wave_changes_uai').on('wave_changes').column('uai').execute();
      const audited = await db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', 'in', ['scenario-move', 'scenario-switch-date'])
        .orderBy('id')
        .execute();
      const rows = audited.flatMap((a) => {
        const detail = JSON.parse(a.detail ?? '{}') as AuditedChange;
        if (detail.from === null || detail.from === undefined || detail.from === detail.to) return [];
        const move = a.action === 'scenario-move';
        return [
          {
            kind: move ? 'eple-wave' : 'switch-date',
            uai: move ? a.entity_id : null,
            wave_id: move ? null : a.entity_id,
            from_value: detail.from,
            to_value: detail.to,
            on_date: dayInParis(new Date(a.at)),
            recorded_by: a.actor,
            recorded_at: a.at,
          },
        ];
      });
      for (const row of rows) await db.insertInto('wave_changes').values(row).execute();
    },
  };
}
