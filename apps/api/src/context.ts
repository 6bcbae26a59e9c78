import {
  type CommitteeReport,
  committeeReport,
  type Dataset,
  type Eple,
  type FollowUp,
  type IsoDate,
  type KitEvent,
  planAsOf,
  type Ticket,
} from '@opale/domain';
import { type Scope, type Store, scopeKey } from '@opale/store';
import DataLoader from 'dataloader';
import type { Caller } from './caller.js';
import { type ItopService, noItop } from './itop-service.js';
import { perDatasetDay } from './per-dataset-day.js';
import { valueOr400 } from './results.js';
import { todayInParis } from './today.js';

/** Per-EPLE lookups of one request: a page of 100 EPLE costs the same reads as a page of 1. */
export interface Loaders {
  readonly eple: DataLoader<string, Eple | null>;
  readonly ticket: DataLoader<string, Ticket | null>;
  readonly ticketsOfEple: DataLoader<string, readonly Ticket[]>;
  readonly kitOfEple: DataLoader<string, readonly KitEvent[]>;
  readonly followUpsOfEple: DataLoader<string, readonly FollowUp[]>;
  /** The version a change of each ticket must be based on: one statement for a page of tickets. */
  readonly ticketVersion: DataLoader<string, number>;
}

/** What every resolver of a request sees: who asks, the records, and the request's loaders. */
export interface Context {
  readonly caller: Caller | null;
  readonly store: Store;
  /** The day in Europe/Paris when the request came: what every `asOf` left out means. */
  readonly today: IsoDate;
  /**
   * The records of a scope (all waves by default), read once per request: every resolver of the
   * request sees the same revision, and the store is asked once, however many fields need them.
   */
  dataset(scope?: Scope): Promise<Dataset>;
  /**
   * Every record, with the EPLE's waves and the waves' bascules as the plan held them on `asOf`
   * (the domain's `planAsOf`): what a list as of a day filters by wave.
   */
  datasetOn(asOf: IsoDate): Promise<Dataset>;
  /** The committee's figures over every record as of a day (computed once per revision and day). */
  report(asOf: IsoDate): Promise<CommitteeReport>;
  readonly loaders: Loaders;
  /** The exchanges with iTop: whether tickets go there, its portal, sending now. */
  readonly itop: ItopService;
}

/** Reports kept per dataset, by day: the most asked days of the current records. */
const REPORTS_PER_DATASET = 32;
/** The report of a day, computed once per dataset and day. */
export const reportOf = perDatasetDay(
  REPORTS_PER_DATASET,
  (dataset: Dataset, asOf: IsoDate): CommitteeReport => valueOr400(committeeReport(dataset, { asOf })),
);

/** The plan of a day, kept per dataset and day as the reports are: one object per day for the caches keyed by it. */
const planOf = perDatasetDay(REPORTS_PER_DATASET, (dataset: Dataset, asOf: IsoDate) =>
  planAsOf(dataset, asOf),
);

/**
 * Reads the records and computes the report of a day, as the first request would: what a server
 * does before it says it is ready, so that its first answers come as fast as the next ones.
 */
export async function warmUp(store: Store, asOf: IsoDate): Promise<void> {
  reportOf(await store.loadDataset(), asOf);
}

type Keyed = { readonly uai?: string | null };

/** Groups records by EPLE, once per dataset (the store hands out the same object until a write). */
const groupings = new WeakMap<readonly Keyed[], Map<string, Keyed[]>>();
function byUai<T extends Keyed>(records: readonly T[]): Map<string, T[]> {
  let map = groupings.get(records) as Map<string, T[]> | undefined;
  if (!map) {
    map = new Map();
    for (const r of records) {
      if (r.uai === null || r.uai === undefined) continue;
      const list = map.get(r.uai);
      if (list) list.push(r);
      else map.set(r.uai, [r]);
    }
    groupings.set(records, map as Map<string, Keyed[]>);
  }
  return map;
}

const indexes = new WeakMap<Dataset, { eple: Map<string, Eple>; tickets: Map<string, Ticket> }>();
function indexOf(dataset: Dataset) {
  let index = indexes.get(dataset);
  if (!index) {
    index = {
      eple: new Map(dataset.eple.map((e) => [e.uai, e])),
      tickets: new Map(dataset.tickets.map((t) => [t.ref, t])),
    };
    indexes.set(dataset, index);
  }
  return index;
}

/** A request's context; `caller` is null for a request without a valid token; `today`, the clock's day. */
export function createContext(
  store: Store,
  caller: Caller | null,
  today: IsoDate = todayInParis(),
  itop: ItopService = noItop(),
): Context {
  const datasets = new Map<string, Promise<Dataset>>();
  const dataset = (scope: Scope = {}): Promise<Dataset> => {
    const key = scopeKey(scope);
    const pending = datasets.get(key) ?? store.loadDataset(scope);
    datasets.set(key, pending);
    return pending;
  };
  const loader = <V>(pick: (d: Dataset, key: string) => V) =>
    new DataLoader<string, V>(async (keys) => {
      const d = await dataset();
      return keys.map((key) => pick(d, key));
    });
  return {
    caller,
    store,
    today,
    itop,
    dataset,
    datasetOn: async (asOf) => planOf(await dataset(), asOf),
    report: async (asOf) => reportOf(await dataset(), asOf),
    loaders: {
      eple: loader((d, uai) => indexOf(d).eple.get(uai) ?? null),
      ticket: loader((d, ref) => indexOf(d).tickets.get(ref) ?? null),
      ticketsOfEple: loader((d, uai) => byUai(d.tickets).get(uai) ?? []),
      kitOfEple: loader((d, uai) => byUai(d.kit.events).get(uai) ?? []),
      followUpsOfEple: loader((d, uai) => byUai(d.followUps).get(uai) ?? []),
      // Not cached: a ticket changed by a mutation of this request answers its new version.
      ticketVersion: new DataLoader(
        async (refs) => {
          const versions = await store.ticketVersions(refs);
          return refs.map((ref) => versions.get(ref) ?? 0);
        },
        { cache: false },
      ),
    },
  };
}
