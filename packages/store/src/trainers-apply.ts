import { type Trainer, validateTrainer } from '@opale/domain';
import type { Transaction } from 'kysely';
import { headerKey, reasonOf } from './import/cells.js';
import type { RowError } from './import/parsed.js';
import type { TrainerRow } from './import/trainers.js';
import type { Tally } from './import-apply.js';
import type { Database, Recorded } from './schema.js';
import { putTrainer, readTrainers, sameTrainer } from './trainer-records.js';
import { trainerContext } from './trainer-writes.js';

// The file's column for each field the domain names (`trainer.trackIds[2]` → parcours).
const COLUMN_OF: Record<string, string> = {
  id: 'identifiant',
  name: 'nom',
  fromWave: "vague d'origine",
  trackIds: 'parcours',
  unavailableWaves: 'indisponibilités',
};

/**
 * The trainers file: new trainers are added, known ones changed (one version up) when the file
 * says something new, the others left as they are; trainers absent from the file stay. Tracks are
 * named by id or label; every trainer is checked by the domain's `validateTrainer` against the
 * stored tracks and waves, and any bad row rejects the whole file.
 */
export async function applyTrainers(
  trx: Transaction<Database>,
  records: readonly TrainerRow[],
  lineOf: (i: number) => number,
  r: Recorded,
): Promise<RowError[] | Tally> {
  const ctx = await trainerContext(trx);
  const trackOf = new Map(
    [...ctx.tracks.values()].flatMap((t) => [
      [headerKey(t.id), t.id],
      [headerKey(t.label), t.id],
    ]),
  );
  const errors: RowError[] = [];
  const trainers: Trainer[] = [];
  records.forEach((row, i) => {
    const trackIds = row.tracks.map((t) => trackOf.get(headerKey(t)) ?? t);
    const checked = validateTrainer({ ...row, trackIds }, ctx);
    if (checked.ok) trainers.push(checked.value);
    else
      for (const e of checked.errors) {
        const key = /^trainer\.(\w+)/.exec(e.field)?.[1] ?? '';
        errors.push({ line: lineOf(i), field: COLUMN_OF[key] ?? e.field, reason: reasonOf(e) });
      }
  });
  if (errors.length > 0) return errors;
  const stored = new Map((await readTrainers(trx)).map((v) => [v.trainer.id, v]));
  const tally: Tally = { inserted: 0, updated: 0, unchanged: 0 };
  for (const t of trainers) {
    const before = stored.get(t.id);
    if (before && sameTrainer(before.trainer, t)) tally.unchanged += 1;
    else {
      await putTrainer(trx, t, before ? before.version : null, r);
      tally[before ? 'updated' : 'inserted'] += 1;
    }
  }
  return tally;
}
