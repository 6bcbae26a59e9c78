import { type Kysely, sql } from 'kysely';
import type { Engine } from '../connect.js';

/** The day given to training records kept from before this migration when no wave is recorded. */
export const UNDATED_TRAINING_DAY = '2020-09-01';

/**
 * The day training records kept from before this migration were planned: 1 September before the
 * earliest bascule recorded, the first day a plan of the roll-out could have been made. A figure
 * as of any day of the roll-out then counts them as it did before; only a day earlier than the
 * whole roll-out would not.
 */
export function undatedTrainingDay(firstSwitch: string | null | undefined): string {
  if (!firstSwitch) return UNDATED_TRAINING_DAY;
  const year = Number(firstSwitch.slice(0, 4));
  const month = Number(firstSwitch.slice(5, 7));
  return `${month >= 9 ? year : year - 1}-09-01`;
}

/**
 * Training groups and staff counts gain the day they were planned (`planned_on`), so that a figure
 * as of a day counts only the training planned by then and a later wave's plan leaves past reports
 * as they were. Existing rows get {@link undatedTrainingDay}. The column keeps that day as its
 * default on SQLite, which cannot drop a default without rebuilding the table; every write names
 * the day.
 */
export function trainingDates(engine: Engine) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const first = await sql<{ day: string | null }>`select min(switch_date) as day from waves`.execute(db);
      const day = undatedTrainingDay(first.rows[0]?.day);
      for (const table of ['training_groups', 'staff_counts']) {
        await db.schema
          .alterTable(table)
          .addColumn('planned_on', 'text', (c) => c.notNull().defaultTo(day))
          .execute();
        if (engine === 'postgres')
          await db.schema
            .alterTable(table)
            .alterColumn('planned_on', (c) => c.dropDefault())
            .execute();
      }
    },
  };
}
