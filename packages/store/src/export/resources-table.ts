import type { Resource } from '@opale/domain';
import { RESOURCE_COLUMNS } from '../import/resources.js';
import type { Table } from './table.js';

/**
 * The support resources as a table whose columns are those `opale import resources` reads (each
 * under its first name), every record with its days, retired ones included: the file imports
 * back to the same records.
 */
export function resourcesTable(resources: readonly Resource[]): Table {
  return {
    name: 'Ressources',
    title: 'Ressources d’accompagnement, avec leurs dates',
    header: Object.values(RESOURCE_COLUMNS).map((c) => c.names[0]),
    rows: [...resources]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((x) => [
        x.id,
        x.title,
        x.kind,
        x.description,
        x.url ?? null,
        x.mail ?? null,
        x.itopPrefix ?? null,
        x.audience.join(','),
        x.position,
        x.activeFrom,
        x.activeUntil ?? null,
      ]),
  };
}
