import { type DomainError, domainError, fromErrors, type Result } from './result.js';
import { DEFAULT_STALE_AFTER_DAYS } from './ticket-state.js';

/** The signals that add to an EPLE's difficulty score. */
export type DifficultySignal =
  | 'kit-below-10'
  | 'kit-10-to-30'
  | 'budget-not-executoire'
  | 'open-tickets'
  | 'stale-tickets'
  | 'restitution-alerts';

export const DIFFICULTY_SIGNALS: readonly DifficultySignal[] = [
  'kit-below-10',
  'kit-10-to-30',
  'budget-not-executoire',
  'open-tickets',
  'stale-tickets',
  'restitution-alerts',
];

/**
 * The transparent rule that flags EPLE in difficulty: each signal that fires adds its weight; an
 * EPLE whose score reaches `scoreThreshold` is flagged. Every number here can be configured.
 */
export interface DifficultyConfig {
  readonly weights: Readonly<Record<DifficultySignal, number>>;
  /** Open tickets (any channel) from which `open-tickets` fires. */
  readonly openTicketsThreshold: number;
  /** Tickets open for more than `staleAfterDays` from which `stale-tickets` fires. */
  readonly staleTicketsThreshold: number;
  readonly staleAfterDays: number;
  /** Active restitution alerts from which `restitution-alerts` fires. */
  readonly restitutionAlertsThreshold: number;
  /** Days after the bascule before a budget not yet exécutoire counts. */
  readonly budgetGraceDays: number;
  /** EPLE are followed from `leadDays` before their bascule to `followDays` after it. */
  readonly leadDays: number;
  readonly followDays: number;
  readonly scoreThreshold: number;
}

export const DEFAULT_DIFFICULTY_CONFIG: DifficultyConfig = {
  weights: {
    'kit-below-10': 3,
    'kit-10-to-30': 1,
    'budget-not-executoire': 3,
    'open-tickets': 1,
    'stale-tickets': 2,
    'restitution-alerts': 2,
  },
  openTicketsThreshold: 2,
  staleTicketsThreshold: 1,
  staleAfterDays: DEFAULT_STALE_AFTER_DAYS,
  restitutionAlertsThreshold: 1,
  budgetGraceDays: 0,
  leadDays: 30,
  followDays: 240,
  scoreThreshold: 3,
};

const COUNT_FIELDS = [
  'openTicketsThreshold',
  'staleTicketsThreshold',
  'staleAfterDays',
  'restitutionAlertsThreshold',
  'budgetGraceDays',
  'leadDays',
  'followDays',
  'scoreThreshold',
] as const;

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/**
 * Completes a partial configuration with the defaults and checks it: weights are finite numbers
 * ≥ 0, thresholds and day counts whole numbers ≥ 0.
 */
export function validateDifficultyConfig(input: unknown, field = 'difficulty'): Result<DifficultyConfig> {
  if (input === undefined) return { ok: true, value: DEFAULT_DIFFICULTY_CONFIG };
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: [domainError(field, 'invalid_format', `${field}: expected an object`)] };
  }
  const raw = input as Record<string, unknown>;
  const errors: DomainError[] = [];
  const known = new Set<string>(['weights', ...COUNT_FIELDS]);
  for (const key of Object.keys(raw)) {
    if (!known.has(key))
      errors.push(
        domainError(
          `${field}.${key}`,
          'unknown_reference',
          `${field}.${key}: unknown setting, expected one of ${[...known].join(', ')}`,
        ),
      );
  }
  const isObject = typeof raw.weights === 'object' && raw.weights !== null && !Array.isArray(raw.weights);
  const weightsInput = (isObject ? raw.weights : {}) as Record<string, unknown>;
  if (raw.weights !== undefined && !isObject) {
    errors.push(domainError(`${field}.weights`, 'invalid_format', `${field}.weights: expected an object`));
  }
  const weights = { ...DEFAULT_DIFFICULTY_CONFIG.weights };
  for (const [key, value] of Object.entries(weightsInput)) {
    if (!DIFFICULTY_SIGNALS.includes(key as DifficultySignal)) {
      errors.push(
        domainError(
          `${field}.weights.${key}`,
          'unknown_reference',
          `${field}.weights.${key}: unknown signal, expected one of ${DIFFICULTY_SIGNALS.join(', ')}`,
        ),
      );
    } else if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      errors.push(
        domainError(
          `${field}.weights.${key}`,
          'out_of_range',
          `${field}.weights.${key}: expected a number ≥ 0`,
        ),
      );
    } else {
      weights[key as DifficultySignal] = value;
    }
  }
  const config: Record<string, unknown> = { ...DEFAULT_DIFFICULTY_CONFIG, weights };
  for (const key of COUNT_FIELDS) {
    if (raw[key] === undefined) continue;
    if (!isCount(raw[key])) {
      errors.push(
        domainError(`${field}.${key}`, 'out_of_range', `${field}.${key}: expected a whole number ≥ 0`),
      );
    } else {
      config[key] = raw[key];
    }
  }
  return fromErrors(errors, () => config as unknown as DifficultyConfig);
}
