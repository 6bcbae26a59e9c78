import {
  addDays,
  type BudgetExecutoire,
  type Eple,
  type FollowUp,
  type RestitutionAlert,
  type StaffCount,
  type Trainer,
  type TrainingGroup,
  toEpochDay,
  type Wave,
} from '@opale/domain';
import { academieTracks } from '../academie/training.js';
import { chance, pick, type Random, randomInt } from '../prng.js';
import { isoDay } from './days.js';

/** One budget per EPLE, for the year of its bascule; about 3 % never become exécutoire. */
export function nationalBudgets(
  random: Random,
  eple: readonly Eple[],
  switchDay: ReadonlyMap<string, number>,
): BudgetExecutoire[] {
  const budgets: BudgetExecutoire[] = [];
  for (const e of eple) {
    if (chance(random, 0.03)) continue;
    const s = switchDay.get(e.waveId) ?? toEpochDay(e.createdOn);
    const exercise = Number(isoDay(s).slice(0, 4));
    // January waves vote in December and integrate around the bascule; September waves at it.
    const january = isoDay(s).endsWith('-01-01');
    const on = january ? s + randomInt(random, -30, 45) : s + randomInt(random, 0, 40);
    budgets.push({ uai: e.uai, exercise, executoireOn: isoDay(on) });
  }
  return budgets;
}

const REPORTS: readonly string[] = [
  'Balance générale',
  'Situation des crédits',
  'Comptes de tiers',
  'Situation de trésorerie',
];

/** Restitution alerts on about one EPLE in seven after its bascule, half of them cleared. */
export function nationalRestitutions(
  random: Random,
  eple: readonly Eple[],
  switchDay: ReadonlyMap<string, number>,
): RestitutionAlert[] {
  const alerts: RestitutionAlert[] = [];
  for (const e of eple) {
    if (!chance(random, 0.15)) continue;
    const on = (switchDay.get(e.waveId) ?? 0) + randomInt(random, 5, 90);
    const report = pick(random, REPORTS);
    alerts.push({
      uai: e.uai,
      on: isoDay(on),
      report,
      severity: chance(random, 0.3) ? 'critical' : 'warning',
      message: `Anomalie relevée par la restitution « ${report} »`,
      ...(chance(random, 0.5) ? { clearedOn: isoDay(on + randomInt(random, 3, 40)) } : {}),
    });
  }
  return alerts;
}

/** Follow-ups of about one EPLE in twenty, in the weeks after its bascule. */
export function nationalFollowUps(
  random: Random,
  eple: readonly Eple[],
  switchDay: ReadonlyMap<string, number>,
): FollowUp[] {
  const followUps: FollowUp[] = [];
  for (const e of eple) {
    if (!chance(random, 0.05)) continue;
    followUps.push({
      uai: e.uai,
      on: isoDay((switchDay.get(e.waveId) ?? 0) + randomInt(random, 10, 60)),
      kind: pick(random, ['visio', 'tutoring', 'call'] as const),
      note: 'Accompagnement ciblé après la bascule',
      by: 'Assistance académique',
    });
  }
  return followUps;
}

// Staff per EPLE on each track, from the académie d'Amiens' V6 (about 200 staff for 61 EPLE).
const STAFF_PER_EPLE: Record<string, number> = { AC: 0.3, 'AC-AG': 0.95, 'SC-FP': 0.67, SG: 1.36, ORD: 1 };
const GROUP_SIZE = 20;

/** Trainers, staff counts and groups of every wave; each group led by a pair of trainers. */
export function nationalTraining(
  random: Random,
  waves: readonly Wave[],
  eple: readonly Eple[],
  scale: number,
) {
  const perWave = new Map<string, number>();
  for (const e of eple) perWave.set(e.waveId, (perWave.get(e.waveId) ?? 0) + 1);
  const trackIds = academieTracks.filter((t) => t.grouped).map((t) => t.id);
  const trainers: Trainer[] = Array.from({ length: Math.max(2, Math.round(600 * scale)) }, (_, i) => {
    const n = String(i + 1).padStart(4, '0');
    const fromWave = pick(random, ['V1', 'V2', 'V3', 'V4']);
    return { id: `F${n}`, name: `Formateur ${n}`, fromWave, trackIds, unavailableWaves: [] };
  });
  const staff: StaffCount[] = [];
  const groups: TrainingGroup[] = [];
  let pair = 0;
  for (const wave of waves) {
    const n = perWave.get(wave.id) ?? 0;
    // Each wave's training is planned five months before its bascule, as the académies do.
    const plannedOn = addDays(wave.switchDate, -150);
    for (const track of academieTracks) {
      const count = Math.round(n * (STAFF_PER_EPLE[track.id] ?? 0));
      staff.push({ waveId: wave.id, trackId: track.id, count, plannedOn });
      if (!track.grouped || count === 0) continue;
      const k = Math.ceil(count / GROUP_SIZE);
      for (let g = 0; g < k; g += 1) {
        const a = (2 * pair) % trainers.length;
        const b = (a + 1) % trainers.length;
        pair += 1;
        groups.push({
          id: `${wave.id}-${track.id}-${g + 1}`,
          waveId: wave.id,
          trackId: track.id,
          // Split evenly: the first groups take the remainder.
          size: Math.floor(count / k) + (g < count % k ? 1 : 0),
          trainerIds: [(trainers[a] as Trainer).id, (trainers[b] as Trainer).id],
          plannedOn,
        });
      }
    }
  }
  return { tracks: academieTracks, trainers, groups, staff };
}
