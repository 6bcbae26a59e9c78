import { describe, expect, it } from 'vitest';
import { fixtureDataset, uai } from './dataset.fixture.js';
import { validateDataset } from './dataset-validate.js';

/** A copy of the fixture with one change applied to its plain JSON form. */
function broken(change: (d: Record<string, any>) => void): unknown {
  const copy = JSON.parse(JSON.stringify(fixtureDataset()));
  change(copy);
  return copy;
}

function fieldsOf(input: unknown): string[] {
  const r = validateDataset(input);
  return r.ok ? [] : r.errors.map((e) => e.field);
}

describe('validateDataset', () => {
  it('accepts the fixture and returns it normalised', () => {
    const r = validateDataset(broken((d) => (d.eple[1].uai = d.eple[1].uai.toLowerCase())));
    // lower-case UAIs are normalised, and references still match
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.eple[1]?.uai).toBe(uai.calm);
  });

  it.each([
    ['not an object', () => 42, 'dataset'],
    [
      'a wrong check letter',
      () =>
        broken(
          (d) => (d.eple[2].uai = `${d.eple[2].uai.slice(0, 7)}${d.eple[2].uai.endsWith('A') ? 'B' : 'A'}`),
        ),
      'eple[2].uai',
    ],
    ['an unknown wave', () => broken((d) => (d.eple[1].waveId = 'V42')), 'eple[1].waveId'],
    [
      'a date that is not a date',
      () => broken((d) => (d.budgets[1].executoireOn = '2024-02-30')),
      'budgets[1].executoireOn',
    ],
    ['a budget of an unknown EPLE', () => broken((d) => (d.budgets[1].uai = '0000000A')), 'budgets[1].uai'],
    [
      'a kit action finalized before the EPLE exists',
      () => broken((d) => (d.kit.events[10].on = '2023-01-01')),
      'kit.events[10].on',
    ],
    [
      'an unknown kit action',
      () => broken((d) => (d.kit.events[10].actionId = 'Z9')),
      'kit.events[10].actionId',
    ],
    ['a ticket of an unknown EPLE', () => broken((d) => (d.tickets[0].uai = '0000000A')), 'tickets[0].uai'],
    ['a duplicate ticket ref', () => broken((d) => (d.tickets[1].ref = 'R-1')), 'tickets[1]'],
    ['a duplicate UAI', () => broken((d) => d.eple.push({ ...d.eple[1] })), 'eple[4]'],
    [
      'a restitution cleared before it was raised',
      () => broken((d) => (d.restitutions[1].clearedOn = '2024-01-01')),
      'restitutions[1].clearedOn',
    ],
    [
      'the same restitution alert twice (EPLE, restitution, day raised)',
      () => broken((d) => d.restitutions.push({ ...d.restitutions[0], message: 'autre' })),
      'restitutions[2]',
    ],
    [
      'a follow-up of an unknown kind',
      () => broken((d) => (d.followUps[0].kind = 'dinner')),
      'followUps[0].kind',
    ],
    ['waves that are not a list', () => broken((d) => (d.waves = 'V1')), 'waves'],
    [
      'a resource reached over http',
      () => broken((d) => (d.resources[0].url = 'http://x.fr')),
      'resources[0].url',
    ],
    ['a duplicate resource id', () => broken((d) => d.resources.push({ ...d.resources[0] })), 'resources[1]'],
  ])('rejects %s, naming the field', (_what, make, field) => {
    const fields = fieldsOf(make());
    expect(fields).toContain(field);
  });

  it('reports every error at once and never throws on odd input', () => {
    for (const odd of [null, undefined, [], 'x', { waves: null, eple: [null, 3, 'x'] }]) {
      const r = validateDataset(odd);
      expect(r.ok).toBe(false);
    }
    const many = broken((d) => {
      d.eple[1].waveId = 'V42';
      d.budgets[1].executoireOn = 'soon';
    });
    expect(fieldsOf(many)).toEqual(expect.arrayContaining(['eple[1].waveId', 'budgets[1].executoireOn']));
  });
});
