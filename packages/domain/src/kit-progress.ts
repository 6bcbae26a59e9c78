import type { IsoDate } from './date.js';
import type { Eple } from './eple.js';
import { listEples } from './eple-list.js';
import { KIT_ACTORS, type KitAction, type KitActor, type KitEvent } from './kit.js';
import { KIT_BUCKETS, type KitBucket, kitBucket } from './kit-bucket.js';
import { type Rate, rate } from './rate.js';
import type { Uai } from './uai.js';
import type { Wave, WaveId } from './wave.js';

export { KIT_BUCKET_LABELS, KIT_BUCKETS, type KitBucket, kitBucket } from './kit-bucket.js';

/**
 * How many actions of `actions` each EPLE has finalized as of `asOf`. For each EPLE and action the
 * latest event on or before `asOf` decides; between events of the same day the later in `events`
 * wins, so an undo recorded after a finalization cancels it. Events are not assumed sorted;
 * events of actions outside `actions` are ignored. EPLE with no event are absent (count 0).
 */
export function finalizedCounts(
  events: readonly KitEvent[],
  actions: readonly KitAction[],
  asOf: IsoDate,
): Map<Uai, number> {
  const index = new Map(actions.map((a, i) => [a.id, i]));
  const n = actions.length;
  // Per EPLE, by action index: the day of the latest event ('' before any) and whether it finalized.
  // Flat arrays rather than nested maps: hundreds of thousands of events allocate almost nothing.
  const latest = new Map<Uai, { on: string[]; done: Uint8Array }>();
  for (const event of events) {
    if (event.on > asOf) continue;
    const i = index.get(event.actionId);
    if (i === undefined) continue;
    let state = latest.get(event.uai);
    if (!state) {
      state = { on: new Array<string>(n).fill(''), done: new Uint8Array(n) };
      latest.set(event.uai, state);
    }
    if (event.on >= (state.on[i] as string)) {
      state.on[i] = event.on;
      state.done[i] = event.kind === 'finalized' ? 1 : 0;
    }
  }
  const counts = new Map<Uai, number>();
  for (const [uai, state] of latest) {
    let done = 0;
    for (const d of state.done) done += d;
    counts.set(uai, done);
  }
  return counts;
}

/** Progress of one actor of an EPLE on its own actions. */
export interface ActorProgress {
  readonly actor: KitActor;
  readonly finalized: number;
  readonly total: number;
  readonly rate: Rate;
}

/** The kit of one EPLE as of a date, action by action. */
export interface KitCompletion {
  readonly uai: Uai;
  readonly finalized: number;
  readonly total: number;
  readonly rate: Rate;
  readonly bucket: KitBucket;
  /** Every actor, in the kit's order, even those with no action (their rate has a null percent). */
  readonly byActor: ActorProgress[];
  /** `finalizedOn`: the day the action became finalized and stayed so until `asOf`; null if not finalized. */
  readonly actions: { readonly action: KitAction; readonly finalizedOn: IsoDate | null }[];
}

/** Replays one EPLE's events up to `asOf` into the day each action has been finalized since. */
function finalizedSince(uai: Uai, events: readonly KitEvent[], asOf: IsoDate): Map<string, IsoDate | null> {
  // A stable sort keeps same-day events in their recorded order.
  const own = events
    .filter((e) => e.uai === uai && e.on <= asOf)
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  const since = new Map<string, IsoDate | null>();
  for (const e of own) {
    if (e.kind === 'undone') since.set(e.actionId, null);
    // Finalizing an action already finalized does not move the day it was done.
    else if (!since.get(e.actionId)) since.set(e.actionId, e.on);
  }
  return since;
}

/**
 * The completion of one EPLE's kit as of `asOf`: overall, per actor and action by action. Only
 * actions in `actions` count; events of other EPLE or of unknown actions are ignored. Meant for
 * one EPLE's page: for a whole wave use {@link finalizedCounts} then {@link waveKit}.
 */
export function kitCompletion(
  uai: Uai,
  actions: readonly KitAction[],
  events: readonly KitEvent[],
  asOf: IsoDate,
): KitCompletion {
  const since = finalizedSince(uai, events, asOf);
  const perActor = new Map<KitActor, { finalized: number; total: number }>(
    KIT_ACTORS.map((actor) => [actor, { finalized: 0, total: 0 }]),
  );
  let finalized = 0;
  const rows = actions.map((action) => {
    const finalizedOn = since.get(action.id) ?? null;
    const tally = perActor.get(action.actor);
    if (tally) {
      tally.total += 1;
      if (finalizedOn !== null) tally.finalized += 1;
    }
    if (finalizedOn !== null) finalized += 1;
    return { action, finalizedOn };
  });
  return {
    uai,
    finalized,
    total: actions.length,
    rate: rate(finalized, actions.length),
    bucket: kitBucket(finalized, actions.length),
    byActor: [...perActor].map(([actor, t]) => ({
      actor,
      finalized: t.finalized,
      total: t.total,
      rate: rate(t.finalized, t.total),
    })),
    actions: rows,
  };
}

/** The kit buckets of one wave: how many EPLE in each, and which. */
export interface WaveKit {
  readonly waveId: WaveId;
  /** EPLE attached to the wave. */
  readonly eple: number;
  /** Actions of the kit. */
  readonly actions: number;
  readonly buckets: Record<KitBucket, number>;
  /** UAI of the EPLE in each bucket, sorted. */
  readonly epleByBucket: Record<KitBucket, Uai[]>;
}

/**
 * The kit bucket of each EPLE from `finalized` (the counts of {@link finalizedCounts} as of a day)
 * out of `totalActions`: the one rule that puts an EPLE in a bucket, for the figures and the lists.
 */
export function kitBucketOf(
  finalized: ReadonlyMap<Uai, number>,
  totalActions: number,
): (eple: Eple) => KitBucket {
  return (e) => kitBucket(finalized.get(e.uai) ?? 0, totalActions);
}

/**
 * Sorts the EPLE of `wave` into the kit buckets from `finalized`, the counts of
 * {@link finalizedCounts} for the same `actions`. Every EPLE of the wave lands in exactly one
 * bucket; each bucket's figure is the size of its list, the `listEples` of the wave and the
 * bucket.
 * `_asOf` is the day `finalized` was computed for; it is kept so that callers pass one date
 * through every figure of a report, and is not needed here.
 */
export function waveKit(
  wave: Wave,
  eple: readonly Eple[],
  actions: readonly KitAction[],
  finalized: ReadonlyMap<Uai, number>,
  _asOf: IsoDate,
): WaveKit {
  const options = { order: 'uai', kitBucketOf: kitBucketOf(finalized, actions.length) } as const;
  const inBucket = (bucket: KitBucket) =>
    listEples(eple, { ...options, filter: { waveId: wave.id, kitBucket: bucket } })
      .map((e) => e.uai)
      .sort();
  const epleByBucket: Record<KitBucket, Uai[]> = {
    below10: inBucket('below10'),
    from10To30: inBucket('from10To30'),
    above30: inBucket('above30'),
  };
  return {
    waveId: wave.id,
    eple: KIT_BUCKETS.reduce((n, b) => n + epleByBucket[b].length, 0),
    actions: actions.length,
    buckets: {
      below10: epleByBucket.below10.length,
      from10To30: epleByBucket.from10To30.length,
      above30: epleByBucket.above30.length,
    },
    epleByBucket,
  };
}
