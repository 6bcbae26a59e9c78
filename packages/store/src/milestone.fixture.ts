import { lateMilestones } from '@opale/domain';
import type { Store } from './store.js';

/** For tests: how many milestone changes the store holds. */
export async function milestoneEvents(store: Store): Promise<number> {
  const row = await store.db
    .selectFrom('milestone_events')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** For tests: the milestones late on `day` in the stored records, as `id+daysLate`. */
export async function lateOn(store: Store, day: string): Promise<string[]> {
  return lateMilestones((await store.loadDataset()).waves, day).map(
    (l) => `${l.milestone.id}+${l.milestone.daysLate}`,
  );
}

/**
 * For tests: `value` with the store's bookkeeping of milestones left out (their version and
 * history, which records given to the store do not carry), to compare what the store gives back
 * with what it was given. Milestones are the objects with a `dueOn`.
 */
export function withoutMilestoneBookkeeping<T>(value: T): T {
  return JSON.parse(
    JSON.stringify(value, function (this: Record<string, unknown>, key, v) {
      return 'dueOn' in this && (key === 'history' || key === 'version') ? undefined : v;
    }),
  ) as T;
}
