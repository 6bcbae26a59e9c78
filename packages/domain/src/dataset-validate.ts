import { validateBudgetExecutoire } from './budget.js';
import type { Dataset } from './dataset.js';
import { validateDifficultySetting } from './difficulty-settings.js';
import { validateEple } from './eple-validate.js';
import { FieldReader } from './fields.js';
import { validateFollowUp } from './follow-up.js';
import { validateKitAction, validateKitEvent } from './kit.js';
import { validateResource } from './resource-validate.js';
import { restitutionAlertId, validateRestitutionAlert } from './restitution.js';
import { type DomainError, domainError, fromErrors, type Result } from './result.js';
import { validateTicket } from './ticket-validate.js';
import { validateStaffCount, validateTrainingTrack } from './training-plan.js';
import { validateTrainer, validateTrainingGroup } from './training-validate.js';
import { validateWaveChange, waveChangeChainErrors } from './wave-change-validate.js';
import { validateWaves } from './wave-validate.js';

/** Validates every item of a list with `check`, naming each item by its index (`eple[3]`). */
function each<T>(
  input: unknown,
  field: string,
  errors: DomainError[],
  check: (item: unknown, itemField: string) => Result<T>,
): T[] {
  if (input === undefined) return [];
  if (!Array.isArray(input)) {
    errors.push(domainError(field, 'invalid_format', `${field}: expected a list`));
    return [];
  }
  const values: T[] = [];
  input.forEach((item, i) => {
    const result = check(item, `${field}[${i}]`);
    if (result.ok) values.push(result.value);
    else errors.push(...result.errors);
  });
  return values;
}

/** Reports the second and later records that repeat a key. */
function duplicates<T>(
  values: readonly T[],
  key: (v: T) => string,
  field: string,
  what: string,
): DomainError[] {
  const seen = new Set<string>();
  const errors: DomainError[] = [];
  values.forEach((v, i) => {
    const k = key(v);
    if (seen.has(k))
      errors.push(
        domainError(`${field}[${i}]`, 'duplicate', `${field}[${i}]: ${what} ${k} appears more than once`),
      );
    seen.add(k);
  });
  return errors;
}

/**
 * Checks a whole set of records and every reference between them (waves, EPLE, agences, kit
 * actions, trainers, tracks, resources) and that the plan's changes end at the records' plan, returning every error found with the path of its field, or the
 * normalised dataset. Nothing is partly accepted: one error rejects the set.
 */
export function validateDataset(input: unknown): Result<Dataset> {
  const root = new FieldReader(input, 'dataset');
  if (!root.ok) return { ok: false, errors: root.errors };
  const errors: DomainError[] = [];
  const academieReader = new FieldReader(root.value('academie'), 'academie');
  const academie = { code: academieReader.text('code'), name: academieReader.text('name') };
  errors.push(...academieReader.errors);

  const wavesResult = validateWaves(root.value('waves'), 'waves');
  if (!wavesResult.ok) errors.push(...wavesResult.errors);
  const waves = wavesResult.ok ? wavesResult.value : [];
  const waveMap = new Map(waves.map((w) => [w.id, w]));

  const eple = each(root.value('eple'), 'eple', errors, (e, f) => validateEple(e, { waves: waveMap }, f));
  errors.push(...duplicates(eple, (e) => e.uai, 'eple', 'UAI'));
  const epleMap = new Map(eple.map((e) => [e.uai, e]));
  const epleSet = new Set(epleMap.keys());

  const kit = new FieldReader(root.value('kit'), 'kit');
  errors.push(...kit.errors);
  const actions = each(kit.value('actions'), 'kit.actions', errors, (a, f) => validateKitAction(a, f));
  errors.push(...duplicates(actions, (a) => a.id, 'kit.actions', 'action'));
  const actionMap = new Map(actions.map((a) => [a.id, a]));

  const tickets = each(root.value('tickets'), 'tickets', errors, (t, f) => {
    const result = validateTicket(t, f);
    if (result.ok && result.value.uai !== undefined && !epleSet.has(result.value.uai)) {
      return {
        ok: false,
        errors: [domainError(`${f}.uai`, 'unknown_reference', `${f}.uai: unknown EPLE ${result.value.uai}`)],
      };
    }
    return result;
  });
  errors.push(...duplicates(tickets, (t) => t.ref, 'tickets', 'ticket'));

  const restitutions = each(root.value('restitutions'), 'restitutions', errors, (r, f) =>
    validateRestitutionAlert(r, { eple: epleSet }, f),
  );
  errors.push(...duplicates(restitutions, restitutionAlertId, 'restitutions', 'alert'));

  const training = new FieldReader(root.value('training') ?? {}, 'training');
  errors.push(...training.errors);
  const tracks = each(training.value('tracks'), 'training.tracks', errors, (t, f) =>
    validateTrainingTrack(t, f),
  );
  const trackMap = new Map(tracks.map((t) => [t.id, t]));
  const trainers = each(training.value('trainers'), 'training.trainers', errors, (t, f) =>
    validateTrainer(t, { tracks: trackMap, waves: waveMap }, f),
  );
  const trainerMap = new Map(trainers.map((t) => [t.id, t]));
  const groupCtx = { waves: waveMap, tracks: trackMap, trainers: trainerMap };
  const resources = each(root.value('resources'), 'resources', errors, (x, f) => validateResource(x, f));
  errors.push(...duplicates(resources, (x) => x.id, 'resources', 'resource'));

  const waveChanges = each(root.value('waveChanges'), 'waveChanges', errors, (x, f) =>
    validateWaveChange(x, { waves: new Set(waveMap.keys()), eple: epleSet }, f),
  );
  errors.push(...waveChangeChainErrors({ eple, waves, waveChanges }));

  const dataset: Dataset = {
    academie,
    waves,
    eple,
    budgets: each(root.value('budgets'), 'budgets', errors, (b, f) =>
      validateBudgetExecutoire(b, { eple: epleMap }, f),
    ),
    kit: {
      actions,
      events: each(kit.value('events'), 'kit.events', errors, (e, f) =>
        validateKitEvent(e, { eple: epleMap, actions: actionMap }, f),
      ),
    },
    tickets,
    restitutions,
    followUps: each(root.value('followUps'), 'followUps', errors, (x, f) =>
      validateFollowUp(x, { eple: epleSet }, f),
    ),
    difficultySettings: each(root.value('difficultySettings'), 'difficultySettings', errors, (x, f) =>
      validateDifficultySetting(x, f),
    ),
    training: {
      tracks,
      trainers,
      groups: each(training.value('groups'), 'training.groups', errors, (g, f) =>
        validateTrainingGroup(g, groupCtx, f),
      ),
      staff: each(training.value('staff'), 'training.staff', errors, (s, f) =>
        validateStaffCount(s, { waves: waveMap, tracks: trackMap }, f),
      ),
    },
    resources,
    ...(waveChanges.length > 0 ? { waveChanges } : {}),
  };
  return fromErrors(errors, () => dataset);
}
