import type { IsoDate } from './date.js';
import type { Uai } from './uai.js';
import type { WaveId } from './wave.js';

/** The kinds of establishment (EPLE) that switch to op@le. */
export const EPLE_KINDS = ['college', 'lgt', 'lpo', 'lp', 'erea', 'other'] as const;
export type EpleKind = (typeof EPLE_KINDS)[number];

/** A public secondary school: the unit that switches to op@le. */
export interface Eple {
  readonly uai: Uai;
  readonly name: string;
  readonly kind: EpleKind;
  readonly commune: string;
  /** Département code, e.g. `80`, `02`, `2A`, `971`. */
  readonly departement: string;
  /** UAI of the siège of its agence comptable; its own UAI when it is the siège. */
  readonly agenceUai: Uai;
  readonly waveId: WaveId;
  /** Day the ministry created the EPLE in op@le; nothing can happen in op@le before it. */
  readonly createdOn: IsoDate;
}
