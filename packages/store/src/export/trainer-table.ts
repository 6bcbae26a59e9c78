import type { Dataset } from '@opale/domain';
import { TRAINER_COLUMNS } from '../import/trainers.js';
import type { Table } from './table.js';

/**
 * The volunteer trainers, one a row, with the columns of the trainers import (identifiant, nom,
 * vague d'origine, parcours, indisponibilités): the file imports back and changes nothing.
 */
export function trainersTable(training: Dataset['training']): Table {
  const c = TRAINER_COLUMNS;
  return {
    name: 'Formateurs',
    title: 'Formateurs volontaires : parcours animés et vagues d’indisponibilité',
    header: [c.id, c.name, c.fromWave, c.tracks, c.unavailable].map((col) => {
      const first = col.names[0];
      return first.charAt(0).toUpperCase() + first.slice(1);
    }),
    rows: training.trainers.map((t) => [
      t.id,
      t.name,
      t.fromWave,
      t.trackIds.join(', '),
      t.unavailableWaves.join(', '),
    ]),
  };
}
