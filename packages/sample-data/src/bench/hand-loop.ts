import type { Dataset, IsoDate } from '@opale/domain';
import { fromEpochDay, toEpochDay } from '@opale/domain';

/** The figures the baseline computes, to be compared with the report's. */
export interface HandFigures {
  budgets: Record<string, { executoire: number; total: number }>;
  kit: Record<string, [below10: number, from10To30: number, above30: number]>;
  tickets: number[][];
  flagged: string[];
}

const DEFAULTS = { stale: 15, open: 2, lead: 30, follow: 240, threshold: 3 };
const WEIGHTS = { kitBelow: 3, kitMid: 1, budget: 3, open: 1, stale: 2, alerts: 2 };

/**
 * A hand-written, single-pass computation of the committee's main figures with the default
 * difficulty rule: the baseline the report is measured against. Written for speed, not reuse:
 * flat loops, integer days, no intermediate objects.
 */
export function handLoop(d: Dataset, asOf: IsoDate): HandFigures {
  const asOfDay = toEpochDay(asOf);
  const from = `${Number(asOf.slice(5, 7)) >= 9 ? asOf.slice(0, 4) : Number(asOf.slice(0, 4)) - 1}-09-01`;
  const waveOf = new Map<string, { id: string; exercise: number; day: number; followed: boolean }>();
  const waves = new Map(
    d.waves.map((w) => {
      const day = toEpochDay(w.switchDate);
      return [
        w.id,
        {
          id: w.id,
          exercise: Number(w.switchDate.slice(0, 4)),
          day,
          followed: asOfDay - day >= -DEFAULTS.lead && asOfDay - day <= DEFAULTS.follow,
        },
      ];
    }),
  );
  const budgets: HandFigures['budgets'] = {};
  const kit: HandFigures['kit'] = {};
  for (const w of d.waves) {
    budgets[w.id] = { executoire: 0, total: 0 };
    kit[w.id] = [0, 0, 0];
  }
  for (const e of d.eple) {
    const w = waves.get(e.waveId);
    if (!w) continue;
    waveOf.set(e.uai, w);
    (budgets[w.id] as { total: number }).total += 1;
  }
  const executoire = new Set<string>();
  for (const b of d.budgets) {
    const w = waveOf.get(b.uai);
    if (w && b.exercise === w.exercise && b.executoireOn <= asOf && !executoire.has(b.uai)) {
      executoire.add(b.uai);
      (budgets[w.id] as { executoire: number }).executoire += 1;
    }
  }
  // Latest kit event on or before asOf per (uai, action index); later array entries win ties.
  const total = d.kit.actions.length;
  const actionIndex = new Map(d.kit.actions.map((a, i) => [a.id, i]));
  const latest = new Map<string, { on: string[]; done: Uint8Array }>();
  for (const ev of d.kit.events) {
    if (ev.on > asOf) continue;
    const i = actionIndex.get(ev.actionId);
    if (i === undefined) continue;
    let st = latest.get(ev.uai);
    if (!st) {
      st = { on: new Array<string>(total).fill(''), done: new Uint8Array(total) };
      latest.set(ev.uai, st);
    }
    if (ev.on >= (st.on[i] as string)) {
      st.on[i] = ev.on;
      st.done[i] = ev.kind === 'finalized' ? 1 : 0;
    }
  }
  const doneCount = new Map<string, number>();
  for (const [uai, st] of latest) {
    let n = 0;
    for (const x of st.done) n += x;
    doneCount.set(uai, n);
  }
  const score = new Map<string, number>();
  for (const e of d.eple) {
    const w = waveOf.get(e.uai);
    if (!w) continue;
    const done = doneCount.get(e.uai) ?? 0;
    const bucket = done * 10 < total ? 0 : done * 10 > 3 * total ? 2 : 1;
    (kit[w.id] as number[])[bucket] = ((kit[w.id] as number[])[bucket] as number) + 1;
    if (!w.followed) continue;
    let s = bucket === 0 ? WEIGHTS.kitBelow : bucket === 1 ? WEIGHTS.kitMid : 0;
    if (asOfDay > w.day && !executoire.has(e.uai)) s += WEIGHTS.budget;
    score.set(e.uai, s);
  }
  // Ticket table rows: all, resolved, in progress, in progress > 15 d; columns: total, national, SI2C, DRASI.
  const tickets = [0, 1, 2, 3].map(() => [0, 0, 0, 0]);
  // Open for more than 15 whole days: opened before asOf − 15 days.
  const staleCutoff = fromEpochDay(asOfDay - DEFAULTS.stale);
  const openCount = new Map<string, number>();
  const staleCount = new Map<string, number>();
  for (const t of d.tickets) {
    if (t.openedOn > asOf) continue;
    let team = t.team;
    let national = false;
    let open = true;
    for (const h of t.history) {
      if (h.on > asOf) break;
      if (h.kind === 'requalified') team = h.to;
      else if (h.kind === 'returned') {
        team = h.to;
        national = false;
      } else if (h.kind === 'escalated') national = true;
      else if (h.kind === 'resolved') open = false;
      else open = true;
    }
    const stale = open && t.openedOn < staleCutoff;
    if (open && t.uai !== undefined && score.has(t.uai)) {
      openCount.set(t.uai, (openCount.get(t.uai) ?? 0) + 1);
      if (stale) staleCount.set(t.uai, (staleCount.get(t.uai) ?? 0) + 1);
    }
    if (t.channel !== 'itop' || t.openedOn < from) continue;
    const col = national ? 1 : team === 'SI2C' ? 2 : 3;
    const rows = open ? (stale ? [0, 2, 3] : [0, 2]) : [0, 1];
    for (const r of rows) {
      const row = tickets[r] as number[];
      row[0] = (row[0] as number) + 1;
      row[col] = (row[col] as number) + 1;
    }
  }
  const alerts = new Map<string, number>();
  for (const a of d.restitutions) {
    if (a.on <= asOf && (a.clearedOn === undefined || a.clearedOn > asOf))
      alerts.set(a.uai, (alerts.get(a.uai) ?? 0) + 1);
  }
  const flagged: string[] = [];
  for (const [uai, base] of score) {
    let s = base;
    if ((openCount.get(uai) ?? 0) >= DEFAULTS.open) s += WEIGHTS.open;
    if ((staleCount.get(uai) ?? 0) >= 1) s += WEIGHTS.stale;
    if ((alerts.get(uai) ?? 0) >= 1) s += WEIGHTS.alerts;
    if (s >= DEFAULTS.threshold) flagged.push(uai);
  }
  return { budgets, kit, tickets, flagged: flagged.sort() };
}
