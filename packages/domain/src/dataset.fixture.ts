import type { Dataset } from './dataset.js';
import { KIT_ACTORS, type KitAction, type KitActor, type KitEvent } from './kit.js';
import type { Ticket } from './ticket.js';
import { makeUai } from './uai.js';

/** A small académie for tests: two waves, five EPLE, a kit of 10 actions, a few tickets. */
export const uai = {
  agence: makeUai('0800001'),
  calm: makeUai('0800002'),
  late: makeUai('0800003'),
  busy: makeUai('0800004'),
  next: makeUai('0800005'),
};

const actions: KitAction[] = Array.from({ length: 10 }, (_, i) => ({
  id: `A${i + 1}`,
  actor: KIT_ACTORS[i % KIT_ACTORS.length] as KitActor,
  label: `Action ${i + 1}`,
}));

const finalize = (who: string, count: number, on: string): KitEvent[] =>
  Array.from({ length: count }, (_, i) => ({ uai: who, actionId: `A${i + 1}`, kind: 'finalized', on }));

const ticket = (ref: string, who: string, openedOn: string, history: Ticket['history'] = []): Ticket => ({
  ref,
  channel: 'itop',
  service: 'op@le',
  title: `DRASI - Problème de connexion numéro ${ref}`,
  openedOn,
  uai: who,
  team: 'DRASI',
  history,
});

export function fixtureDataset(): Dataset {
  const eple = (u: string, name: string, waveId: string, createdOn: string) => ({
    uai: u,
    name,
    kind: 'college' as const,
    commune: 'Amiens',
    departement: '80',
    agenceUai: uai.agence,
    waveId,
    createdOn,
  });
  return {
    academie: { code: '20', name: 'Académie de test' },
    waves: [
      { id: 'V1', number: 1, switchDate: '2023-01-01', plannedCount: 1, milestones: [] },
      {
        id: 'V2',
        number: 2,
        switchDate: '2024-01-01',
        plannedCount: 4,
        milestones: [
          { kind: 'eple-created', label: 'Création des EPLE', dueOn: '2023-10-06', doneOn: '2023-10-06' },
        ],
      },
    ],
    eple: [
      { ...eple(uai.agence, 'Lycée agence', 'V1', '2022-10-01') },
      eple(uai.calm, 'Collège calme', 'V2', '2023-10-06'),
      eple(uai.late, 'Collège en retard', 'V2', '2023-10-06'),
      eple(uai.busy, 'Collège très demandeur', 'V2', '2023-10-06'),
    ],
    budgets: [
      { uai: uai.agence, exercise: 2023, executoireOn: '2022-12-15' },
      { uai: uai.calm, exercise: 2024, executoireOn: '2024-01-10' },
      { uai: uai.busy, exercise: 2024, executoireOn: '2024-01-12' },
      { uai: uai.late, exercise: 2024, executoireOn: '2024-02-20' },
    ],
    kit: {
      actions,
      events: [
        ...finalize(uai.agence, 10, '2022-12-01'),
        ...finalize(uai.calm, 5, '2023-12-01'),
        ...finalize(uai.late, 1, '2023-12-01'),
        ...finalize(uai.busy, 2, '2023-12-01'),
        { uai: uai.busy, actionId: 'A2', kind: 'undone', on: '2024-01-05' },
      ],
    },
    tickets: [
      ticket('R-1', uai.busy, '2023-12-20'),
      ticket('R-2', uai.busy, '2024-01-15'),
      ticket('R-3', uai.busy, '2024-01-02', [{ kind: 'resolved', on: '2024-01-03' }]),
      ticket('R-4', uai.calm, '2024-01-18', [{ kind: 'escalated', on: '2024-01-19', to: 'c2s-montpellier' }]),
    ],
    restitutions: [
      {
        uai: uai.late,
        on: '2024-01-16',
        report: 'Balance générale',
        severity: 'critical',
        message: 'Balance déséquilibrée',
      },
      {
        uai: uai.calm,
        on: '2024-01-10',
        report: 'Situation des crédits',
        severity: 'warning',
        message: 'Écart',
        clearedOn: '2024-01-15',
      },
    ],
    followUps: [
      { uai: uai.late, on: '2024-01-20', kind: 'visio', note: 'Visio ciblée sur le budget', by: 'SI2C' },
    ],
    training: { tracks: [], trainers: [], groups: [], staff: [] },
    resources: [
      {
        id: 'expert',
        title: 'Expert budgétaire et financier',
        kind: 'expert',
        description: 'Joignable par ITOP ou par mail',
        mail: 'si2c-opale@ac-lille.fr',
        itopPrefix: 'SI2C',
        audience: ['eple'],
        position: 0,
        activeFrom: '2023-09-01',
      },
    ],
  };
}
