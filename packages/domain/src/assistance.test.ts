import { describe, expect, it } from 'vitest';
import { ASSISTANCE_SERVICES, assistanceLevelOf } from './assistance.js';
import { ACADEMIE_TEAMS, ESCALATION_TARGETS } from './ticket.js';

describe('assistance services', () => {
  it('lists every team and escalation target once', () => {
    const ids = ASSISTANCE_SERVICES.map((s) => s.id);
    expect(ids).toEqual([...ACADEMIE_TEAMS, ...ESCALATION_TARGETS]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('places each service at its level', () => {
    expect(assistanceLevelOf('SI2C')).toBe('academie');
    expect(assistanceLevelOf('DRASI')).toBe('academie');
    expect(assistanceLevelOf('c2s-montpellier')).toBe('national');
    expect(assistanceLevelOf('daf')).toBe('national');
    expect(assistanceLevelOf('guerande')).toBe('national');
    expect(assistanceLevelOf('integrator')).toBe('integrator');
  });

  it('agrees with its list and labels every service', () => {
    for (const s of ASSISTANCE_SERVICES) {
      expect(assistanceLevelOf(s.id)).toBe(s.level);
      expect(s.label.trim()).not.toBe('');
    }
    expect(ASSISTANCE_SERVICES.find((s) => s.id === 'guerande')?.label).toBe('Plateforme de Guérande');
  });
});
