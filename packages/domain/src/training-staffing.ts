import { TRAINERS_PER_GROUP, type Trainer, type TrainingGroup, trainersMissing } from './training.js';
import type { Wave, WaveId } from './wave.js';

/** A group of a plan that lacks trainers: one (half a pair) or two (no pair at all). */
export interface GroupGap {
  readonly groupId: string;
  readonly trackId: string;
  readonly missing: number;
}

/** Who may lead a wave's groups: the waves (to tell which come earlier) and the volunteers. */
export interface StaffingOptions {
  readonly waveId: WaveId;
  readonly waves: readonly Pick<Wave, 'id' | 'switchDate'>[];
  /** The volunteers; their order breaks ties, so that the same input gives the same pairs. */
  readonly trainers: readonly Trainer[];
  /** The wave's groups as recorded: a group of the same id keeps the trainers that still fit. */
  readonly previous?: readonly Pick<TrainingGroup, 'id' | 'trainerIds'>[];
}

/** The groups with their trainers, and those that lack some, in the order of the groups. */
export interface Staffing {
  readonly groups: TrainingGroup[];
  readonly gaps: GroupGap[];
}

/**
 * Whether `trainer` may lead a group of `trackId` in wave `waveId`: they come from a wave that
 * switched before it, can lead the track and did not say they are unavailable for the wave.
 */
export function canLeadGroup(
  trainer: Trainer,
  trackId: string,
  waveId: WaveId,
  waves: readonly Pick<Wave, 'id' | 'switchDate'>[],
): boolean {
  const switchOf = (id: WaveId) => waves.find((w) => w.id === id)?.switchDate;
  const own = switchOf(trainer.fromWave);
  const target = switchOf(waveId);
  return (
    own !== undefined &&
    target !== undefined &&
    own < target &&
    trainer.trackIds.includes(trackId) &&
    !trainer.unavailableWaves.includes(waveId)
  );
}

/** The gaps of staffed groups: those led by fewer than two trainers. */
export function groupGaps(groups: readonly TrainingGroup[]): GroupGap[] {
  return groups
    .filter((g) => trainersMissing(g) > 0)
    .map((g) => ({ groupId: g.id, trackId: g.trackId, missing: trainersMissing(g) }));
}

/**
 * Staffs a wave's groups with pairs of trainers: each trainer leads at most one group of the wave
 * and only groups they may lead ({@link canLeadGroup}). As many places as possible are filled (a
 * maximum matching of trainers to places, found by augmenting paths), a group's previous trainers
 * first, then the trainers who can lead the fewest tracks (the versatile ones stay free for the
 * tracks few can lead), then in the given order; finally half pairs are merged where a lone
 * trainer may lead the other group, so that complete pairs come before halves. Deterministic: the
 * same input gives the same pairs. Groups left without a full pair are named in `gaps`.
 */
export function staffGroups(groups: readonly TrainingGroup[], options: StaffingOptions): Staffing {
  const { waveId, waves, trainers } = options;
  const before = new Map((options.previous ?? []).map((g) => [g.id, g.trainerIds]));
  const order = new Map(trainers.map((t, i) => [t.id, i]));
  const rank = (t: Trainer) => t.trackIds.length * trainers.length + (order.get(t.id) ?? 0);
  // Place k of group ⌊k / 2⌋; the candidates of each place, best first.
  const candidates = groups.flatMap((g) => {
    const kept = before.get(g.id) ?? [];
    const fit = trainers
      .filter((t) => canLeadGroup(t, g.trackId, waveId, waves))
      .sort((a, b) => Number(kept.includes(b.id)) - Number(kept.includes(a.id)) || rank(a) - rank(b));
    return Array.from({ length: TRAINERS_PER_GROUP }, () => fit);
  });
  const placeOf = new Map<string, number>();
  const holder: (string | undefined)[] = candidates.map(() => undefined);
  const seat = (place: number, id: string) => {
    holder[place] = id;
    placeOf.set(id, place);
  };
  // A free candidate first, so that pairs follow the order of preference; else an augmenting path.
  const augment = (place: number, seen: Set<string>): boolean => {
    const free = candidates[place]?.find((t) => !placeOf.has(t.id));
    if (free) {
      seat(place, free.id);
      return true;
    }
    for (const t of candidates[place] ?? []) {
      if (seen.has(t.id)) continue;
      seen.add(t.id);
      const taken = placeOf.get(t.id);
      if (taken === undefined || augment(taken, seen)) {
        seat(place, t.id);
        return true;
      }
    }
    return false;
  };
  groups.forEach((g, i) => {
    const kept = (before.get(g.id) ?? []).filter((id) => candidates[2 * i]?.some((t) => t.id === id));
    kept.slice(0, TRAINERS_PER_GROUP).forEach((id, k) => {
      if (!placeOf.has(id)) seat(2 * i + k, id);
    });
  });
  // Trainers from whom no free trainer can be reached stay so until a path is found: failed
  // searches share what they visited, which keeps long runs of unfillable places cheap.
  let dead = new Set<string>();
  holder.forEach((id, place) => {
    if (id === undefined && augment(place, dead)) dead = new Set();
  });
  mergeHalves(groups, holder, candidates);
  const staffed = groups.map((g, i) => ({
    ...g,
    trainerIds: [holder[2 * i], holder[2 * i + 1]].filter((id): id is string => id !== undefined),
  }));
  return { groups: staffed, gaps: groupGaps(staffed) };
}

// A group with one trainer takes the lone trainer of a later half-staffed group when they may lead it.
function mergeHalves(
  groups: readonly TrainingGroup[],
  holder: (string | undefined)[],
  candidates: readonly (readonly Trainer[])[],
): void {
  const lone = (i: number) =>
    [holder[2 * i], holder[2 * i + 1]].filter((id) => id !== undefined).length === 1;
  groups.forEach((_, i) => {
    if (!lone(i)) return;
    for (let j = i + 1; j < groups.length; j++) {
      if (!lone(j)) continue;
      const k = holder[2 * j] !== undefined ? 2 * j : 2 * j + 1;
      const id = holder[k] as string;
      if (!candidates[2 * i]?.some((t) => t.id === id)) continue;
      holder[k] = undefined;
      if (holder[2 * i] === undefined) holder[2 * i] = id;
      else holder[2 * i + 1] = id;
      return;
    }
  });
}
