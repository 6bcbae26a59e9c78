import { type WaveChange, waveChangesInEffect } from '@opale/domain';
import { WAVE_CHANGE_COLUMNS } from '../import/wave-changes.js';
import type { Table } from './table.js';

/**
 * The plan's changes in the order they took effect, under the columns `opale import wave-changes`
 * reads (each under its first name), with who recorded each and when.
 */
export function waveChangesTable(changes: readonly WaveChange[]): Table {
  return {
    name: 'Changements de vague',
    title: 'Changements de vague des EPLE et de date de bascule des vagues, datés',
    header: [...Object.values(WAVE_CHANGE_COLUMNS).map((c) => c.names[0]), 'enregistre_par', 'enregistre_le'],
    rows: waveChangesInEffect(changes).map((c) => [
      c.kind === 'eple-wave' ? c.uai : null,
      c.kind === 'switch-date' ? c.waveId : null,
      c.from,
      c.to,
      c.on,
      c.recordedBy,
      c.recordedAt,
    ]),
  };
}
