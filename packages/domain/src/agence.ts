import type { IsoDate } from './date.js';
import type { Eple } from './eple.js';
import type { Uai } from './uai.js';
import type { Wave, WaveId } from './wave.js';

/** An agence comptable: the siège and the other EPLE whose books it keeps. */
export interface AgenceComptable {
  readonly siegeUai: Uai;
  /** The siège's record; `null` when no EPLE of the list has that UAI. */
  readonly siege: Eple | null;
  /** UAI of the other EPLE whose books it keeps, sorted. */
  readonly rattaches: Uai[];
}

/** The agences comptables named by a list of EPLE, sorted by the siège's UAI. */
export function agencesComptables(eple: readonly Eple[]): AgenceComptable[] {
  const byUai = new Map<Uai, Eple>();
  const rattaches = new Map<Uai, Uai[]>();
  for (const e of eple) {
    byUai.set(e.uai, e);
    let list = rattaches.get(e.agenceUai);
    if (!list) {
      list = [];
      rattaches.set(e.agenceUai, list);
    }
    if (e.uai !== e.agenceUai) list.push(e.uai);
  }
  return [...rattaches.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([siegeUai, list]) => ({ siegeUai, siege: byUai.get(siegeUai) ?? null, rattaches: list.sort() }));
}

/** An EPLE that breaks the rule wave(EPLE) ≥ wave(agence comptable). */
export interface AgenceRuleViolation {
  readonly uai: Uai;
  readonly waveId: WaveId;
  readonly agenceUai: Uai;
  /** The agence's wave; `null` when the agence is not among the EPLE. */
  readonly agenceWaveId: WaveId | null;
  readonly kind: 'switches-before-agence' | 'unknown-agence';
  /** For school staff, in French; names both waves. */
  readonly message: string;
}

function frenchDate(date: IsoDate): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

function describe(e: Eple): string {
  return `${e.name} (${e.uai})`;
}

/**
 * The EPLE that would switch to op@le before their agence comptable, compared by bascule date
 * (an EPLE may switch with its agence or after it), and those whose agence is not among the EPLE
 * listed. An EPLE or agence whose wave is not in `waves` cannot be compared and is left to
 * validation. Sorted by UAI.
 */
export function agenceRuleViolations(eple: readonly Eple[], waves: readonly Wave[]): AgenceRuleViolation[] {
  const waveById = new Map(waves.map((w) => [w.id, w]));
  const byUai = new Map(eple.map((e) => [e.uai, e]));
  const violations: AgenceRuleViolation[] = [];
  for (const e of eple) {
    if (e.agenceUai === e.uai) continue;
    const agence = byUai.get(e.agenceUai);
    if (!agence) {
      violations.push({
        uai: e.uai,
        waveId: e.waveId,
        agenceUai: e.agenceUai,
        agenceWaveId: null,
        kind: 'unknown-agence',
        message: `${describe(e)}, en vague ${e.waveId}, est rattaché à l'agence comptable ${e.agenceUai}, absente de la liste des établissements : sa vague est inconnue, la règle ne peut pas être vérifiée.`,
      });
      continue;
    }
    const wave = waveById.get(e.waveId);
    const agenceWave = waveById.get(agence.waveId);
    if (!wave || !agenceWave || wave.switchDate >= agenceWave.switchDate) continue;
    violations.push({
      uai: e.uai,
      waveId: e.waveId,
      agenceUai: e.agenceUai,
      agenceWaveId: agence.waveId,
      kind: 'switches-before-agence',
      message: `${describe(e)} bascule en vague ${wave.id} (${frenchDate(wave.switchDate)}), avant son agence comptable ${describe(agence)}, en vague ${agenceWave.id} (${frenchDate(agenceWave.switchDate)}) : un établissement ne peut pas basculer avant son agence comptable.`,
    });
  }
  return violations.sort((a, b) => (a.uai < b.uai ? -1 : a.uai > b.uai ? 1 : 0));
}
