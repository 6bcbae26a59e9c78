import { waveBudget } from './budget.js';
import type { Dataset } from './dataset.js';
import { addDays, type IsoDate } from './date.js';
import { finalizedCounts, type KitBucket, waveKit } from './kit-progress.js';
import type { Handler } from './ticket.js';
import { replayTicket, scratchPosition } from './ticket-state.js';
import type { Wave, WaveId } from './wave.js';
import { planAsOf } from './wave-history.js';

/** How many weeks the roll-out of a wave is shown over, by default: about a school term. */
export const ROLLOUT_WEEKS = 16;

/** A wave's figures at the end of one week: what the dashboard's charts draw. */
export interface RolloutWeek {
  /** The last day of the week: every figure is as of it. */
  readonly on: IsoDate;
  readonly eple: number;
  /** EPLE whose budget of the wave's exercise is exécutoire on that day. */
  readonly budgetsExecutoires: number;
  /** The wave's EPLE in each kit bucket that day. */
  readonly kit: Readonly<Record<KitBucket, number>>;
  /** Tickets of the wave's EPLE open that day, by who handles them (escalated: `national`). */
  readonly openTickets: Readonly<Record<Handler, number>>;
}

/** The roll-out of a wave week by week, or why there is none. */
export type RolloutOutcome =
  | { readonly ok: true; readonly value: readonly RolloutWeek[] }
  | { readonly ok: false; readonly reason: 'unknownWave'; readonly message: string };

/**
 * The figures of wave `waveId` at the end of each of the `weeks` weeks that end on `asOf`:
 * budgets exécutoires, kit buckets and open tickets by handler, each computed from the records as
 * of that day by the same functions as the report, so that the last week's figures are the
 * report's of `asOf`. Each week reads the wave's EPLE and bascule as the plan held them that day.
 */
export function rolloutWeeks(
  dataset: Pick<Dataset, 'waves' | 'eple' | 'budgets' | 'kit' | 'tickets' | 'waveChanges'>,
  waveId: WaveId,
  asOf: IsoDate,
  weeks = ROLLOUT_WEEKS,
): RolloutOutcome {
  if (!dataset.waves.some((w) => w.id === waveId))
    return { ok: false, reason: 'unknownWave', message: `waveId: no wave ${waveId}` };
  // The wave's EPLE and bascule week by week, as the plan held them that day: a plan without a
  // change decided in the weeks shown is read once.
  const ofPlan = new Map<object, ReturnType<typeof waveRecords>>();
  const scratch = scratchPosition();
  const value = Array.from({ length: Math.max(1, weeks) }, (_, i) => {
    const on = addDays(asOf, -7 * (Math.max(1, weeks) - 1 - i));
    const plan = planAsOf(dataset, on);
    const records = ofPlan.get(plan) ?? waveRecords(dataset, plan, waveId);
    ofPlan.set(plan, records);
    const { wave, tickets, kitEvents } = records;
    const budget = waveBudget(wave, plan.eple, dataset.budgets, on);
    const kit = waveKit(
      wave,
      plan.eple,
      dataset.kit.actions,
      finalizedCounts(kitEvents, dataset.kit.actions, on),
      on,
    );
    const openTickets: Record<Handler, number> = { national: 0, SI2C: 0, DRASI: 0 };
    for (const t of tickets) {
      const position = replayTicket(t, on, scratch);
      if (position?.status === 'open') openTickets[position.handler]++;
    }
    return { on, eple: budget.total, budgetsExecutoires: budget.executoire, kit: kit.buckets, openTickets };
  });
  return { ok: true, value };
}

/** The wave as a plan holds it, with the tickets and kit events of its EPLE in that plan. */
function waveRecords(
  dataset: Pick<Dataset, 'kit' | 'tickets'>,
  plan: Pick<Dataset, 'waves' | 'eple'>,
  waveId: WaveId,
) {
  const wave = plan.waves.find((w) => w.id === waveId) as Wave;
  const ours = new Set(plan.eple.filter((e) => e.waveId === waveId).map((e) => e.uai));
  return {
    wave,
    tickets: dataset.tickets.filter((t) => t.uai !== undefined && ours.has(t.uai)),
    kitEvents: dataset.kit.events.filter((e) => ours.has(e.uai)),
  };
}
