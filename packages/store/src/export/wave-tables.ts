import type { CommitteeReport } from '@opale/domain';
import { frenchDate, type Table } from './table.js';

/** Planned and attached EPLE of each wave, and its late milestones. */
export function wavesTable(report: CommitteeReport): Table {
  return {
    name: 'Vagues',
    title: `Vagues de déploiement au ${frenchDate(report.asOf)}`,
    header: ['Vague', 'Bascule', 'EPLE prévus', 'EPLE rattachés', 'Écart', 'Jalons en retard'],
    rows: report.waves.map((w) => [
      w.id,
      frenchDate(w.switchDate),
      w.counts.plannedCount,
      w.counts.attachedCount,
      w.counts.difference,
      w.milestones.filter((m) => m.state === 'late').length,
    ]),
  };
}

/** Budgets exécutoires of each wave, with the committee's truncated rate and the EPLE still pending. */
export function budgetsTable(report: CommitteeReport): Table {
  return {
    name: 'Budgets exécutoires',
    title: `Budgets exécutoires au ${frenchDate(report.asOf)}`,
    header: ['Vague', 'Exercice', 'Budgets exécutoires', 'EPLE', 'Taux (%)', 'EPLE en attente'],
    // The rate is the report's, truncated by the domain: recomputing it here could round it.
    rows: report.waves.map((w) => [
      w.id,
      w.budget.exercise,
      w.budget.executoire,
      w.budget.total,
      w.budget.rate.percent,
      w.budget.pending.join(', '),
    ]),
    percentColumns: [4],
  };
}

/** EPLE of each wave in the three bands of kit completion. */
export function kitTable(report: CommitteeReport): Table {
  return {
    name: 'Kit de bascule',
    title: `Avancement du kit de bascule au ${frenchDate(report.asOf)}`,
    header: ['Vague', 'EPLE', 'Actions du kit', '< 10 %', '10 à 30 %', '> 30 %'],
    rows: report.waves.map((w) => [
      w.id,
      w.kit.eple,
      w.kit.actions,
      w.kit.buckets.below10,
      w.kit.buckets.from10To30,
      w.kit.buckets.above30,
    ]),
  };
}
