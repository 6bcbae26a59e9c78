import { type CommitteeReport, type Dataset, listEples, planAsOf } from '@opale/domain';
import { type Cell, frenchDate, type Table } from './table.js';

/**
 * Each EPLE of the report's waves (as the plan held them on its day), by name, beside its agence
 * comptable: its siège, or itself when it is the siège. The slide of the previous wave.
 */
export function agencesTable(report: CommitteeReport, records: Dataset): Table {
  const eple = planAsOf(records, report.asOf).eple;
  const byUai = new Map(eple.map((e) => [e.uai, e]));
  return {
    name: 'Agences comptables',
    title: `Établissements des vagues et leur agence comptable au ${frenchDate(report.asOf)}`,
    header: [
      'Vague',
      'UAI',
      'Établissement',
      'Commune',
      'Agence comptable (UAI du siège)',
      'Siège de l’agence',
    ],
    rows: report.waves.flatMap((w) =>
      listEples(eple, { filter: { waveId: w.id }, order: 'name' }).map((e): Cell[] => {
        const siege = byUai.get(e.agenceUai);
        return [
          w.id,
          e.uai,
          e.name,
          e.commune,
          e.agenceUai,
          e.agenceUai === e.uai ? 'lui-même' : siege ? `${siege.name} – ${siege.commune}` : null,
        ];
      }),
    ),
  };
}
