import type { IsoDate, Milestone, MilestoneKind, Wave } from '@opale/domain';

function milestone(kind: MilestoneKind, label: string, dueOn: IsoDate, doneOn?: IsoDate): Milestone {
  return doneOn === undefined ? { kind, label, dueOn } : { kind, label, dueOn, doneOn };
}

const INFORMED = 'Information des EPLE de leur intégration dans la vague (mail)';
const CREATED = 'Création des EPLE dans op@le par le ministère';
const TRAINING = 'Premier module de formation';
const BASCULE = 'Bascule de GFC vers op@le';
const CIRCULAR = 'Circulaire budgétaire : budget préparé sous GFC au format op@le';

/**
 * The académie d'Amiens' calendar as the committee of 22/01/2024 shows it: bascule dates and
 * planned counts from the slides; V6 and V7 milestones from the slides; the others plausible.
 * One V7 milestone is left undone past its due day so that "late milestones" has something.
 */
export const academieWaves: readonly Wave[] = [
  {
    id: 'V1',
    number: 1,
    switchDate: '2021-01-01',
    plannedCount: 1,
    milestones: [
      milestone('eple-informed', INFORMED, '2020-06-05', '2020-06-05'),
      milestone('eple-created', CREATED, '2020-10-09', '2020-10-09'),
      milestone('first-training', TRAINING, '2020-11-12', '2020-11-12'),
      milestone('bascule', BASCULE, '2021-01-01', '2021-01-01'),
    ],
  },
  {
    id: 'V2',
    number: 2,
    switchDate: '2022-01-01',
    plannedCount: 6,
    milestones: [
      milestone('eple-informed', INFORMED, '2021-06-04', '2021-06-04'),
      milestone('eple-created', CREATED, '2021-10-08', '2021-10-08'),
      milestone('first-training', TRAINING, '2021-11-09', '2021-11-09'),
      milestone('bascule', BASCULE, '2022-01-01', '2022-01-01'),
    ],
  },
  {
    id: 'V3',
    number: 3,
    switchDate: '2022-09-01',
    plannedCount: 0,
    milestones: [
      milestone('budget-circular', CIRCULAR, '2021-10-22', '2021-10-22'),
      milestone('eple-created', CREATED, '2022-06-10', '2022-06-10'),
      milestone('bascule', BASCULE, '2022-09-01', '2022-09-01'),
    ],
  },
  {
    id: 'V4',
    number: 4,
    switchDate: '2023-01-01',
    plannedCount: 9,
    milestones: [
      milestone('eple-informed', INFORMED, '2022-06-03', '2022-06-03'),
      milestone('eple-created', CREATED, '2022-10-07', '2022-10-07'),
      milestone('first-training', TRAINING, '2022-11-08', '2022-11-10'),
      milestone('bascule', BASCULE, '2023-01-01', '2023-01-01'),
    ],
  },
  {
    id: 'V5',
    number: 5,
    switchDate: '2023-09-01',
    plannedCount: 5,
    milestones: [
      milestone('eple-informed', INFORMED, '2022-06-03', '2022-06-03'),
      milestone('budget-circular', CIRCULAR, '2022-10-21', '2022-10-21'),
      milestone('eple-created', CREATED, '2023-06-09', '2023-06-09'),
      milestone('first-training', TRAINING, '2023-06-15', '2023-06-15'),
      milestone('bascule', BASCULE, '2023-09-01', '2023-09-01'),
    ],
  },
  {
    id: 'V6',
    number: 6,
    switchDate: '2024-01-01',
    plannedCount: 61,
    milestones: [
      milestone('eple-informed', INFORMED, '2023-06-02', '2023-06-02'),
      milestone('eple-created', CREATED, '2023-10-06', '2023-10-06'),
      milestone('other', 'Communication de la création relayée aux EPLE', '2023-10-11', '2023-10-11'),
      milestone(
        'first-training',
        'Premier module de formation (webinaire inter-académique)',
        '2023-11-09',
        '2023-11-09',
      ),
      milestone('bascule', BASCULE, '2024-01-01', '2024-01-01'),
    ],
  },
  {
    id: 'V7',
    number: 7,
    switchDate: '2024-09-01',
    plannedCount: 28,
    milestones: [
      milestone('eple-informed', INFORMED, '2023-06-02', '2023-06-02'),
      milestone('budget-circular', CIRCULAR, '2023-10-20', '2023-10-20'),
      milestone('reminder', 'Rappels liés à un déploiement en septembre (mail)', '2023-11-07', '2023-11-07'),
      // Invented, and deliberately still open on 22/01/2024: the committee's late milestone.
      milestone('other', 'Retour des fiches de recensement des personnels à former', '2024-01-12'),
      milestone('eple-created', CREATED, '2024-06-14'),
      milestone('first-training', TRAINING, '2024-06-20'),
      milestone('bascule', BASCULE, '2024-09-01'),
    ],
  },
  {
    id: 'V8',
    number: 8,
    switchDate: '2025-01-01',
    plannedCount: 144,
    milestones: [
      milestone('eple-informed', INFORMED, '2024-06-07'),
      milestone('eple-created', CREATED, '2024-10-04'),
      milestone('first-training', TRAINING, '2024-11-07'),
      milestone('bascule', BASCULE, '2025-01-01'),
    ],
  },
  {
    id: 'V9',
    number: 9,
    switchDate: '2025-09-01',
    plannedCount: null,
    milestones: [
      milestone('budget-circular', CIRCULAR, '2024-10-18'),
      milestone('eple-informed', INFORMED, '2024-12-06'),
      milestone('eple-created', CREATED, '2025-06-13'),
      milestone('bascule', 'Bascule de GFC vers op@le : fin du déploiement', '2025-09-01'),
    ],
  },
];

/** The day the EPLE of a wave were created in op@le: its "eple-created" milestone. */
export function createdOnOf(wave: Wave): IsoDate {
  const created = wave.milestones.find((m) => m.kind === 'eple-created');
  if (!created) throw new Error(`wave ${wave.id}: expected an eple-created milestone`);
  return created.doneOn ?? created.dueOn;
}

/** A wave of the académie by id; a missing id is a programming error in the demo tables. */
export function academieWave(id: string): Wave {
  const wave = academieWaves.find((w) => w.id === id);
  if (!wave) throw new Error(`unknown demo wave ${id}`);
  return wave;
}
