import { describe } from './describe.js';
import { FieldReader } from './fields.js';
import { type DomainError, domainError, fromErrors, type Result } from './result.js';
import { MILESTONE_KINDS, type Milestone, type Wave } from './wave.js';

// Canonical ids only: `V01` or `V0` would sort and display apart from the wave they mean.
const WAVE_ID = /^V[1-9]\d*$/;

function validateMilestone(input: unknown, field: string, errors: DomainError[]): Milestone | undefined {
  const r = new FieldReader(input, field);
  if (!r.ok) {
    errors.push(...r.errors);
    return undefined;
  }
  const kind = r.oneOf('kind', MILESTONE_KINDS);
  const label = r.text('label');
  const dueOn = r.date('dueOn');
  const doneOn = r.optionalDate('doneOn');
  errors.push(...r.errors);
  if (r.errors.length > 0) return undefined;
  return doneOn === undefined ? { kind, label, dueOn } : { kind, label, dueOn, doneOn };
}

/**
 * Validates one wave: `id` written `V` and its number (`V6`), `number` equal to that number
 * (derived from the id when absent), `switchDate` a calendar day, `plannedCount` a whole number
 * ≥ 0 or null (absent means not given), `milestones` a list (absent means none yet) of known
 * kind, non-empty label and valid dates. Extra fields are dropped.
 */
export function validateWave(input: unknown, field = 'wave'): Result<Wave> {
  const r = new FieldReader(input, field);
  if (!r.ok) return { ok: false, errors: r.errors };
  const rawId = r.value('id');
  const id = typeof rawId === 'string' ? rawId.trim() : '';
  const idNumber = WAVE_ID.test(id) ? Number(id.slice(1)) : undefined;
  if (idNumber === undefined) {
    r.error(
      'id',
      'invalid_format',
      `expected V followed by the wave number (e.g. V6), got ${describe(rawId)}`,
    );
  }
  const number = r.value('number') ?? idNumber;
  if (idNumber !== undefined && number !== idNumber) {
    r.error('number', 'inconsistent', `expected ${idNumber} to match the id ${id}, got ${describe(number)}`);
  }
  const switchDate = r.date('switchDate');
  const plannedCount = (r.value('plannedCount') ?? null) === null ? null : r.integer('plannedCount', 0);
  const rawMilestones = r.value('milestones') ?? [];
  const milestones: Milestone[] = [];
  if (!Array.isArray(rawMilestones)) {
    r.error('milestones', 'invalid_format', 'expected a list of milestones');
  } else {
    rawMilestones.forEach((m, i) => {
      const milestone = validateMilestone(m, r.path(`milestones[${i}]`), r.errors);
      if (milestone) milestones.push(milestone);
    });
  }
  return fromErrors(r.errors, () => ({
    id,
    number: idNumber as number,
    switchDate,
    plannedCount,
    milestones,
  }));
}

/**
 * Validates the académie's calendar: every wave, no id twice, and wave numbers that follow the
 * bascule dates (V4 strictly after V3). The waves come back ordered by number.
 */
export function validateWaves(input: unknown, field = 'waves'): Result<Wave[]> {
  if (!Array.isArray(input)) {
    return {
      ok: false,
      errors: [domainError(field, 'invalid_format', `${field}: expected a list of waves`)],
    };
  }
  const errors: DomainError[] = [];
  const valid: { wave: Wave; index: number }[] = [];
  const firstIndex = new Map<string, number>();
  input.forEach((raw, index) => {
    const r = validateWave(raw, `${field}[${index}]`);
    if (!r.ok) {
      errors.push(...r.errors);
      return;
    }
    const seen = firstIndex.get(r.value.id);
    if (seen !== undefined) {
      const at = `${field}[${index}].id`;
      errors.push(
        domainError(at, 'duplicate', `${at}: wave ${r.value.id} is already defined at ${field}[${seen}]`),
      );
      return;
    }
    firstIndex.set(r.value.id, index);
    valid.push({ wave: r.value, index });
  });
  valid.sort((a, b) => a.wave.number - b.wave.number);
  valid.forEach(({ wave, index }, i) => {
    const prev = valid[i - 1]?.wave;
    if (prev && wave.switchDate <= prev.switchDate) {
      const at = `${field}[${index}].switchDate`;
      errors.push(
        domainError(
          at,
          'inconsistent',
          `${at}: expected ${wave.id} to switch after ${prev.id} (${prev.switchDate}), got ${wave.switchDate}`,
        ),
      );
    }
  });
  return fromErrors(errors, () => valid.map((v) => v.wave));
}
