import { parseUai, validateDataset } from '@opale/domain';
import { describe, expect, it } from 'vitest';
import { generateNational } from './index.js';

describe('generateNational', () => {
  it('gives the same records for the same seed, and others for another seed', () => {
    const a = generateNational({ seed: 42, scale: 0.01 });
    const b = generateNational({ seed: 42, scale: 0.01 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const c = generateNational({ seed: 43, scale: 0.01 });
    expect(JSON.stringify(c)).not.toBe(JSON.stringify(a));
  });

  describe('at scale 0.05', () => {
    const data = generateNational({ seed: 7, scale: 0.05 });
    const byUai = new Map(data.eple.map((e) => [e.uai, e]));
    const switchOf = new Map(data.waves.map((w) => [w.id, w.switchDate]));

    it('holds about 400 EPLE, 40 tickets and 60 kit events each, 12 waves', () => {
      expect(data.academie.code).toBe('00');
      expect(data.eple).toHaveLength(400);
      expect(data.waves.map((w) => w.id)).toEqual(Array.from({ length: 12 }, (_, i) => `V${i + 1}`));
      expect(data.waves[0]?.switchDate).toBe('2021-01-01');
      expect(data.waves[11]?.switchDate).toBe('2026-09-01');
      expect(data.tickets.length / data.eple.length).toBeGreaterThan(35);
      expect(data.tickets.length / data.eple.length).toBeLessThan(45);
      expect(data.kit.actions).toHaveLength(60);
      expect(data.kit.events.length / data.eple.length).toBeGreaterThan(50);
      expect(data.kit.events.some((e) => e.kind === 'undone')).toBe(true);
      expect(data.budgets.length).toBeGreaterThan(350);
      expect(data.training.groups.length).toBeGreaterThan(0);
    });

    it('passes the domain validation', () => {
      const result = validateDataset(data);
      expect(result.ok ? [] : result.errors.slice(0, 5)).toEqual([]);
    });

    it('spreads the EPLE over the 30 académies by département', () => {
      expect(new Set(data.eple.map((e) => e.departement)).size).toBeGreaterThan(90);
    });

    it('has valid and unique UAI, unique ticket references, and no agence switching after its EPLE', () => {
      for (const e of data.eple) expect(parseUai(e.uai)).toEqual({ ok: true, value: e.uai });
      expect(byUai.size).toBe(data.eple.length);
      expect(new Set(data.tickets.map((t) => t.ref)).size).toBe(data.tickets.length);
      for (const e of data.eple) {
        const agence = byUai.get(e.agenceUai);
        expect(agence).toBeDefined();
        expect((switchOf.get(agence?.waveId ?? '') ?? '') <= (switchOf.get(e.waveId) ?? '')).toBe(true);
      }
    });
  });

  // Its speed is measured by the benchmark, not asserted here: a test never fails on a machine's speed.
  it('generates the national scale: 8,000 EPLE, 40 tickets and 60 kit events each', () => {
    const data = generateNational({ seed: 1, scale: 1 });
    expect(data.eple).toHaveLength(8000);
    expect(data.tickets.length).toBeGreaterThan(300_000);
    expect(data.kit.events.length).toBeGreaterThan(400_000);
  }, 120_000);
});
