import {
  BUDGET_STANDING_LABELS,
  budgetExecutoireOn,
  budgetExercise,
  budgetIndex,
  type Dataset,
  type DifficultyAssessment,
  type Eple,
  type EpleKind,
  finalizedCounts,
  type IsoDate,
  KIT_BUCKET_LABELS,
  kitBucket,
  rate,
} from '@opale/domain';
import { type Cell, frenchDate, type RowStream } from './table.js';

const KIND: Record<EpleKind, string> = {
  college: 'Collège',
  lgt: 'LGT',
  lpo: 'LPO',
  lp: 'LP',
  erea: 'EREA',
  other: 'Autre',
};

const HEADER = [
  'UAI',
  'Établissement',
  'Commune',
  'Département',
  'Type',
  'Vague',
  'Agence comptable (UAI du siège)',
  'Kit de bascule (%)',
  'Tranche du kit',
  'Budget exécutoire le',
  'Budget',
  'Score de difficulté',
  'Raisons de la difficulté',
];
/** The kit's column, written with two decimals. */
const KIT_COLUMN = 7;

/** What the EPLE list reads besides the EPLE: the records of the kit and budgets, and who is in difficulty. */
export type EpleListRecords = Pick<Dataset, 'waves' | 'kit' | 'budgets'>;

function* epleRows(
  records: EpleListRecords,
  eples: readonly Eple[],
  asOf: IsoDate,
  difficulty: readonly DifficultyAssessment[],
) {
  // Each kind of record is read once for the whole list, not once per EPLE.
  const finalized = finalizedCounts(records.kit.events, records.kit.actions, asOf);
  const total = records.kit.actions.length;
  const budgets = budgetIndex(records.budgets);
  const exercises = new Map(records.waves.map((w) => [w.id, budgetExercise(w)]));
  const flagged = new Map(difficulty.map((d) => [d.uai, d]));
  for (const e of eples) {
    const done = finalized.get(e.uai) ?? 0;
    const exercise = exercises.get(e.waveId) ?? Number(asOf.slice(0, 4));
    const executoireOn = budgetExecutoireOn(budgets, e.uai, exercise, asOf);
    const hard = flagged.get(e.uai);
    const row: Cell[] = [
      e.uai,
      e.name,
      e.commune,
      e.departement,
      KIND[e.kind] ?? e.kind,
      e.waveId,
      e.agenceUai,
      rate(done, total).percent,
      KIT_BUCKET_LABELS[kitBucket(done, total)],
      executoireOn === null ? null : frenchDate(executoireOn),
      BUDGET_STANDING_LABELS[executoireOn === null ? 'pending' : 'executoire'],
      hard?.score ?? null,
      hard ? hard.reasons.map((r) => r.message).join(' ; ') : null,
    ];
    yield row;
  }
}

/**
 * The EPLE list as of `asOf`, one row per EPLE in the order given: who it is, its kit, its
 * budget of the year of its bascule and, when flagged in `difficulty`, its score and reasons.
 * The kit and the budget are read as the report reads them, so that a row agrees with the
 * figures; each row is computed when it is read, for an answer streamed as it is written.
 */
export function epleListTable(
  records: EpleListRecords,
  eples: readonly Eple[],
  asOf: IsoDate,
  difficulty: readonly DifficultyAssessment[],
): RowStream {
  return {
    name: 'Établissements',
    title: `Établissements au ${frenchDate(asOf)} (${eples.length})`,
    header: HEADER,
    percentColumns: [KIT_COLUMN],
    rows: epleRows(records, eples, asOf, difficulty),
  };
}
