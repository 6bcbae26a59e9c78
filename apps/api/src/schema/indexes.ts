import type { Dataset, FollowUp, KitEvent } from '@opale/domain';

// Per-EPLE views of a dataset, built once per dataset (the store hands out the same object until
// the records change), so that a page of 100 EPLE reads each record once, not 100 times.
const cache = new WeakMap<Dataset, { kit: Map<string, KitEvent[]>; followUps: Map<string, FollowUp[]> }>();

function group<T extends { readonly uai: string }>(records: readonly T[]): Map<string, T[]> {
  const byUai = new Map<string, T[]>();
  for (const r of records) {
    const list = byUai.get(r.uai);
    if (list) list.push(r);
    else byUai.set(r.uai, [r]);
  }
  return byUai;
}

/** The kit events and follow-ups of each EPLE of a dataset. */
export function perEple(dataset: Dataset) {
  let views = cache.get(dataset);
  if (!views) {
    views = { kit: group(dataset.kit.events), followUps: group(dataset.followUps) };
    cache.set(dataset, views);
  }
  return views;
}
