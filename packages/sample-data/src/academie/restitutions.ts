import type { Eple, FollowUp, FollowUpKind, IsoDate, RestitutionAlert } from '@opale/domain';
import { v6Ranking } from './v6-ranking.js';

function v6(rank: number): Eple {
  const e = v6Ranking[rank];
  if (!e) throw new Error(`no V6 EPLE at rank ${rank}`);
  return e;
}

type AlertRow = readonly [
  rank: number,
  on: IsoDate,
  report: string,
  severity: RestitutionAlert['severity'],
  message: string,
  clearedOn?: IsoDate,
];

// Mostly on the EPLE lowest in the V6 ranking: the signals agree, as they do in practice.
const ALERTS: readonly AlertRow[] = [
  [0, '2024-01-08', 'Balance générale', 'critical', "Balance d'entrée non équilibrée (écart au compte 515)"],
  [0, '2024-01-15', 'Situation des crédits', 'warning', 'Aucun crédit ouvert : budget 2024 non intégré'],
  [1, '2024-01-09', 'Comptes de tiers', 'warning', 'Soldes créditeurs anormaux sur les comptes de familles'],
  [1, '2024-01-16', 'Balance générale', 'critical', 'Compte de liaison non soldé après la reprise GFC'],
  [2, '2024-01-10', 'Situation des crédits', 'warning', 'Crédits du service ALO consommés à plus de 90 %'],
  [3, '2024-01-05', 'Comptes de tiers', 'warning', 'Fournisseurs en double dans les tiers', '2024-01-17'],
  [4, '2024-01-11', 'Balance générale', 'warning', 'Comptes de classe 4 non repris'],
  [5, '2024-01-12', 'Situation de trésorerie', 'critical', 'Trésorerie négative au compte au Trésor'],
  [6, '2024-01-04', 'Restes à recouvrer', 'warning', 'Restes à recouvrer non repris de GFC', '2024-01-18'],
  [7, '2024-01-17', 'Situation des crédits', 'warning', 'Dépenses engagées sans crédits ouverts'],
  [8, '2024-01-18', 'Comptes de tiers', 'warning', 'Avances de familles non imputées'],
  [
    10,
    '2024-01-03',
    'Balance générale',
    'warning',
    "Écart entre balance de sortie GFC et balance d'entrée",
    '2024-01-10',
  ],
  [13, '2024-01-19', 'Situation de trésorerie', 'warning', 'Relevé bancaire non rapproché depuis le 02/01'],
  [17, '2024-01-09', 'Restes à recouvrer', 'warning', 'Titres de 2023 sans débiteur', '2024-02-06'],
  [24, '2024-01-16', 'Situation des crédits', 'warning', 'Virement de crédits en attente de visa'],
];

/** Alerts of the restitutions op@le on V6 EPLE in January 2024, a few cleared since. */
export const academieRestitutions: readonly RestitutionAlert[] = ALERTS.map(
  ([rank, on, report, severity, message, clearedOn]) => ({
    uai: v6(rank).uai,
    on,
    report,
    severity,
    message,
    ...(clearedOn === undefined ? {} : { clearedOn }),
  }),
);

type FollowUpRow = readonly [rank: number, on: IsoDate, kind: FollowUpKind, note: string, by: string];

const FOLLOW_UPS: readonly FollowUpRow[] = [
  [0, '2024-01-11', 'visio', "Visio ciblée : reprise de la balance d'entrée avec l'agent comptable", 'SI2C'],
  [1, '2024-01-12', 'tutoring', "Mise en relation avec un tuteur d'une agence de la vague 4", 'SI2C'],
  [0, '2024-01-18', 'tutoring', 'Tutorat : saisie du budget 2024 accompagnée', 'Tuteur V4'],
  [2, '2024-01-15', 'call', 'Appel au fondé de pouvoir : ouverture des crédits', 'SI2C'],
  [3, '2024-01-16', 'visio', 'Visio ciblée : habilitations et clés OTP', 'DRASI'],
  [5, '2024-01-17', 'visio', 'Visio ciblée : situation de trésorerie', 'SI2C'],
  [4, '2024-01-19', 'tutoring', "Tutorat : kit de bascule, actions de l'agent comptable", 'Tuteur V2'],
  [7, '2024-01-22', 'call', 'Point téléphonique : engagements sans crédits', 'SI2C'],
];

/** Follow-ups of V6 EPLE in difficulty, from 11/01/2024. */
export const academieFollowUps: readonly FollowUp[] = FOLLOW_UPS.map(([rank, on, kind, note, by]) => ({
  uai: v6(rank).uai,
  on,
  kind,
  note,
  by,
}));
