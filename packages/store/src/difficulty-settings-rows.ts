import { type DifficultySetting, sortDifficultySettings, validateDifficultySetting } from '@opale/domain';
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from './schema.js';

/** The row of one entry of the difficulty rule's history. */
export const difficultySettingRow = (s: DifficultySetting): Insertable<Database['difficulty_settings']> => ({
  effective_on: s.effectiveOn,
  config: JSON.stringify(s.config),
  reason: s.reason ?? null,
  recorded_by: s.recordedBy,
  recorded_at: s.recordedAt,
});

/**
 * One entry back from its row. The rule goes through the domain's validation again, so that a
 * rule stored before a signal was added reads with that signal's default.
 */
export function toDifficultySetting(row: Selectable<Database['difficulty_settings']>): DifficultySetting {
  const checked = validateDifficultySetting(
    {
      effectiveOn: row.effective_on,
      config: JSON.parse(row.config),
      reason: row.reason ?? undefined,
      recordedBy: row.recorded_by,
      recordedAt: row.recorded_at,
    },
    `difficulty_settings[id=${row.id}]`,
  );
  if (!checked.ok)
    throw new Error(`stored difficulty rule is invalid: ${checked.errors.map((e) => e.message).join('; ')}`);
  return checked.value;
}

/** The difficulty rule's history, oldest first (by effective day, then when recorded). */
export async function readDifficultySettings(db: Kysely<Database>): Promise<DifficultySetting[]> {
  const rows = await db.selectFrom('difficulty_settings').selectAll().orderBy('id').execute();
  return sortDifficultySettings(rows.map(toDifficultySetting));
}
