import { addDays, type FollowUp, type RestitutionAlert } from '@opale/domain';
import { academieWave } from '../waves.js';
import { strugglingOf } from './struggling.js';

type Wave = 'V7' | 'V8';

// Alerts a struggling EPLE raises in the weeks after its bascule, in order, by days after it.
const ALERTS: readonly (readonly [
  days: number,
  report: string,
  severity: RestitutionAlert['severity'],
  message: string,
])[] = [
  [9, 'Balance générale', 'critical', "Balance d'entrée non équilibrée après la reprise GFC"],
  [16, 'Situation des crédits', 'warning', 'Dépenses engagées sans crédits ouverts'],
  [23, 'Comptes de tiers', 'warning', 'Tiers en double après la reprise GFC'],
];

/** Restitution alerts on the struggling V7 and V8 EPLE, cleared within two months but for one. */
function alertsOf(waveId: Wave): RestitutionAlert[] {
  const bascule = academieWave(waveId).switchDate;
  return strugglingOf(waveId).flatMap((e, i) =>
    ALERTS.slice(0, 1 + (i % ALERTS.length)).map(([days, report, severity, message], j) => {
      const on = addDays(bascule, days + i);
      const stays = i === 0 && j === 0;
      return {
        uai: e.uai,
        on,
        report,
        severity,
        message,
        ...(stays ? {} : { clearedOn: addDays(on, 30 + 7 * j) }),
      };
    }),
  );
}

/** A visio, then a tutoring for the struggling V7 and V8 EPLE, in the weeks after their alerts. */
function followUpsOf(waveId: Wave): FollowUp[] {
  const bascule = academieWave(waveId).switchDate;
  return strugglingOf(waveId).flatMap((e, i) => [
    {
      uai: e.uai,
      on: addDays(bascule, 12 + i),
      kind: 'visio' as const,
      note: "Visio ciblée : reprise de la balance d'entrée avec l'agent comptable",
      by: 'SI2C',
    },
    {
      uai: e.uai,
      on: addDays(bascule, 26 + i),
      kind: 'tutoring' as const,
      note: `Tutorat par une agence de la vague 6 : budget et kit de bascule`,
      by: 'Tuteur V6',
    },
  ]);
}

/** Restitution alerts after 31/03/2024. */
export const laterRestitutions: readonly RestitutionAlert[] = [...alertsOf('V7'), ...alertsOf('V8')];

/** Follow-ups after 31/03/2024. */
export const laterFollowUps: readonly FollowUp[] = [...followUpsOf('V7'), ...followUpsOf('V8')];
