import {
  type DifficultySetting,
  type DomainError,
  describe,
  difficultyConfigOn,
  domainError,
  fail,
  type IsoDate,
  ok,
  parseIsoDate,
  type Result,
  validateDifficultyConfig,
} from '@opale/domain';
import type { Kysely, Transaction } from 'kysely';
import { type Actor, audit } from './audit.js';
import { difficultySettingRow, readDifficultySettings } from './difficulty-settings-rows.js';
import type { Database } from './schema.js';

/** A new difficulty rule as an administrator gives it. */
export interface DifficultyRuleInput {
  /** First day the rule is in force: today or later. */
  readonly effectiveOn: unknown;
  /** Thresholds and weights; what is left out keeps the value in force on `effectiveOn`. */
  readonly rule: unknown;
  readonly reason?: unknown;
}

/** A rule as recorded, and the history as it stands after it, read in the same transaction. */
export interface RecordedDifficultyRule {
  readonly setting: DifficultySetting;
  readonly history: readonly DifficultySetting[];
}

/** The rule given, over the rule in force that day: a partial rule changes only what it names. */
function overRuleInForce(rule: unknown, history: readonly DifficultySetting[], day: IsoDate): unknown {
  if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) return rule;
  const inForce = difficultyConfigOn(history, day);
  const given = rule as Record<string, unknown>;
  const weights =
    typeof given.weights === 'object' && given.weights !== null && !Array.isArray(given.weights)
      ? { ...inForce.weights, ...given.weights }
      : (given.weights ?? inForce.weights);
  return { ...inForce, ...given, weights };
}

/**
 * Checks a new rule against the history it joins: an effective day from `today` on, a rule over
 * the one in force that day, a text reason. Errors name the field (`effectiveOn`, `reason`,
 * `rule.weights.kit-below-10`…). Shared by the administrators' write and the import.
 */
export function checkRule(
  input: DifficultyRuleInput,
  history: readonly DifficultySetting[],
  by: { readonly actor: Actor; readonly at: string; readonly today: IsoDate },
): Result<DifficultySetting> {
  const effectiveOn = parseIsoDate(input.effectiveOn, 'effectiveOn');
  const day = effectiveOn.ok ? effectiveOn.value : by.today;
  const rule = validateDifficultyConfig(overRuleInForce(input.rule, history, day), 'rule');
  const errors: DomainError[] = [
    ...(effectiveOn.ok ? [] : effectiveOn.errors),
    ...(rule.ok ? [] : rule.errors),
  ];
  const reason = input.reason ?? undefined;
  if (reason !== undefined && typeof reason !== 'string')
    errors.push(domainError('reason', 'invalid_format', `reason: expected a text, got ${describe(reason)}`));
  if (effectiveOn.ok && effectiveOn.value < by.today) {
    errors.push(
      domainError(
        'effectiveOn',
        'out_of_range',
        `effectiveOn: expected today (${by.today}) or a later day, got ${effectiveOn.value}: the figures of a past day keep the rule that was in force then`,
      ),
    );
  }
  if (!effectiveOn.ok || !rule.ok || errors.length > 0) return fail(...errors);
  const text = typeof reason === 'string' ? reason.trim() : '';
  return ok({
    effectiveOn: effectiveOn.value,
    config: rule.value,
    recordedBy: by.actor,
    recordedAt: by.at,
    ...(text ? { reason: text } : {}),
  });
}

/**
 * The difficulty rule's writes (administrators only, checked by the API). An entry is only ever
 * added, never changed: a new rule takes effect on a day from today on, so that no figure as of
 * a past day changes; a second rule effective the same day replaces the first from then on (the
 * later one recorded wins, see `difficultySettingOn`). Each write is audited.
 */
export class DifficultyRuleWrites {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly transaction: <T>(work: (trx: Transaction<Database>) => Promise<T>) => Promise<T>,
  ) {}

  /** The rule's history, oldest first. */
  history(): Promise<DifficultySetting[]> {
    return readDifficultySettings(this.db);
  }

  /**
   * Records a rule effective from `input.effectiveOn` (today at the earliest, `today` being the
   * day in Paris). Errors name the field: `effectiveOn`, `reason`, `rule.weights.kit-below-10`,
   * `rule.scoreThreshold`…; nothing is written then.
   */
  setRule(input: DifficultyRuleInput, actor: Actor, today: IsoDate): Promise<Result<RecordedDifficultyRule>> {
    return this.transaction(async (trx) => {
      const history = await readDifficultySettings(trx);
      const checked = checkRule(input, history, { actor, at: new Date().toISOString(), today });
      if (!checked.ok) return checked;
      const setting = checked.value;
      await trx.insertInto('difficulty_settings').values(difficultySettingRow(setting)).execute();
      await audit(trx, setting.recordedAt, actor, 'difficulty-rule', 'difficulty-rule', setting.effectiveOn, {
        rule: setting.config,
        reason: setting.reason,
      });
      return ok({ setting, history: await readDifficultySettings(trx) });
    });
  }
}
