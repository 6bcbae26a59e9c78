import { type Eple, type EpleKind, makeUai } from '@opale/domain';
import { academieWave, createdOnOf } from './waves.js';

/**
 * One EPLE as the demo tables write it: the 7 digits of its UAI (the check letter is computed),
 * kind, name, commune and the 7 digits of its agence comptable's UAI (its own for a siège).
 */
export type EpleRow = readonly [
  digits: string,
  kind: EpleKind,
  name: string,
  commune: string,
  agence: string,
];

// The invented UAI of the demo start with the département: 002 Aisne, 060 Oise, 080 Somme.
function departementOf(digits: string): string {
  return digits.slice(1, 3);
}

/** The EPLE of a wave from its table rows, created in op@le on the wave's creation milestone. */
export function epleOfWave(waveId: string, rows: readonly EpleRow[]): Eple[] {
  const createdOn = createdOnOf(academieWave(waveId));
  return rows.map(([digits, kind, name, commune, agence]) => ({
    uai: makeUai(digits),
    name,
    kind,
    commune,
    departement: departementOf(digits),
    agenceUai: makeUai(agence),
    waveId,
    createdOn,
  }));
}
