/** A count over a total, with its percentage as the committee writes it. */
export interface Rate {
  readonly numerator: number;
  readonly denominator: number;
  /** Percentage truncated (not rounded) to two decimals; `null` when the denominator is 0. */
  readonly percent: number | null;
}

/**
 * The rate `numerator / denominator`, its percentage truncated to two decimals as the committee
 * does (41 / 57 gives 71.92, not 71.93). Computed on integers so that no float error can move a
 * figure across a hundredth.
 */
export function rate(numerator: number, denominator: number): Rate {
  if (denominator <= 0) return { numerator, denominator, percent: null };
  const basisPoints = Math.floor((numerator * 10000) / denominator);
  return { numerator, denominator, percent: basisPoints / 100 };
}

/** A percentage written the French way, with a comma and a narrow no-break space: `71,92 %`. */
export function formatPercentFr(percent: number | null): string {
  if (percent === null) return '—';
  return `${percent.toFixed(2).replace('.', ',')}\u202f%`;
}
