import { resourcesAsOf, validateResource } from '@opale/domain';
import { describe, expect, it } from 'vitest';
import { academieDemo, DEMO_AS_OF } from './index.js';

describe("the académie's support resources", () => {
  it('are valid records', () => {
    for (const r of academieDemo.resources) expect(validateResource(r)).toEqual({ ok: true, value: r });
  });

  it('give a school user, on the committee day, what the slides name, by kind', () => {
    const listed = resourcesAsOf(academieDemo.resources, DEMO_AS_OF, 'eple');
    expect(listed.map((r) => [r.kind, r.id])).toEqual([
      ['portal', 'portail-mf2'],
      ['tool', 'kit-de-bascule'],
      ['tool', 'bac-a-sable'],
      ['community', 'tribu-mf2'],
      ['community', 'tribu-hdf'],
      ['chat', 'tchap-hdf'],
      ['tutoring', 'tutorat'],
      ['expert', 'expert-budgetaire'],
    ]);
    const portal = listed.find((r) => r.id === 'portail-mf2');
    expect(portal?.description).toContain('@loa');
    expect(portal?.description).toContain('Abonnez-vous');
    const expert = listed.find((r) => r.kind === 'expert');
    expect([expert?.itopPrefix, expert?.mail]).toEqual(['SI2C', 'si2c-opale@ac-lille.fr']);
  });

  it('list before the expert came and the tutoring began only what existed then', () => {
    const ids = resourcesAsOf(academieDemo.resources, '2023-08-31').map((r) => r.id);
    expect(ids).not.toContain('expert-budgetaire');
    expect(ids).not.toContain('tutorat');
    expect(ids).toContain('tchap-hdf');
  });
});
