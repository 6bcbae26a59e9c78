import type { StaffCount, Trainer, TrainingGroup, TrainingTrack } from '@opale/domain';

/** The five tracks of V6, as the slides give them; AG, SC and SG expanded as the project reads them. */
export const academieTracks: readonly TrainingTrack[] = [
  { id: 'AC', label: 'Agent comptable', grouped: true, presentialDays: 4, remoteHours: 12 },
  {
    id: 'AC-AG',
    label: 'Agent comptable et adjoint gestionnaire',
    grouped: true,
    presentialDays: 3,
    remoteHours: 12,
  },
  {
    id: 'SC-FP',
    label: 'Service comptable et fondé de pouvoir',
    grouped: true,
    presentialDays: 4,
    remoteHours: 9,
  },
  { id: 'SG', label: 'Service gestion', grouped: true, presentialDays: 3, remoteHours: 9 },
  { id: 'ORD', label: 'Ordonnateurs', grouped: false, presentialDays: 0.5, remoteHours: 0 },
];

// Volunteer users of the earlier waves; named by number only, no person is named.
const TRAINER_WAVES: readonly string[] = [
  'V1',
  'V1',
  ...Array<string>(8).fill('V2'),
  ...Array<string>(10).fill('V4'),
];

// The tracks taught in groups: every demo trainer can lead each of them.
const GROUPED_TRACKS = academieTracks.filter((t) => t.grouped).map((t) => t.id);

/** The 20 volunteer trainers, from V1, V2 and V4, each able to lead every grouped track, always available. */
export const academieTrainers: readonly Trainer[] = TRAINER_WAVES.map((fromWave, i) => {
  const n = String(i + 1).padStart(2, '0');
  return { id: `F${n}`, name: `Formateur ${n}`, fromWave, trackIds: GROUPED_TRACKS, unavailableWaves: [] };
});

// Sizes of the V6 groups per track: about 20 each, 200 in all.
const V6_GROUPS: readonly (readonly [trackId: string, sizes: readonly number[]])[] = [
  ['AC', [18]],
  ['AC-AG', [20, 19, 19]],
  ['SC-FP', [21, 20]],
  ['SG', [21, 21, 21, 20]],
];

// V6's staff were counted in September 2023 and its groups formed once the ministry had created
// the EPLE in op@le (06/10/2023), before the first module (09/11/2023); V7's first count came
// with the reminder mail of 07/11/2023. Every report from 15/12/2023 on sees them as before.
const V6_STAFF_COUNTED_ON = '2023-09-18';
const V6_GROUPS_PLANNED_ON = '2023-10-16';
const V7_STAFF_COUNTED_ON = '2023-11-07';

/** The 10 groups of V6, each led by its own pair of trainers (10 pairs, 20 trainers). */
export const academieGroups: readonly TrainingGroup[] = V6_GROUPS.flatMap(([trackId, sizes]) =>
  sizes.map((size, i) => ({ trackId, size, i })),
).map(({ trackId, size, i }, g) => ({
  id: `V6-${trackId}-${i + 1}`,
  waveId: 'V6',
  trackId,
  size,
  trainerIds: [`F${String(2 * g + 1).padStart(2, '0')}`, `F${String(2 * g + 2).padStart(2, '0')}`] as const,
  plannedOn: V6_GROUPS_PLANNED_ON,
}));

const STAFF: Record<string, { plannedOn: string; byTrack: Record<string, number> }> = {
  V6: { plannedOn: V6_STAFF_COUNTED_ON, byTrack: { AC: 18, 'AC-AG': 58, 'SC-FP': 41, SG: 83, ORD: 61 } },
  V7: { plannedOn: V7_STAFF_COUNTED_ON, byTrack: { AC: 8, 'AC-AG': 26, 'SC-FP': 18, SG: 38, ORD: 28 } },
};

/** Staff to train per track for V6 and V7 (one ordonnateur per EPLE), each counted on its day. */
export const academieStaff: readonly StaffCount[] = Object.entries(STAFF).flatMap(
  ([waveId, { plannedOn, byTrack }]) =>
    Object.entries(byTrack).map(([trackId, count]) => ({ waveId, trackId, count, plannedOn })),
);
