import { describe, expect, it } from 'vitest';
import type { Eple } from './eple.js';
import { KIT_ACTOR_LABELS, KIT_ACTORS, type KitAction, validateKitAction, validateKitEvent } from './kit.js';
import { makeUai } from './uai.js';

const known: Eple = {
  uai: makeUai('0801234'),
  name: 'Collège des Tilleuls',
  kind: 'college',
  commune: 'Amiens',
  departement: '80',
  agenceUai: makeUai('0801234'),
  waveId: 'V6',
  createdOn: '2023-10-06',
};
const action: KitAction = {
  id: 'ce-habilitations',
  actor: 'chef-etablissement',
  label: 'Valider les habilitations',
};
const ctx = { eple: new Map([[known.uai, known]]), actions: new Map([[action.id, action]]) };

describe('kit actors', () => {
  it('lists the four actors with their French labels', () => {
    expect(KIT_ACTORS).toEqual(['chef-etablissement', 'agent-comptable', 'fonde-de-pouvoir', 'adsi']);
    expect(KIT_ACTORS.map((a) => KIT_ACTOR_LABELS[a])).toEqual([
      "Chef d'établissement",
      'Agent comptable',
      'Fondé de pouvoir',
      'ADSI',
    ]);
  });
});

describe('validateKitAction', () => {
  function errorsOf(input: unknown, field?: string) {
    const result = validateKitAction(input, field);
    return result.ok ? [] : result.errors;
  }

  it('accepts an action and trims its text', () => {
    expect(validateKitAction(action)).toEqual({ ok: true, value: action });
    expect(validateKitAction({ ...action, id: ` ${action.id} `, label: `${action.label}\n` })).toEqual({
      ok: true,
      value: action,
    });
  });

  it.each([null, undefined, 3, 'action', []])('rejects %j as not a record', (input) => {
    expect(errorsOf(input)).toEqual([expect.objectContaining({ field: 'action', code: 'invalid_format' })]);
  });

  it('rejects a missing id or label', () => {
    expect(errorsOf({ ...action, id: '  ' })).toEqual([
      expect.objectContaining({ field: 'action.id', code: 'required' }),
    ]);
    expect(errorsOf({ ...action, label: 12 })).toEqual([
      expect.objectContaining({ field: 'action.label', code: 'required' }),
    ]);
  });

  it('rejects an unknown or missing actor, listing the expected ones', () => {
    const [unknown] = errorsOf({ ...action, actor: 'gestionnaire' });
    expect(unknown).toMatchObject({ field: 'action.actor', code: 'invalid_format' });
    expect(unknown?.message).toContain('chef-etablissement, agent-comptable, fonde-de-pouvoir, adsi');
    expect(errorsOf({ ...action, actor: undefined })).toEqual([
      expect.objectContaining({ field: 'action.actor', code: 'required' }),
    ]);
  });

  it('reports every problem under the given field', () => {
    expect(errorsOf({}, 'kit.actions[2]').map((e) => e.field)).toEqual([
      'kit.actions[2].id',
      'kit.actions[2].actor',
      'kit.actions[2].label',
    ]);
  });
});

describe('validateKitEvent', () => {
  const valid = { uai: known.uai, actionId: action.id, kind: 'finalized', on: '2023-11-15' };

  function errorsOf(input: unknown, field?: string) {
    const result = validateKitEvent(input, ctx, field);
    return result.ok ? [] : result.errors;
  }

  it('accepts a finalization or an undo of a known action', () => {
    expect(validateKitEvent(valid, ctx)).toEqual({ ok: true, value: valid });
    expect(validateKitEvent({ ...valid, kind: 'undone' }, ctx).ok).toBe(true);
  });

  it('accepts an event on the very day the EPLE was created', () => {
    expect(validateKitEvent({ ...valid, on: known.createdOn }, ctx).ok).toBe(true);
  });

  it.each([null, undefined, 7, 'event', [valid]])('rejects %j as not a record', (input) => {
    expect(errorsOf(input)).toEqual([expect.objectContaining({ field: 'event', code: 'invalid_format' })]);
  });

  it('rejects an invalid UAI', () => {
    expect(errorsOf({ ...valid, uai: 'ABC' })).toEqual([
      expect.objectContaining({ field: 'event.uai', code: 'invalid_format' }),
    ]);
  });

  it('rejects an unknown EPLE', () => {
    const other = makeUai('0809999');
    const [error] = errorsOf({ ...valid, uai: other });
    expect(error).toMatchObject({ field: 'event.uai', code: 'unknown_reference' });
    expect(error?.message).toContain(other);
  });

  it('rejects an unknown or missing action', () => {
    const [error] = errorsOf({ ...valid, actionId: 'ac-inconnue' });
    expect(error).toMatchObject({ field: 'event.actionId', code: 'unknown_reference' });
    expect(error?.message).toContain('"ac-inconnue"');
    expect(errorsOf({ ...valid, actionId: undefined })).toEqual([
      expect.objectContaining({ field: 'event.actionId', code: 'required' }),
    ]);
  });

  it.each([
    ['done', 'invalid_format'],
    ['FINALIZED', 'invalid_format'],
    [undefined, 'required'],
    [1, 'invalid_format'],
  ])('rejects the kind %j', (kind, code) => {
    const [error] = errorsOf({ ...valid, kind });
    expect(error).toMatchObject({ field: 'event.kind', code });
    expect(error?.message).toContain('finalized, undone');
  });

  it.each(['15/11/2023', '2023-11-31', 20231115, null])('rejects the day %j', (on) => {
    expect(errorsOf({ ...valid, on })).toEqual([
      expect.objectContaining({ field: 'event.on', code: 'invalid_date' }),
    ]);
  });

  it('rejects a kit action finalized before the EPLE exists, naming its creation day', () => {
    const [error] = errorsOf({ ...valid, on: '2023-10-05' });
    expect(error).toMatchObject({ field: 'event.on', code: 'rule_violation' });
    expect(error?.message).toContain('event.on');
    expect(error?.message).toContain('2023-10-06');
  });

  it('does not compare to a creation day when the EPLE is unknown', () => {
    const errors = errorsOf({ ...valid, uai: makeUai('0809999'), on: '2000-01-01' });
    expect(errors.map((e) => e.code)).toEqual(['unknown_reference']);
  });

  it('reports every problem at once, under the given field', () => {
    const errors = errorsOf({ uai: 1, actionId: '', kind: 'x', on: 'y' }, 'kit.events[9]');
    expect(errors.map((e) => e.field).sort()).toEqual([
      'kit.events[9].actionId',
      'kit.events[9].kind',
      'kit.events[9].on',
      'kit.events[9].uai',
    ]);
  });
});
