import type { BudgetStanding, KitBucket } from '@opale/domain';
import { useSearchParams } from 'react-router';
import { DATE_PARAM } from '../date/as-of';

/** The page of the EPLE lists, each figure's list a set of URL parameters on it. */
export const EPLE_LIST_PATH = '/etablissements';

/** The URL parameters of an EPLE list, in French as the users read them. */
export const EPLE_LIST_PARAMS = {
  wave: 'vague',
  kitBucket: 'kit',
  budget: 'budget',
  inDifficulty: 'difficulte',
} as const;

/** The kit buckets as URL slugs. */
export const KIT_BUCKET_SLUGS: Record<KitBucket, string> = {
  below10: 'moins-de-10',
  from10To30: 'de-10-a-30',
  above30: 'plus-de-30',
};

/** The budget standings as URL slugs. */
export const BUDGET_SLUGS: Record<BudgetStanding, string> = {
  executoire: 'executoire',
  pending: 'non-executoire',
};

/** What a figure counts: the filters of the `eples` query, as `EpleFigure` gives them. */
export interface EpleListFilter {
  readonly wave?: string | null;
  readonly kitBucket?: KitBucket | null;
  readonly budget?: BudgetStanding | null;
  readonly inDifficulty?: boolean | null;
}

const fromSlug = <K extends string>(slugs: Record<K, string>, slug: string | null): K | undefined =>
  (Object.keys(slugs) as K[]).find((k) => slugs[k] === slug);

/**
 * The path of the list behind a figure as of `asOf`:
 * `/etablissements?vague=V6&kit=moins-de-10&date=2024-01-22`. The day is always written, so that
 * the list is the figure's even when the figure's page was shown as of today.
 */
export function epleListPath(filter: EpleListFilter, asOf: string): string {
  const query = new URLSearchParams();
  if (filter.wave) query.set(EPLE_LIST_PARAMS.wave, filter.wave);
  if (filter.kitBucket) query.set(EPLE_LIST_PARAMS.kitBucket, KIT_BUCKET_SLUGS[filter.kitBucket]);
  if (filter.budget) query.set(EPLE_LIST_PARAMS.budget, BUDGET_SLUGS[filter.budget]);
  if (filter.inDifficulty) query.set(EPLE_LIST_PARAMS.inDifficulty, '1');
  query.set(DATE_PARAM, asOf);
  return `${EPLE_LIST_PATH}?${query}`;
}

/** Reads an EPLE list's filter back from URL parameters; an unknown slug is left out. */
export function epleListFilterOf(params: URLSearchParams): EpleListFilter {
  const difficulty = params.get(EPLE_LIST_PARAMS.inDifficulty);
  return {
    wave: params.get(EPLE_LIST_PARAMS.wave) || undefined,
    kitBucket: fromSlug(KIT_BUCKET_SLUGS, params.get(EPLE_LIST_PARAMS.kitBucket)),
    budget: fromSlug(BUDGET_SLUGS, params.get(EPLE_LIST_PARAMS.budget)),
    inDifficulty: difficulty === '1' ? true : difficulty === '0' ? false : undefined,
  };
}

/** The EPLE list's filter of the current URL. */
export function useEpleListFilter(): EpleListFilter {
  const [params] = useSearchParams();
  return epleListFilterOf(params);
}
