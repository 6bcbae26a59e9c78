import { describe, expect, it } from 'vitest';
import type { Eple } from './eple.js';
import { makeUai } from './uai.js';
import { wave } from './wave.fixture.js';
import { waveCounts } from './wave-counts.js';

const attached = (waveId: string, n: number): Eple[] =>
  Array.from({ length: n }, (_, i) => ({
    uai: makeUai(`002${String(i).padStart(4, '0')}`),
    name: `Collège ${i}`,
    kind: 'college',
    commune: 'Saint-Quentin',
    departement: '02',
    agenceUai: makeUai(`002${String(i).padStart(4, '0')}`),
    waveId,
    createdOn: '2023-06-01',
  }));

describe('waveCounts', () => {
  it('shows the V5 gap: 5 planned, 6 attached', () => {
    const eple = [...attached('V5', 6), ...attached('V6', 3)];
    expect(waveCounts(wave('V5'), eple)).toEqual({
      plannedCount: 5,
      attachedCount: 6,
      mismatch: true,
      difference: 1,
    });
  });

  it('has no mismatch when the counts agree or no count was planned', () => {
    expect(waveCounts(wave('V3'), attached('V5', 2))).toEqual({
      plannedCount: 0,
      attachedCount: 0,
      mismatch: false,
      difference: 0,
    });
    expect(waveCounts(wave('V9'), attached('V9', 4))).toEqual({
      plannedCount: null,
      attachedCount: 4,
      mismatch: false,
      difference: null,
    });
  });
});
