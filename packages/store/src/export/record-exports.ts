import type { Dataset } from '@opale/domain';
import { resourcesTable } from './resources-table.js';
import type { Table } from './table.js';
import { trainersTable } from './trainer-table.js';

/** Exports of records rather than of the committee's figures: lists as they stand, that import back. */
export const RECORD_EXPORTS = ['trainers', 'resources'] as const;
export type RecordExport = (typeof RECORD_EXPORTS)[number];

/** The tables of a record export: the volunteer trainers, or the support resources (every record with its days). */
export function recordTables(records: Pick<Dataset, 'training' | 'resources'>, what: RecordExport): Table[] {
  switch (what) {
    case 'trainers':
      return [trainersTable(records.training)];
    case 'resources':
      return [resourcesTable(records.resources)];
  }
}
