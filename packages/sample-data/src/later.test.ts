import { canLeadGroup, daysBetween, ticketStateAt, trainingSummary } from '@opale/domain';
import { describe, expect, it } from 'vitest';
import { laterBudgets } from './academie/later/budgets.js';
import { laterFollowUps, laterRestitutions } from './academie/later/follow-ups.js';
import { laterKitEvents } from './academie/later/kit-events.js';
import { LATER_FROM, LATER_TO } from './academie/later/period.js';
import { strugglingOf } from './academie/later/struggling.js';
import { laterTickets } from './academie/later/tickets.js';
import { laterGroups, laterStaff } from './academie/later/training.js';
import { academieTickets } from './academie/tickets.js';
import { reportAt, wave } from './demo-report.fixture.js';
import { academieDemo, demoTicketOpenOn } from './index.js';

// The roll-out after the spring of 2024, looked at through the domain's own figures.

const itopNumber = (ref: string) => Number(ref.slice('R-'.length));

describe('the demo roll-out after 31/03/2024', () => {
  it('adds only records dated from 01/04/2024 to 31/12/2025: the earlier figures stay', () => {
    const days = [
      ...laterBudgets.map((b) => b.executoireOn),
      ...laterKitEvents.map((e) => e.on),
      ...laterTickets.flatMap((t) => [t.openedOn, ...t.history.map((h) => h.on)]),
      ...laterRestitutions.flatMap((a) => [a.on, ...(a.clearedOn ? [a.clearedOn] : [])]),
      ...laterFollowUps.map((f) => f.on),
    ];
    expect(days.length).toBeGreaterThan(1000);
    expect(days.filter((d) => d < LATER_FROM || d > LATER_TO)).toEqual([]);
    for (const w of academieDemo.waves)
      for (const m of w.milestones)
        if (m.doneOn !== undefined && m.doneOn >= LATER_FROM) expect(m.doneOn <= LATER_TO).toBe(true);
  });

  it('numbers the later ITOP tickets after the highest earlier one, in opening order', () => {
    const before = Math.max(
      ...academieTickets.filter((t) => t.channel === 'itop').map((t) => itopNumber(t.ref)),
    );
    const later = laterTickets.filter((t) => t.channel === 'itop').map((t) => itopNumber(t.ref));
    expect(later.length).toBeGreaterThan(100);
    expect(Math.min(...later)).toBeGreaterThan(before);
    expect(later).toEqual([...later].sort((a, b) => a - b));
  });

  it('on 30/09/2024, a month after the V7 bascule: V7 mostly exécutoire, V8 not created yet', () => {
    const report = reportAt('2024-09-30');
    expect(report.currentWaveId).toBe('V7');
    expect(wave(report, 'V7').budget.rate.percent).toBeGreaterThanOrEqual(80);
    expect(wave(report, 'V8').budget.executoire).toBe(0);
    expect(wave(report, 'V6').kit.buckets.below10).toBe(0);
  });

  it('on 31/12/2025: V7, V8 and V9 budgets exécutoires, kits above 30 %, few tickets open', () => {
    const report = reportAt(LATER_TO);
    for (const id of ['V7', 'V8', 'V9']) {
      const w = wave(report, id);
      expect(w.budget.rate.percent).toBeGreaterThanOrEqual(90);
      expect(w.kit.buckets.above30).toBeGreaterThanOrEqual(0.9 * w.kit.eple);
    }
    expect(report.tickets.all.total).toBeGreaterThan(20);
    expect(report.tickets.inProgress.total).toBeLessThanOrEqual(5);
    const late = academieDemo.waves.flatMap((w) =>
      w.milestones
        .filter((m) => m.dueOn <= LATER_TO && m.doneOn === undefined)
        .map((m) => `${w.id} ${m.label}`),
    );
    expect(late).toEqual([]);
  });

  it('records the 2025 budget of every switched EPLE, and 2026 ones for some by 31/12/2025', () => {
    const byExercise = (exercise: number) =>
      new Set(academieDemo.budgets.filter((b) => b.exercise === exercise).map((b) => b.uai));
    const switched = academieDemo.eple.filter((e) => e.waveId !== 'V9');
    expect(switched.filter((e) => !byExercise(2025).has(e.uai))).toEqual([]);
    const next = byExercise(2026).size;
    expect(next).toBeGreaterThan(0.3 * academieDemo.eple.length);
    expect(next).toBeLessThan(academieDemo.eple.length);
  });

  it('follows up and alerts on the struggling V7 and V8 EPLE after their bascule', () => {
    for (const id of ['V7', 'V8'] as const) {
      const uais = strugglingOf(id).map((e) => e.uai);
      expect(uais.length).toBeGreaterThan(0);
      for (const uai of uais) {
        expect(laterRestitutions.some((a) => a.uai === uai)).toBe(true);
        expect(laterFollowUps.some((f) => f.uai === uai)).toBe(true);
      }
    }
    // The struggling EPLE's kits lag behind on their bascule day.
    const v8 = wave(reportAt('2025-01-01'), 'V8');
    expect(v8.kit.buckets.above30).toBeLessThan(v8.kit.eple);
  });

  it('plans V7, V8 and V9 training months before each bascule, each group staffed by fit volunteers', () => {
    const { training, waves, eple } = academieDemo;
    for (const id of ['V7', 'V8', 'V9']) {
      const bascule = waves.find((w) => w.id === id)?.switchDate as string;
      const groups = laterGroups.filter((g) => g.waveId === id);
      expect(groups.length).toBeGreaterThan(0);
      for (const x of [...groups, ...laterStaff.filter((s) => s.waveId === id)]) {
        expect(x.plannedOn > '2024-03-31').toBe(true);
        const ahead = daysBetween(x.plannedOn, bascule);
        expect(ahead).toBeGreaterThanOrEqual(90);
        expect(ahead).toBeLessThanOrEqual(200);
      }
      // Each trainer leads one group of the wave at most, and only one they may lead.
      const leaders = groups.flatMap((g) => g.trainerIds);
      expect(new Set(leaders).size).toBe(leaders.length);
      for (const g of groups)
        for (const t of g.trainerIds) {
          const trainer = training.trainers.find((x) => x.id === t);
          expect(trainer && canLeadGroup(trainer, g.trackId, id, waves)).toBe(true);
        }
      // About twenty a group (a small track keeps its one group), as many ordonnateurs as EPLE.
      const summary = trainingSummary(id, training, LATER_TO);
      for (const g of groups) {
        expect(g.size).toBeLessThanOrEqual(25);
        if (groups.filter((x) => x.trackId === g.trackId).length > 1)
          expect(g.size).toBeGreaterThanOrEqual(12);
      }
      const ord = summary.tracks.find((t) => t.trackId === 'ORD');
      expect(ord?.staff).toBe(eple.filter((e) => e.waveId === id).length);
      // Mostly staffed: at least seven groups in ten led by a full pair.
      expect(summary.totals.pairs).toBeGreaterThanOrEqual(0.7 * summary.totals.groups);
    }
  });

  it('shows each wave’s training from the day it was planned, and none of it before', () => {
    const planned = (asOf: string) => reportAt(asOf).training.map((t) => [t.waveId, t.totals.groups]);
    expect(planned('2024-04-21')).toEqual([
      ['V6', 10],
      ['V7', 0],
    ]);
    expect(planned('2024-04-22')).toEqual([
      ['V6', 10],
      ['V7', 6],
    ]);
    expect(planned('2024-07-07').map(([w]) => w)).toEqual(['V6', 'V7']);
    expect(planned('2025-03-16').map(([w]) => w)).toEqual(['V6', 'V7', 'V8']);
    expect(planned(LATER_TO).map(([w]) => w)).toEqual(['V6', 'V7', 'V8', 'V9']);
  });

  it('closes the tickets still open on 31/03/2024 in the spring, by their team, some after a trip to the national level', () => {
    const early = academieDemo.tickets.filter((t) => t.openedOn < LATER_FROM);
    const waiting = early.filter((t) => ticketStateAt(t, '2024-03-31')?.status === 'open');
    expect(waiting.length).toBeGreaterThan(20);
    for (const t of waiting) {
      const later = t.history.filter((e) => e.on >= LATER_FROM);
      const state = ticketStateAt(t, LATER_TO);
      expect(state).toMatchObject({ status: 'resolved', handler: ticketStateAt(t, '2024-03-31')?.team });
      expect(daysBetween(LATER_FROM, state?.resolvedOn as string)).toBeLessThanOrEqual(90);
      expect(later.at(-1)).toMatchObject({ kind: 'resolved', by: state?.team });
    }
    // Those escalated by then came back before they were resolved, and a few others went and came back.
    const national = waiting.filter((t) => ticketStateAt(t, '2024-03-31')?.handler === 'national');
    expect(national.length).toBeGreaterThan(0);
    const trips = waiting.filter((t) => t.history.some((e) => e.kind === 'escalated' && e.on >= LATER_FROM));
    expect(trips.length).toBeGreaterThan(0);
    expect(trips.length).toBeLessThan(waiting.length / 2);
    // Nothing of the tickets up to the spring is left open, whatever today is.
    expect(early.filter((t) => ticketStateAt(t, LATER_TO)?.status === 'open')).toEqual([]);
  });

  it('gives tests a ticket open on their day as it stood then, whatever later records hold', () => {
    const day = '2024-01-23';
    const drasi = demoTicketOpenOn(day, (p, t) => p.handler === 'DRASI' && t.channel === 'itop', 'a');
    expect(drasi.ref).toMatch(/^R-\d+-a$/);
    expect(ticketStateAt(drasi, day)).toMatchObject({ status: 'open', handler: 'DRASI' });
    expect(drasi.history.every((e) => e.on <= day)).toBe(true);
    // The demo's own ticket goes on past that day: closed later on, as every ticket open then.
    const own = academieDemo.tickets.find((t) => `${t.ref}-a` === drasi.ref);
    expect(own && ticketStateAt(own, LATER_TO)?.status).toBe('resolved');
    expect(() => demoTicketOpenOn('2000-01-01')).toThrow(/no demo ticket open on 2000-01-01/);
  });
});
