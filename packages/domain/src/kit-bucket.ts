/** The committee's three bands of kit completion. */
export type KitBucket = 'below10' | 'from10To30' | 'above30';

/** The buckets from least to most advanced. */
export const KIT_BUCKETS: readonly KitBucket[] = ['below10', 'from10To30', 'above30'];

/** The buckets as the committee writes them. */
export const KIT_BUCKET_LABELS: Record<KitBucket, string> = {
  below10: 'moins de 10 %',
  from10To30: 'de 10 à 30 %',
  above30: 'plus de 30 %',
};

/**
 * The bucket of `finalized` actions out of `total`: below 10 %, from 10 % to 30 % (both bounds
 * included), above 30 %. Compared on integers so that 3 / 10 is exactly 30 %. A kit with no
 * action shows no progress: `below10`.
 */
export function kitBucket(finalized: number, total: number): KitBucket {
  if (total <= 0 || finalized * 10 < total) return 'below10';
  if (finalized * 10 > 3 * total) return 'above30';
  return 'from10To30';
}
