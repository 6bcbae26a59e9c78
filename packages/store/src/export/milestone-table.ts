import { type CommitteeReport, MILESTONE_KIND_LABELS } from '@opale/domain';
import { frenchDate, type Table } from './table.js';

const STATES: Record<string, string> = {
  done: 'fait',
  'done-late': 'fait en retard',
  late: 'en retard',
  upcoming: 'à venir',
};

/**
 * Every wave's calendar as of the report's day: each milestone as it stood then, its state and
 * its days late. Its first columns are those of the `milestones` import (the identifier included),
 * so that the file can be corrected and imported again.
 */
export function milestonesTable(report: CommitteeReport): Table {
  return {
    name: 'Calendrier des vagues',
    title: `Calendrier des vagues au ${frenchDate(report.asOf)}`,
    header: ['Vague', 'Type', 'Libellé', 'Échéance', 'Réalisé le', 'Identifiant', 'État', 'Jours de retard'],
    rows: report.waves.flatMap((w) =>
      w.milestones.map((m) => [
        w.id,
        MILESTONE_KIND_LABELS[m.kind],
        m.label,
        frenchDate(m.dueOn),
        m.doneOn === undefined ? null : frenchDate(m.doneOn),
        m.id ?? null,
        STATES[m.state] ?? m.state,
        m.daysLate,
      ]),
    ),
  };
}
