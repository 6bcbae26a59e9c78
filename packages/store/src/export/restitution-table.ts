import {
  type Dataset,
  type IsoDate,
  listRestitutionAlerts,
  RESTITUTION_SEVERITY_LABELS,
} from '@opale/domain';
import { frenchDate, type Table } from './table.js';

/** The records the restitutions' table reads besides the report. */
export type RestitutionRecords = Pick<Dataset, 'eple' | 'restitutions'>;

/**
 * Every alert of the restitutions op@le raised by `asOf`, the most recent first, as it stood that
 * day: active, or cleared and when (a clearing recorded for a later day is not shown).
 */
export function restitutionsTable(records: RestitutionRecords, asOf: IsoDate): Table {
  const eple = new Map(records.eple.map((e) => [e.uai, e]));
  const alerts = listRestitutionAlerts(records.restitutions, records.eple, asOf);
  const active = alerts.filter((a) => a.active).length;
  return {
    name: 'Restitutions op@le',
    title: `Alertes des restitutions op@le au ${frenchDate(asOf)} (${active} actives sur ${alerts.length})`,
    header: [
      'UAI',
      'Établissement',
      'Vague',
      'Restitution',
      'Gravité',
      'Message',
      'Relevée le',
      'Levée le',
      'État',
    ],
    rows: alerts.map(({ alert, active, clearedOn }) => [
      alert.uai,
      eple.get(alert.uai)?.name ?? null,
      eple.get(alert.uai)?.waveId ?? null,
      alert.report,
      RESTITUTION_SEVERITY_LABELS[alert.severity],
      alert.message,
      frenchDate(alert.on),
      clearedOn === undefined ? null : frenchDate(clearedOn),
      active ? 'Active' : 'Levée',
    ]),
  };
}
