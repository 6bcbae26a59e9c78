import { type CommitteeReport, type Dataset, requalifiedShares } from '@opale/domain';
import { frenchDate, type Table } from './table.js';

/**
 * The share of requalified tickets of each team as of the report's day: of the ITOP requests of
 * the committee's table first given to the team, those requalified at least once.
 */
export function requalifiedTable(report: CommitteeReport, records: Pick<Dataset, 'tickets'>): Table {
  const t = report.tickets;
  const shares = requalifiedShares(records.tickets, { from: t.from, asOf: report.asOf, channel: t.channel });
  return {
    name: 'Tickets requalifiés',
    title: `Tickets requalifiés au ${frenchDate(report.asOf)}, par équipe qui les a reçus à l’ouverture (demandes ITOP depuis le ${frenchDate(t.from)})`,
    header: ['Équipe', 'Tickets reçus', 'Requalifiés', 'Part requalifiée (%)'],
    rows: shares.teams.map((s) => [s.team, s.rate.denominator, s.rate.numerator, s.rate.percent]),
    percentColumns: [3],
  };
}
