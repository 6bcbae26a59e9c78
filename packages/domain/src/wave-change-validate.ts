import type { IsoDate } from './date.js';
import { describe } from './describe.js';
import { FieldReader } from './fields.js';
import { isOneOf } from './one-of.js';
import { type DomainError, domainError, fromErrors, type Result } from './result.js';
import type { Uai } from './uai.js';
import type { WaveId } from './wave.js';
import { type PlanRecords, type WaveChange, waveChangesInEffect } from './wave-history.js';

/** The kinds of change of the plan: an EPLE moved between waves, a wave's bascule moved. */
export const WAVE_CHANGE_KINDS = ['eple-wave', 'switch-date'] as const;

/** What a change of the plan is checked against: the waves and EPLE known, and today (in Paris). */
export interface WaveChangeContext {
  readonly waves: ReadonlySet<WaveId>;
  readonly eple: ReadonlySet<Uai>;
  /** Absent: no bound on the day decided (a whole records set checked on its own). */
  readonly today?: IsoDate;
}

/**
 * Validates one change of the plan: `kind` one of {@link WAVE_CHANGE_KINDS}; for `eple-wave` an
 * EPLE `uai` of the records and `from`, `to` two different waves; for `switch-date` a `waveId` of
 * the records and `from`, `to` two different days; `on` the day decided, not after `today`;
 * `recordedBy` and `recordedAt` non-empty texts.
 */
export function validateWaveChange(
  input: unknown,
  context: WaveChangeContext,
  field = 'waveChange',
): Result<WaveChange> {
  const r = new FieldReader(input, field);
  if (!r.ok) return { ok: false, errors: r.errors };
  if (!isOneOf(WAVE_CHANGE_KINDS, r.value('kind'))) {
    r.oneOf('kind', WAVE_CHANGE_KINDS);
    return { ok: false, errors: r.errors };
  }
  const kind = r.oneOf('kind', WAVE_CHANGE_KINDS);
  const on = r.date('on');
  if (on !== '' && context.today !== undefined && on > context.today)
    r.error('on', 'out_of_range', `expected a day on or before today (${context.today}), got ${on}`);
  const recordedBy = r.text('recordedBy');
  const recordedAt = r.text('recordedAt');
  const decision = { on, recordedBy, recordedAt };
  if (kind === 'switch-date') {
    const waveId = r.text('waveId');
    if (waveId !== '' && !context.waves.has(waveId))
      r.error('waveId', 'unknown_reference', `expected a wave of the records, got ${describe(waveId)}`);
    const from = r.date('from');
    const to = r.date('to');
    if (from !== '' && from === to) r.error('to', 'inconsistent', `expected a day other than from (${from})`);
    return fromErrors(r.errors, () => ({ kind, waveId, from, to, ...decision }));
  }
  const uai = r.uai('uai');
  if (uai !== '' && !context.eple.has(uai))
    r.error('uai', 'unknown_reference', `no EPLE ${uai} in the records`);
  const wave = (key: 'from' | 'to') => {
    const id = r.text(key).toUpperCase();
    if (id !== '' && !context.waves.has(id))
      r.error(key, 'unknown_reference', `expected a wave of the records, got ${describe(r.value(key))}`);
    return id;
  };
  const from = wave('from');
  const to = wave('to');
  if (from !== '' && from === to) r.error('to', 'inconsistent', `expected a wave other than from (${from})`);
  return fromErrors(r.errors, () => ({ kind, uai, from, to, ...decision }));
}

/**
 * Checks that the changes of each EPLE (each wave), in the order they take effect, follow on from
 * one another and end at the records' plan: each `from` is the previous change's `to`, and the last
 * `to` is the EPLE's wave (the wave's bascule) in the records. Otherwise a past day's plan, read
 * back from the changes, would not be the one held that day. Errors name the change's index.
 */
export function waveChangeChainErrors(records: PlanRecords, field = 'waveChanges'): DomainError[] {
  const changes = records.waveChanges ?? [];
  const index = new Map(changes.map((c, i) => [c, i]));
  const current = new Map<string, string>([
    ...records.eple.map((e) => [`eple:${e.uai}`, e.waveId] as const),
    ...records.waves.map((w) => [`wave:${w.id}`, w.switchDate] as const),
  ]);
  const last = new Map<string, WaveChange>();
  const errors: DomainError[] = [];
  const at = (c: WaveChange) => `${field}[${index.get(c)}]`;
  for (const c of waveChangesInEffect(changes)) {
    const key = c.kind === 'eple-wave' ? `eple:${c.uai}` : `wave:${c.waveId}`;
    const before = last.get(key);
    if (before !== undefined && before.to !== c.from)
      errors.push(
        domainError(
          `${at(c)}.from`,
          'inconsistent',
          `${at(c)}.from: expected ${before.to}, where the change decided on ${before.on} left it, got ${c.from}`,
        ),
      );
    last.set(key, c);
  }
  for (const [key, c] of last) {
    const now = current.get(key);
    if (now !== undefined && now !== c.to)
      errors.push(
        domainError(
          `${at(c)}.to`,
          'inconsistent',
          `${at(c)}.to: expected ${now}, as the records hold it after their last change, got ${c.to}`,
        ),
      );
  }
  return errors;
}
