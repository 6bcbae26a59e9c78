import type { Dataset } from '@opale/domain';
import { difficultyRulesTable } from './difficulty-settings-table.js';
import { resourcesTable } from './resources-table.js';
import type { Table } from './table.js';
import { trainersTable } from './trainer-table.js';
import { waveChangesTable } from './wave-changes-table.js';

/** Exports of records rather than of the committee's figures: lists as they stand, that import back. */
export const RECORD_EXPORTS = ['trainers', 'resources', 'wave-changes', 'difficulty-rules'] as const;
export type RecordExport = (typeof RECORD_EXPORTS)[number];

/**
 * The tables of a record export: the volunteer trainers, the support resources (every record with
 * its days), the plan's dated changes, or every difficulty rule recorded (those to come included).
 */
export function recordTables(
  records: Pick<Dataset, 'training' | 'resources' | 'waveChanges' | 'difficultySettings'>,
  what: RecordExport,
): Table[] {
  switch (what) {
    case 'trainers':
      return [trainersTable(records.training)];
    case 'resources':
      return [resourcesTable(records.resources)];
    case 'wave-changes':
      return [waveChangesTable(records.waveChanges ?? [])];
    case 'difficulty-rules':
      return [
        difficultyRulesTable(
          records.difficultySettings ?? [],
          'Règles de difficulté enregistrées, celles à venir comprises',
        ),
      ];
  }
}
