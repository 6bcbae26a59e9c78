import fc from 'fast-check';
import type { Dataset } from './dataset.js';
import { fromEpochDay, toEpochDay } from './date.js';
import type { Eple } from './eple.js';
import { KIT_ACTORS } from './kit.js';
import { ticketArb } from './ticket.fixture.js';
import { makeUai } from './uai.js';
import { waves } from './wave.fixture.js';

/** A day from the summer before V6 to the summer after V8, as an ISO date. */
export const isoDayArb = fc
  .integer({ min: toEpochDay('2023-06-01'), max: toEpochDay('2025-06-30') })
  .map(fromEpochDay);

const WAVE_IDS = ['V4', 'V5', 'V6', 'V7', 'V8'] as const;
const TRACK_IDS = ['AC', 'SG', 'ORD'] as const;

/**
 * Random académies: EPLE of several waves, a kit of 0 to 8 actions with finalizations and undos,
 * budgets of several years, tickets, restitution alerts and training groups, all on random days.
 * Records point at the académie's own EPLE, waves and tracks, as validated datasets do.
 */
export const datasetArb = fc
  .record({
    waves: fc.array(fc.constantFrom(...WAVE_IDS), { maxLength: 24 }),
    actions: fc.nat(8),
    events: fc.array(fc.record({ e: fc.nat(30), a: fc.nat(8), undo: fc.boolean(), on: isoDayArb }), {
      maxLength: 120,
    }),
    budgets: fc.array(
      fc.record({ e: fc.nat(30), exercise: fc.integer({ min: 2023, max: 2025 }), on: isoDayArb }),
      {
        maxLength: 30,
      },
    ),
    tickets: fc.array(fc.record({ ticket: ticketArb, e: fc.nat(30) }), { maxLength: 30 }),
    alerts: fc.array(fc.record({ e: fc.nat(30), on: isoDayArb }), { maxLength: 10 }),
    groups: fc.array(
      fc.record({
        wave: fc.constantFrom(...WAVE_IDS),
        track: fc.constantFrom(...TRACK_IDS),
        size: fc.integer({ min: 1, max: 25 }),
        trainers: fc.tuple(fc.constantFrom('', 'F1', 'F2', 'F3', 'F4'), fc.constantFrom('', 'F1', 'F5')),
        plannedOn: isoDayArb,
      }),
      { maxLength: 12 },
    ),
    staff: fc.array(
      fc.record({
        wave: fc.constantFrom(...WAVE_IDS),
        track: fc.constantFrom(...TRACK_IDS),
        count: fc.nat(50),
        plannedOn: isoDayArb,
      }),
      { maxLength: 6 },
    ),
  })
  .map((r): Dataset => {
    const eple: Eple[] = r.waves.map((waveId, i) => ({
      uai: makeUai(String(800000 + i).padStart(7, '0')),
      name: `Collège ${i}`,
      kind: 'college',
      commune: 'Amiens',
      departement: '80',
      agenceUai: makeUai('0800000'),
      waveId,
      createdOn: '2023-01-01',
    }));
    // Records of an EPLE index past the list go to no EPLE: they are dropped.
    const uaiOf = (i: number) => eple[i]?.uai;
    const actions = Array.from({ length: r.actions }, (_, i) => ({
      id: `A${i}`,
      actor: KIT_ACTORS[i % KIT_ACTORS.length] as (typeof KIT_ACTORS)[number],
      label: `Action ${i}`,
    }));
    const kept = <T extends { e: number }>(list: readonly T[]) =>
      list.filter((x) => uaiOf(x.e) !== undefined);
    return {
      academie: { code: '20', name: 'Académie tirée au sort' },
      waves,
      eple,
      budgets: kept(r.budgets).map((b) => ({
        uai: uaiOf(b.e) as string,
        exercise: b.exercise,
        executoireOn: b.on,
      })),
      kit: {
        actions,
        events: kept(r.events)
          .filter((x) => x.a < r.actions)
          .map((x) => ({
            uai: uaiOf(x.e) as string,
            actionId: `A${x.a}`,
            kind: x.undo ? 'undone' : 'finalized',
            on: x.on,
          })),
      },
      tickets: r.tickets.map((t, i) => ({ ...t.ticket, ref: `R-${i}`, uai: uaiOf(t.e) })),
      restitutions: kept(r.alerts).map((a) => ({
        uai: uaiOf(a.e) as string,
        on: a.on,
        report: 'Balance générale',
        severity: 'critical',
        message: 'Balance déséquilibrée',
      })),
      followUps: [],
      resources: [],
      training: {
        tracks: TRACK_IDS.map((id) => ({
          id,
          label: id,
          grouped: id !== 'ORD',
          presentialDays: 3,
          remoteHours: 9,
        })),
        trainers: [],
        groups: r.groups.map((g, i) => ({
          id: `G${i}`,
          waveId: g.wave,
          trackId: g.track,
          size: g.size,
          trainerIds: g.trainers,
          plannedOn: g.plannedOn,
        })),
        staff: r.staff.map((s) => ({
          waveId: s.wave,
          trackId: s.track,
          count: s.count,
          plannedOn: s.plannedOn,
        })),
      },
    };
  });
