import type { IsoDate } from './date.js';
import { describe } from './describe.js';
import { EPLE_KINDS, type Eple } from './eple.js';
import { FieldReader, knownUai } from './fields.js';
import { fromErrors, type Result } from './result.js';
import type { Uai } from './uai.js';
import { compareWaves, type Wave, type WaveId } from './wave.js';

// Metropolitan départements (two digits, Corsica 2A/2B) and overseas ones (971 to 976).
const DEPARTEMENT = /^(\d{2}|2A|2B|97\d)$/;

function readWaveId(r: FieldReader, waves: ReadonlyMap<WaveId, Wave>): WaveId {
  const raw = r.value('waveId');
  const waveId = typeof raw === 'string' ? raw.trim() : '';
  if (waves.has(waveId)) return waveId;
  const known = [...waves.values()].sort(compareWaves).map((w) => w.id);
  const expected = known.length > 0 ? `expected one of ${known.join(', ')}` : 'no wave is defined yet';
  if (waveId === '') r.error('waveId', 'required', `expected a wave id, ${expected}`);
  else r.error('waveId', 'unknown_reference', `unknown wave ${waveId}: ${expected}`);
  return waveId;
}

/**
 * Validates one EPLE against the académie's waves: UAI with its check letter (a wrong letter
 * names the expected one), name, kind among {@link EPLE_KINDS}, commune, département code, UAI
 * of its agence comptable, a known wave, and the day it was created in op@le. Both UAI come
 * back in upper case; text fields are trimmed.
 */
export function validateEple(
  input: unknown,
  ctx: { readonly waves: ReadonlyMap<WaveId, Wave> },
  field = 'eple',
): Result<Eple> {
  const r = new FieldReader(input, field);
  if (!r.ok) return { ok: false, errors: r.errors };
  const uai = r.uai('uai');
  const name = r.text('name');
  const kind = r.oneOf('kind', EPLE_KINDS);
  const commune = r.text('commune');
  const rawDepartement = r.value('departement');
  const departement = typeof rawDepartement === 'string' ? rawDepartement.trim().toUpperCase() : '';
  if (!DEPARTEMENT.test(departement)) {
    r.error(
      'departement',
      'invalid_format',
      `expected a département code as text (e.g. "80", "02", "2A", "974"), got ${describe(rawDepartement)}`,
    );
  }
  const agenceUai = r.uai('agenceUai');
  const waveId = readWaveId(r, ctx.waves);
  const createdOn = r.date('createdOn');
  return fromErrors(r.errors, () => ({
    uai,
    name,
    kind,
    commune,
    departement,
    agenceUai,
    waveId,
    createdOn,
  }));
}

/**
 * Reads the EPLE and the day of an event about it (`uai` and `dateKey` of the record): the EPLE
 * must be known, and nothing can happen to it in op@le before it was created there.
 */
export function readEpleEvent(
  r: FieldReader,
  eple: ReadonlyMap<Uai, Eple>,
  dateKey: string,
  what: string,
): { uai: Uai; on: IsoDate } {
  const uai = knownUai(r, eple);
  const on = r.date(dateKey);
  const createdOn = eple.get(uai)?.createdOn;
  if (createdOn !== undefined && on !== '' && on < createdOn) {
    r.error(
      dateKey,
      'rule_violation',
      `${what} before the EPLE exists in op@le: expected ${createdOn} or later, got ${on}`,
    );
  }
  return { uai, on };
}
