import { dayInParis } from '@opale/domain';
import { difficultySettingRow, readDifficultySettings } from './difficulty-settings-rows.js';
import { checkRule, type DifficultyRuleInput } from './difficulty-settings-write.js';
import { columnOfField } from './import/difficulty-settings.js';
import type { RowError } from './import/parsed.js';
import type { Apply } from './import-apply.js';

/**
 * A history of difficulty rules: each line joins the history in the order of its day, over the
 * rule in force that day (earlier lines of the file included), from the day of the import on;
 * a line for a past day is refused, so that no figure of a past day changes.
 */
export const applyDifficultySettings: Apply<DifficultyRuleInput> = async (trx, records, lineOf, r) => {
  const today = dayInParis(new Date(r.recorded_at));
  const history = await readDifficultySettings(trx);
  const order = records
    .map((_, i) => i)
    .sort((a, b) => {
      const x = String(records[a]?.effectiveOn);
      const y = String(records[b]?.effectiveOn);
      return x < y ? -1 : x > y ? 1 : 0;
    });
  const errors: RowError[] = [];
  for (const i of order) {
    const checked = checkRule(records[i] as DifficultyRuleInput, history, {
      actor: r.recorded_by,
      at: r.recorded_at,
      today,
    });
    if (!checked.ok) {
      errors.push(
        ...checked.errors.map((e) => ({ line: lineOf(i), field: columnOfField(e.field), reason: e.message })),
      );
      continue;
    }
    history.push(checked.value);
    await trx.insertInto('difficulty_settings').values(difficultySettingRow(checked.value)).execute();
  }
  errors.sort((a, b) => a.line - b.line);
  return errors.length > 0 ? errors : { inserted: records.length, updated: 0, unchanged: 0 };
};
