import { describe, expect, it } from 'vitest';
import { type Resource, resourcesAsOf } from './resource.js';
import { resourceDayErrors } from './resource-days.js';
import { validateResource } from './resource-validate.js';

const expert = {
  id: 'expert-budgetaire',
  title: 'Expert budgétaire et financier',
  kind: 'expert',
  description: 'Un ticket ITOP commençant par SI2C, ou un mail.',
  mail: 'si2c-opale@ac-lille.fr',
  itopPrefix: 'SI2C',
  audience: ['si2c', 'eple'],
  position: 0,
  activeFrom: '2023-09-01',
};

function errorsOf(change: Record<string, unknown>): { field: string; code: string; message: string }[] {
  const r = validateResource({ ...expert, ...change });
  return r.ok ? [] : [...r.errors];
}

describe('validateResource', () => {
  it('accepts a resource, with its audience in the roles’ order', () => {
    const r = validateResource(expert);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.audience).toEqual(['si2c', 'eple']);
    const shuffled = validateResource({ ...expert, audience: ['eple', 'si2c'] });
    expect(shuffled.ok && shuffled.value.audience).toEqual(['si2c', 'eple']);
  });

  it('treats blank optional fields as absent', () => {
    const r = validateResource({ ...expert, url: '', mail: ' ', itopPrefix: '' });
    expect(r.ok).toBe(true);
    if (r.ok)
      expect([r.value.url, r.value.mail, r.value.itopPrefix]).toEqual([undefined, undefined, undefined]);
  });

  it.each([
    ['an http address', { url: 'http://tribu.phm.education.gouv.fr' }, 'resource.url', 'https://'],
    ['an address without host', { url: 'https://' }, 'resource.url', 'https://'],
    ['a mail without domain', { mail: 'si2c-opale@ac-lille' }, 'resource.mail', 'mail address'],
    ['a mail with a space', { mail: 'si2c opale@ac-lille.fr' }, 'resource.mail', 'mail address'],
    ['an unknown ITOP prefix', { itopPrefix: 'DAF' }, 'resource.itopPrefix', 'SI2C, DRASI'],
    ['an unknown kind', { kind: 'forum' }, 'resource.kind', 'expected one of portal'],
    ['an id with capitals', { id: 'Tribu MF2' }, 'resource.id', 'lower-case'],
    ['no title', { title: ' ' }, 'resource.title', 'non-empty'],
    ['a title too long', { title: 'x'.repeat(121) }, 'resource.title', 'at most 120'],
    ['no audience', { audience: [] }, 'resource.audience', 'non-empty list'],
    ['an unknown role', { audience: ['eple', 'teacher'] }, 'resource.audience[1]', 'expected one of admin'],
    ['a role twice', { audience: ['eple', 'eple'] }, 'resource.audience[1]', 'more than once'],
    ['a negative position', { position: -1 }, 'resource.position', 'from 0 to 999'],
    ['a day that is not one', { activeFrom: '2023-02-30' }, 'resource.activeFrom', 'YYYY-MM-DD'],
    ['retired before it starts', { activeUntil: '2023-08-31' }, 'resource.activeUntil', 'on or after'],
  ])('refuses %s, naming the field and what was expected', (_what, change, field, expected) => {
    const errors = errorsOf(change);
    expect(errors.map((e) => e.field)).toEqual([field]);
    expect(errors[0]?.message).toContain(expected);
  });

  it('never throws on odd input', () => {
    for (const odd of [null, 3, 'x', [], { audience: 'eple' }]) expect(validateResource(odd).ok).toBe(false);
  });
});

describe('resourcesAsOf', () => {
  const make = (id: string, over: Partial<Resource>): Resource => ({
    ...(validateResource(expert) as { value: Resource }).value,
    id,
    title: id,
    ...over,
  });
  const list = [
    make('tchap', { kind: 'chat', activeFrom: '2022-09-01', audience: ['si2c', 'eple'] }),
    make('expert', { kind: 'expert', activeFrom: '2023-09-01', audience: ['eple'] }),
    make('portail-b', { kind: 'portal', position: 1, activeFrom: '2021-01-01', audience: ['committee'] }),
    make('portail-a', { kind: 'portal', position: 0, activeFrom: '2021-01-01', audience: ['committee'] }),
    make('old', { kind: 'tool', activeFrom: '2021-01-01', activeUntil: '2024-01-22' }),
  ];

  it('lists by kind, then position, those listed on the day', () => {
    expect(resourcesAsOf(list, '2024-01-21').map((r) => r.id)).toEqual([
      'portail-a',
      'portail-b',
      'old',
      'tchap',
      'expert',
    ]);
    // Retired on the 22nd: no longer listed that day; the expert came on 01/09/2023.
    expect(resourcesAsOf(list, '2024-01-22').map((r) => r.id)).not.toContain('old');
    expect(resourcesAsOf(list, '2023-08-31').map((r) => r.id)).toEqual([
      'portail-a',
      'portail-b',
      'old',
      'tchap',
    ]);
  });

  it('keeps a past day’s list when a later record arrives', () => {
    const before = resourcesAsOf(list, '2023-06-01');
    const later = [...list, make('tutorat', { kind: 'tutoring', activeFrom: '2023-12-18' })];
    expect(resourcesAsOf(later, '2023-06-01')).toEqual(before);
  });

  it('keeps for a role the resources that serve it', () => {
    expect(resourcesAsOf(list, '2024-01-23', 'eple').map((r) => r.id)).toEqual(['tchap', 'expert']);
    expect(resourcesAsOf(list, '2024-01-23', 'drasi')).toEqual([]);
  });
});

describe('resourceDayErrors', () => {
  const base = (validateResource(expert) as { value: Resource }).value;
  const today = '2024-01-22';
  const fields = (before: Resource | undefined, after: Partial<Resource>) =>
    resourceDayErrors(before, { ...base, ...after }, today).map((e) => e.field);

  it('lets a new resource start today or later, not before', () => {
    expect(fields(undefined, { activeFrom: today })).toEqual([]);
    expect(fields(undefined, { activeFrom: '2024-01-21' })).toEqual(['resource.activeFrom']);
  });

  it('keeps the start and the retirement of past days, and lets the rest be corrected', () => {
    expect(fields(base, { title: 'Expert', mail: undefined })).toEqual([]);
    expect(fields(base, { activeFrom: '2024-02-01' })).toEqual(['resource.activeFrom']);
    expect(fields({ ...base, activeFrom: '2024-02-01' }, { activeFrom: '2024-03-01' })).toEqual([]);
    expect(fields(base, { activeUntil: today })).toEqual([]);
    expect(fields(base, { activeUntil: '2024-01-21' })).toEqual(['resource.activeUntil']);
    // Un-retiring one retired on a past day would list it again on days already past.
    expect(fields({ ...base, activeUntil: '2024-01-10' }, {})).toEqual(['resource.activeUntil']);
    expect(fields({ ...base, activeUntil: '2024-06-01' }, { activeUntil: '2024-03-01' })).toEqual([]);
  });
});
