import type { Dataset } from '@opale/domain';
import { resourcesTable } from './resources-table.js';
import type { Table } from './table.js';
import { trainersTable } from './trainer-table.js';
import { waveChangesTable } from './wave-changes-table.js';

/** Exports of records rather than of the committee's figures: lists as they stand, that import back. */
export const RECORD_EXPORTS = ['trainers', 'resources', 'wave-changes'] as const;
export type RecordExport = (typeof RECORD_EXPORTS)[number];

/**
 * The tables of a record export: the volunteer trainers, the support resources (every record with
 * its days), or the plan's dated changes.
 */
export function recordTables(
  records: Pick<Dataset, 'training' | 'resources' | 'waveChanges'>,
  what: RecordExport,
): Table[] {
  switch (what) {
    case 'trainers':
      return [trainersTable(records.training)];
    case 'resources':
      return [resourcesTable(records.resources)];
    case 'wave-changes':
      return [waveChangesTable(records.waveChanges ?? [])];
  }
}
