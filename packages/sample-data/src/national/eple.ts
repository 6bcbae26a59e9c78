import { type Eple, type EpleKind, makeUai, toEpochDay } from '@opale/domain';
import { chance, pick, type Random, randomInt } from '../prng.js';
import { ACADEMIES, departementWeight, uaiPrefix } from './academies.js';
import { isoDay } from './days.js';
import { CREATED_BEFORE_SWITCH, NATIONAL_WAVE_COUNT, nationalSwitchDate, WAVE_WEIGHTS } from './waves.js';

/** EPLE of the generated data at scale 1. */
export const EPLE_AT_SCALE_1 = 8000;

const KIND_LABEL: Record<EpleKind, string> = {
  college: 'Collège',
  lgt: 'Lycée',
  lpo: 'Lycée polyvalent',
  lp: 'Lycée professionnel',
  erea: 'EREA',
  other: 'Établissement',
};
const SIEGE_KINDS: readonly EpleKind[] = ['lgt', 'lpo', 'lpo', 'lp'];
const RATTACHE_KINDS: readonly EpleKind[] = [...Array<EpleKind>(8).fill('college'), 'lp', 'erea'];
const THEMES: readonly string[] = [
  'des Tilleuls',
  'des Marronniers',
  'du Parc',
  'de la Source',
  'du Moulin',
  'des Vergers',
  'de la Forêt',
  'des Sablons',
  'du Plateau',
  'de la Rivière',
  'des Prés',
  'du Val',
  'des Érables',
  'des Cèdres',
  'de la Plaine',
  'des Fontaines',
];
// An EPLE keeps its own books about one time in six: the siège of an agence comptable.
const SIEGE_SHARE = 1 / 6;
// Multiplier coprime with 10 000: i ↦ (offset + i × STRIDE) mod 10 000 never repeats a UAI.
const STRIDE = 7919;

/** Splits `total` by `weights` with the largest remainders, so that the parts sum to `total`. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((x, i) => ({ i, r: x - Math.floor(x) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    parts[i] = (parts[i] as number) + 1;
    left -= 1;
  }
  return parts;
}

function drawWave(random: Random, cumulative: readonly number[], total: number): number {
  const x = random() * total;
  let i = 0;
  while (i < cumulative.length - 1 && x >= (cumulative[i] as number)) i += 1;
  return i + 1;
}

/**
 * The EPLE of every département, each département's EPLE taken in wave order so that a siège is
 * always in the same wave or an earlier one than the EPLE whose books it keeps.
 */
export function nationalEple(random: Random, scale: number): Eple[] {
  const departements = ACADEMIES.flatMap((a) => a.departements);
  const counts = apportion(
    Math.max(1, Math.round(EPLE_AT_SCALE_1 * scale)),
    departements.map(departementWeight),
  );
  const cumulative: number[] = [];
  WAVE_WEIGHTS.reduce((acc, w) => {
    cumulative.push(acc + w);
    return acc + w;
  }, 0);
  const totalWeight = cumulative[cumulative.length - 1] as number;
  const eple: Eple[] = [];
  departements.forEach((departement, d) => {
    const n = counts[d] as number;
    const prefix = uaiPrefix(departement);
    const offset = randomInt(random, 0, 9999);
    const waves = Array.from({ length: n }, () => drawWave(random, cumulative, totalWeight)).sort(
      (a, b) => a - b,
    );
    const sieges: string[] = [];
    waves.forEach((wave, i) => {
      const uai = makeUai(`${prefix}${String((offset + i * STRIDE) % 10_000).padStart(4, '0')}`);
      const siege = sieges.length === 0 || chance(random, SIEGE_SHARE);
      if (siege) sieges.push(uai);
      const kind = pick(random, siege ? SIEGE_KINDS : RATTACHE_KINDS);
      const switchDay = toEpochDay(nationalSwitchDate(Math.min(wave, NATIONAL_WAVE_COUNT)));
      eple.push({
        uai,
        name: `${KIND_LABEL[kind]} ${pick(random, THEMES)}`,
        kind,
        commune: `Commune ${departement}-${String(1 + (i % 97)).padStart(3, '0')}`,
        departement,
        agenceUai: siege ? uai : pick(random, sieges),
        waveId: `V${wave}`,
        createdOn: isoDay(switchDay - CREATED_BEFORE_SWITCH),
      });
    });
  });
  return eple;
}
