// Intervals for counts of events (tickets a week): a Poisson law when the past is as regular as
// chance allows, a negative binomial (a Poisson whose rate itself varies) when it is more spread.

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** The logarithm of Γ(x), for x > 0 (Lanczos' approximation, about 15 significant digits). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0] as number;
  const t = z + 7.5;
  for (let i = 1; i < LANCZOS.length; i++) sum += (LANCZOS[i] as number) / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/**
 * Below this excess over 1, a dispersion is a Poisson law's: the negative binomial's shape
 * `mean / (dispersion − 1)` would be so large that Γ loses every digit (a dispersion of
 * 1.0000000000000002, a float's rounding, gave an interval of 0 to 44 for a mean of 0.67).
 */
const POISSON_WITHIN = 1e-6;

/** log P(K = k) for a count of mean `mean` and variance `dispersion × mean` (dispersion ≥ 1). */
function logProbability(k: number, mean: number, dispersion: number): number {
  if (dispersion - 1 <= POISSON_WITHIN) return k * Math.log(mean) - mean - logGamma(k + 1);
  const r = mean / (dispersion - 1);
  const p = 1 / dispersion;
  return logGamma(k + r) - logGamma(r) - logGamma(k + 1) + r * Math.log(p) + k * Math.log(1 - p);
}

/**
 * The smallest count `k` with P(K ≤ k) ≥ `level`, for a count of mean `mean` and variance
 * `dispersion × mean`: Poisson when `dispersion` is 1, negative binomial above. A mean of 0 gives 0.
 */
export function countQuantile(level: number, mean: number, dispersion = 1): number {
  if (!(mean > 0)) return 0;
  const spread = Math.max(1, dispersion);
  let cumulative = 0;
  // Far enough that the law's whole mass is behind: mean + 40 standard deviations.
  const limit = Math.ceil(mean + 40 * Math.sqrt(spread * mean) + 10);
  for (let k = 0; k <= limit; k++) {
    cumulative += Math.exp(logProbability(k, mean, spread));
    if (cumulative >= level) return k;
  }
  return limit;
}

/** An expected count with the interval that holds the count with the given probability. */
export interface CountInterval {
  /** The expected count (a mean: not a whole number). */
  readonly expected: number;
  readonly low: number;
  readonly high: number;
}

/**
 * The central interval of probability `coverage` (0.8: from the 10th to the 90th percentile)
 * around `mean`, spread by `dispersion` (≥ 1).
 */
export function countInterval(mean: number, dispersion: number, coverage = 0.8): CountInterval {
  const tail = (1 - coverage) / 2;
  return {
    expected: mean,
    low: countQuantile(tail, mean, dispersion),
    high: countQuantile(1 - tail, mean, dispersion),
  };
}
