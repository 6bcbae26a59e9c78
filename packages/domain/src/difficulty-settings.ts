import type { IsoDate } from './date.js';
import {
  DEFAULT_DIFFICULTY_CONFIG,
  type DifficultyConfig,
  validateDifficultyConfig,
} from './difficulty-config.js';
import { FieldReader } from './fields.js';
import { fromErrors, type Result } from './result.js';

/**
 * One entry of the difficulty rule's history: the thresholds and weights in force from
 * `effectiveOn` until the next entry takes effect. Entries are never changed or removed, so that
 * a figure as of a past day is computed with the rule that was in force that day.
 */
export interface DifficultySetting {
  /** First day the rule is in force. */
  readonly effectiveOn: IsoDate;
  readonly config: DifficultyConfig;
  /** Who recorded it (a role or a login). */
  readonly recordedBy: string;
  /** When it was recorded, an ISO instant. */
  readonly recordedAt: string;
  /** Why the rule changed, in the words of who changed it. */
  readonly reason?: string;
}

/**
 * The rule in force on `day` and the entry it comes from: the entry with the latest
 * `effectiveOn` on or before `day` (of two entries effective the same day, the one recorded
 * last), or the defaults and `null` when none is in force yet. Entries effective after `day`
 * never count, so adding them does not change a figure as of `day`.
 */
export function difficultySettingOn(
  history: readonly DifficultySetting[] | undefined,
  day: IsoDate,
): { readonly config: DifficultyConfig; readonly setting: DifficultySetting | null } {
  let found: DifficultySetting | null = null;
  for (const s of history ?? []) {
    if (s.effectiveOn > day) continue;
    if (
      found === null ||
      s.effectiveOn > found.effectiveOn ||
      (s.effectiveOn === found.effectiveOn && s.recordedAt >= found.recordedAt)
    )
      found = s;
  }
  return { config: found?.config ?? DEFAULT_DIFFICULTY_CONFIG, setting: found };
}

/** The difficulty rule in force on `day` (see {@link difficultySettingOn}); the defaults when none is. */
export function difficultyConfigOn(
  history: readonly DifficultySetting[] | undefined,
  day: IsoDate,
): DifficultyConfig {
  return difficultySettingOn(history, day).config;
}

/** The history oldest first: by effective day, then by when it was recorded. */
export function sortDifficultySettings(history: readonly DifficultySetting[]): DifficultySetting[] {
  return [...history].sort((a, b) =>
    a.effectiveOn !== b.effectiveOn
      ? a.effectiveOn < b.effectiveOn
        ? -1
        : 1
      : a.recordedAt < b.recordedAt
        ? -1
        : a.recordedAt > b.recordedAt
          ? 1
          : 0,
  );
}

/**
 * Validates one entry of the history: an effective day, a rule (any part left out takes the
 * default, see `validateDifficultyConfig`), who recorded it and when, an optional reason. Errors
 * name the field, e.g. `difficultySetting.config.weights.kit-below-10`.
 */
export function validateDifficultySetting(
  input: unknown,
  field = 'difficultySetting',
): Result<DifficultySetting> {
  const r = new FieldReader(input, field);
  if (!r.ok) return { ok: false, errors: r.errors };
  const config = validateDifficultyConfig(r.value('config') ?? {}, r.path('config'));
  if (!config.ok) r.errors.push(...config.errors);
  const effectiveOn = r.date('effectiveOn');
  const recordedBy = r.text('recordedBy');
  const recordedAt = r.text('recordedAt');
  const reason = r.optionalText('reason');
  return fromErrors(r.errors, () => ({
    effectiveOn,
    config: config.ok ? config.value : DEFAULT_DIFFICULTY_CONFIG,
    recordedBy,
    recordedAt,
    ...(reason ? { reason } : {}),
  }));
}
