import { type Dataset, toEpochDay } from '@opale/domain';
import { mulberry32 } from '../prng.js';
import { nationalEple } from './eple.js';
import { nationalKitActions, nationalKitEvents } from './kit.js';
import { nationalBudgets, nationalFollowUps, nationalRestitutions, nationalTraining } from './records.js';
import { nationalTickets } from './tickets.js';
import { NATIONAL_WAVE_COUNT, nationalWaves } from './waves.js';

/** What to generate: the same seed and scale always give the same records. */
export interface NationalOptions {
  readonly seed: number;
  /** 1 for about 8,000 EPLE; fractions for smaller sets (0.01 for about 80). */
  readonly scale: number;
}

/**
 * Generates national-scale records: about `8000 × scale` EPLE of the 30 académies with valid UAI
 * and agences comptables that never switch after their EPLE, 12 waves from 01/01/2021 (every
 * January and September), about 40 tickets and 60 kit events per EPLE with their histories,
 * budgets, restitution alerts, follow-ups and training. Deterministic for a seed; made for load
 * and performance tests, not for figures.
 */
export function generateNational(options: NationalOptions): Dataset {
  if (!(options.scale > 0) || !Number.isFinite(options.scale)) {
    throw new Error(`generateNational: expected a scale > 0, got ${options.scale}`);
  }
  // Each kind of record has its own stream, so that changing one does not reshuffle the others.
  const seed = options.seed >>> 0;
  const eple = nationalEple(mulberry32(seed), options.scale);
  const attached = Array.from({ length: NATIONAL_WAVE_COUNT }, () => 0);
  for (const e of eple) {
    const i = Number(e.waveId.slice(1)) - 1;
    attached[i] = (attached[i] ?? 0) + 1;
  }
  const waves = nationalWaves(mulberry32(seed ^ 0x5741), attached);
  const switchDay = new Map(waves.map((w) => [w.id, toEpochDay(w.switchDate)]));
  return {
    academie: { code: '00', name: 'France (données générées)' },
    waves,
    eple,
    budgets: nationalBudgets(mulberry32(seed ^ 0xb0d6), eple, switchDay),
    kit: {
      actions: nationalKitActions,
      events: nationalKitEvents(mulberry32(seed ^ 0x0c17), eple, switchDay),
    },
    tickets: nationalTickets(mulberry32(seed ^ 0x71c4), eple),
    restitutions: nationalRestitutions(mulberry32(seed ^ 0x2e57), eple, switchDay),
    followUps: nationalFollowUps(mulberry32(seed ^ 0xf011), eple, switchDay),
    training: nationalTraining(mulberry32(seed ^ 0x7a1e), waves, eple, options.scale),
    // The support resources are an académie's own: the national records have none.
    resources: [],
  };
}
