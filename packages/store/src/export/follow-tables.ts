import {
  type CommitteeReport,
  DIFFICULTY_SIGNALS,
  type DifficultySignal,
  type TicketRow,
  type TrainingSummary,
} from '@opale/domain';
import { type Cell, frenchDate, type Table } from './table.js';

const ticketCells = (label: string, row: TicketRow): Cell[] => [
  label,
  row.total,
  row.national,
  row.si2c,
  row.drasi,
];

/** The slide's 4 × 4 table of ITOP requests since the start of the period. */
export function ticketsTable(report: CommitteeReport): Table {
  const t = report.tickets;
  return {
    name: 'Demandes ITOP',
    title: `Demandes d'assistance sur ITOP depuis le ${frenchDate(t.from)}, au ${frenchDate(t.asOf)}`,
    header: [
      'Demandes',
      'Total',
      'Remontées au national',
      'Prise en charge par le SI2C',
      'Prise en charge par la DRASI',
    ],
    rows: [
      ticketCells('Tous statuts', t.all),
      ticketCells('Demandes résolues', t.resolved),
      ticketCells('Demandes en cours', t.inProgress),
      ticketCells(`Demandes en cours de plus de ${t.staleAfterDays} j`, t.inProgressOverThreshold),
    ],
  };
}

/** The first columns of a list of EPLE flagged in difficulty: who they are, and their score. */
export const FLAGGED_EPLE_HEADER = ['UAI', 'Établissement', 'Commune', 'Vague', 'Score'];

function signalHeaders(staleAfterDays: number): Record<DifficultySignal, string> {
  return {
    'kit-below-10': 'Kit < 10 % (actions finalisées)',
    'kit-10-to-30': 'Kit 10 à 30 % (actions finalisées)',
    'budget-not-executoire': 'Budget non exécutoire (j après bascule)',
    'open-tickets': 'Demandes en cours',
    'stale-tickets': `Demandes en cours de plus de ${staleAfterDays} j`,
    'restitution-alerts': 'Alertes des restitutions',
  };
}

/**
 * One row per flagged EPLE, highest score first, with the reasons that flagged it and the value
 * of each signal that fired (empty when it did not), so that the rule can be checked by hand.
 */
export function difficultyTable(report: CommitteeReport): Table {
  const d = report.difficulty;
  const headers = signalHeaders(d.config.staleAfterDays);
  return {
    name: 'EPLE en difficulté',
    title: `Établissements en difficulté au ${frenchDate(d.asOf)} (${d.eple.length} sur ${d.assessed} suivis)`,
    header: [
      ...FLAGGED_EPLE_HEADER,
      'Raisons',
      ...DIFFICULTY_SIGNALS.map((s) => headers[s]),
      'Suivis',
      'Dernier suivi',
    ],
    rows: d.eple.map((e) => {
      const value = new Map(e.reasons.map((r) => [r.signal, r.value]));
      const last = e.followUps.reduce<string | null>(
        (max, f) => (max === null || f.on > max ? f.on : max),
        null,
      );
      return [
        e.uai,
        e.name,
        e.commune,
        e.waveId,
        e.score,
        e.reasons.map((r) => r.message).join(' ; '),
        ...DIFFICULTY_SIGNALS.map((s) => value.get(s) ?? null),
        e.followUps.length,
        last === null ? null : frenchDate(last),
      ];
    }),
  };
}

/** The training table's columns: a wave's tracks then its total. */
export const TRAINING_HEADER = [
  'Vague',
  'Parcours',
  'Personnels',
  'Groupes',
  'Binômes',
  'Formateurs',
  'Présentiel (j)',
  'À distance (h)',
];

/**
 * A wave's training plan track by track, then its total row. The total counts distinct
 * trainers, so it can be lower than the sum of the tracks when a trainer leads two groups.
 */
export function trainingRows(plan: TrainingSummary): Cell[][] {
  return [
    ...plan.tracks.map((tr): Cell[] => [
      plan.waveId,
      tr.label,
      tr.staff,
      tr.grouped ? tr.groups : null,
      tr.grouped ? tr.pairs : null,
      tr.grouped ? tr.trainers : null,
      tr.presentialDays,
      tr.remoteHours,
    ]),
    [
      plan.waveId,
      'Total',
      plan.totals.staff,
      plan.totals.groups,
      plan.totals.pairs,
      plan.totals.trainers,
      null,
      null,
    ],
  ];
}

/** Each wave's training plan track by track, then a total row per wave (see {@link trainingRows}). */
export function trainingTable(report: CommitteeReport): Table {
  return {
    name: 'Formation',
    title: `Formation des personnels au ${frenchDate(report.asOf)}`,
    header: TRAINING_HEADER,
    rows: report.training.flatMap(trainingRows),
  };
}
