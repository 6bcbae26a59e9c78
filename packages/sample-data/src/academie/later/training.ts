import {
  type Eple,
  type IsoDate,
  planTraining,
  type StaffCount,
  type Trainer,
  type TrainingGroup,
} from '@opale/domain';
import { chance, mulberry32, type Random, shuffled } from '../../prng.js';
import { v8Eple } from '../eple-v8.js';
import { v9Eple } from '../eple-v9.js';
import { academieStaff, academieTracks, academieTrainers } from '../training.js';
import { laterWaves } from './waves.js';

// Each wave's training is planned some months before its bascule: V7's groups once the staff
// census came back (12/04/2024), V8's when its EPLE were told (07/06/2024), V9's in the spring.
const PLANNED_ON: Readonly<Record<'V7' | 'V8' | 'V9', IsoDate>> = {
  V7: '2024-04-22',
  V8: '2024-07-08',
  V9: '2025-03-17',
};

// Staff to train per EPLE and track, as V6 counted them (18, 58, 41 and 83 for 61 EPLE).
const PER_EPLE: Readonly<Record<string, number>> = { AC: 0.3, 'AC-AG': 0.95, 'SC-FP': 0.67, SG: 1.36 };

const GROUPED = academieTracks.filter((t) => t.grouped).map((t) => t.id);

/**
 * Volunteers of a switched wave who joined the trainers: each leads two or three tracks, and a
 * few said they could not train for a wave (those of V7 not for V8, four months after their own
 * bascule). Ids follow the demo's F01–F20.
 */
function volunteers(random: Random, fromWave: 'V6' | 'V7', first: number, n: number): Trainer[] {
  return Array.from({ length: n }, (_, i) => {
    const trackIds = GROUPED.filter((t) => t === 'SG' || chance(random, 0.6));
    const away = fromWave === 'V7' || chance(random, 0.2);
    const name = `Formateur ${first + i}`;
    return { id: `F${first + i}`, name, fromWave, trackIds, unavailableWaves: away ? ['V8'] : [] };
  });
}

// The staff of a wave per track, from its EPLE, a little more or less than V6's ratio each.
function staffOf(random: Random, eple: readonly Eple[]): { trackId: string; count: number }[] {
  const tracks = Object.entries(PER_EPLE).map(([trackId, ratio]) => ({
    trackId,
    count: Math.round(eple.length * ratio * (0.9 + 0.2 * random())),
  }));
  return [...tracks, { trackId: 'ORD', count: eple.length }];
}

function buildLaterTraining() {
  const random = mulberry32(0x7a1d);
  const trainers = [
    ...academieTrainers,
    ...volunteers(random, 'V6', 31, 16),
    ...volunteers(random, 'V7', 51, 6),
  ];
  // The order of the volunteers breaks the planner's ties: shuffled, so that pairs mix waves.
  const pool = shuffled(random, trainers);
  const plan = (waveId: 'V7' | 'V8' | 'V9', staff: readonly { trackId: string; count: number }[]) => {
    const planned = planTraining({
      waveId,
      staff,
      plannedOn: PLANNED_ON[waveId],
      tracks: academieTracks,
      waves: laterWaves,
      trainers: pool,
    });
    if (!planned.ok) throw new Error(`demo training of ${waveId}: ${JSON.stringify(planned.errors)}`);
    return planned.value;
  };
  // V7 was counted on 07/11/2023 (academieStaff): its groups are formed from those counts.
  const v7 = plan(
    'V7',
    academieStaff.filter((s) => s.waveId === 'V7'),
  );
  const v8 = plan('V8', staffOf(random, v8Eple));
  const v9 = plan('V9', staffOf(random, v9Eple));
  const groups: TrainingGroup[] = [...v7.groups, ...v8.groups, ...v9.groups];
  const staff: StaffCount[] = [...v8.staff, ...v9.staff];
  return { trainers: trainers.slice(academieTrainers.length), groups, staff };
}

const later = buildLaterTraining();

/** The volunteers who joined after V6 and V7 switched: 16 of V6, 6 of V7. */
export const laterTrainers: readonly Trainer[] = later.trainers;
/** The groups of V7, V8 and V9, each planned months before its bascule and staffed by the planner. */
export const laterGroups: readonly TrainingGroup[] = later.groups;
/** The staff counts of V8 and V9 (V7's were counted in 2023), planned with their groups. */
export const laterStaff: readonly StaffCount[] = later.staff;
