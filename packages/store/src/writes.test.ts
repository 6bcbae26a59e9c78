import type { Ticket } from '@opale/domain';
import { academieDemo, demoTicketOpenOn } from '@opale/sample-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from './store.js';
import { ENGINES, freshDatabase } from './testing.js';

const v6 = academieDemo.eple.filter((e) => e.waveId === 'V6');
const pending = v6.find((e) => !academieDemo.budgets.some((b) => b.uai === e.uai && b.exercise === 2024));
// ITOP tickets open on 23/01/2024, not escalated, as they stood that day: each test records its
// own and changes it on that day, whatever the demo records after it.
const ticketOn23 = (mark: string) =>
  demoTicketOpenOn('2024-01-23', (p, t) => t.channel === 'itop' && p.escalatedTo === null, mark);

describe.each(ENGINES)('writes on %s', (engine) => {
  let store: Store;
  let other: Store;
  let url: string;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const db = await freshDatabase(engine);
    url = db.url;
    drop = db.drop;
    store = await Store.open(url);
    await store.replaceDataset(academieDemo, 'seed');
    // A second, independent connection: another user, another API instance.
    other = await Store.open(url);
  });
  afterAll(async () => {
    await other?.close();
    await store?.close();
    await drop?.();
  });

  // A ticket recorded as a new one (version 1) for the test to change.
  const recorded = async (ticket: Ticket): Promise<Ticket> => {
    const opened = await store.writes.openTicket(ticket, 'test');
    if (!opened.ok) throw new Error(JSON.stringify(opened.errors));
    return opened.value.ticket;
  };

  const count = async (
    table: 'budget_events' | 'kit_events' | 'follow_ups' | 'audit_log' | 'ticket_events',
  ) =>
    Number(
      (
        await store.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('records a budget exécutoire once, with who and when, and audits it', async () => {
    const before = await count('budget_events');
    const input = { uai: pending?.uai, exercise: 2024, executoireOn: '2024-03-01' };
    expect(await store.writes.recordBudgetExecutoire(input, 'si2c:alice')).toMatchObject({ ok: true });
    expect(await store.writes.recordBudgetExecutoire(input, 'si2c:alice')).toMatchObject({ ok: true });
    expect(await count('budget_events')).toBe(before + 1);
    const row = await store.db
      .selectFrom('budget_events')
      .selectAll()
      .where('uai', '=', pending?.uai ?? '')
      .where('exercise', '=', 2024)
      .executeTakeFirst();
    expect(row?.recorded_by).toBe('si2c:alice');
    const log = await store.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'budget-executoire')
      .execute();
    expect(log.map((l) => l.actor)).toEqual(['si2c:alice']);
  });

  it('refuses bad input with typed errors and writes nothing', async () => {
    const before = await count('budget_events');
    const audits = await count('audit_log');
    const unknown = await store.writes.recordBudgetExecutoire(
      { uai: '0000000A', exercise: 2024, executoireOn: '2024-01-10' },
      'x',
    );
    expect(unknown.ok === false && unknown.errors.map((e) => [e.field, e.code])).toEqual([
      ['budget.uai', 'unknown_reference'],
    ]);
    const badDate = await store.writes.recordBudgetExecutoire(
      { uai: pending?.uai, exercise: 2024, executoireOn: '31/01/2024' },
      'x',
    );
    expect(badDate.ok === false && badDate.errors[0]?.field).toBe('budget.executoireOn');
    const early = await store.writes.recordKitEvent(
      { uai: v6[0]?.uai, actionId: academieDemo.kit.actions[0]?.id, kind: 'finalized', on: '2023-01-01' },
      'x',
    );
    expect(early.ok === false && early.errors[0]).toMatchObject({
      field: 'event.on',
      code: 'rule_violation',
    });
    expect(await count('budget_events')).toBe(before);
    expect(await count('audit_log')).toBe(audits);
  });

  it("records a kit event and answers with the kit's actions and the EPLE's kit events after it", async () => {
    const uai = v6[3]?.uai ?? '';
    const actionId = academieDemo.kit.actions[1]?.id;
    const input = { uai: uai.toLowerCase(), actionId, kind: 'finalized', on: '2024-01-23' };
    const recorded = await store.writes.recordKitEvent(input, 'eple:staff');
    expect(recorded.ok).toBe(true);
    if (!recorded.ok) return;
    const stored = await store.loadDataset();
    expect(recorded.value.uai).toBe(uai);
    expect(recorded.value.event).toEqual({ uai, actionId, kind: 'finalized', on: '2024-01-23' });
    expect(recorded.value.actions).toEqual(stored.kit.actions);
    expect(recorded.value.events).toEqual(stored.kit.events.filter((e) => e.uai === uai));
    expect(recorded.value.events.at(-1)).toEqual(recorded.value.event);
  });

  it('opens a ticket once', async () => {
    const ticket = {
      ref: `OP-${engine}-1`,
      channel: 'itop',
      service: 'op@le',
      title: 'SI2C - Impossible de valider la balance d’entrée',
      openedOn: '2024-01-22',
      uai: v6[1]?.uai,
      history: [],
    };
    const opened = await store.writes.openTicket(ticket, 'eple:staff');
    expect(opened).toMatchObject({ ok: true, value: { version: 1, ticket: { team: 'SI2C' } } });
    const again = await store.writes.openTicket(ticket, 'eple:staff');
    expect(again.ok === false && again.errors[0]?.code).toBe('duplicate');
  });

  it('opens a ticket with its screenshots named, and reads the names back', async () => {
    const ticket = {
      ref: `OP-${engine}-2`,
      channel: 'itop',
      service: 'op@le',
      title: 'SI2C - Mandat rejeté par le comptable',
      openedOn: '2024-01-22',
      uai: v6[1]?.uai,
      screenshotNames: ['capture-erreur-mandat.png', 'écran, détail.png'],
      history: [],
    };
    const opened = await store.writes.openTicket(ticket, 'eple:staff');
    expect(opened).toMatchObject({ ok: true, value: { ticket: { screenshots: 2 } } });
    const stored = (await other.loadDataset()).tickets.find((t) => t.ref === ticket.ref);
    expect(stored).toMatchObject({ screenshots: 2, screenshotNames: ticket.screenshotNames });
    const refused = await store.writes.openTicket(
      { ...ticket, ref: `OP-${engine}-3`, screenshotNames: ['a.png', ''] },
      'eple:staff',
    );
    expect(refused.ok === false && refused.errors[0]).toMatchObject({
      field: 'ticket.screenshotNames[1]',
      code: 'required',
    });
    expect((await other.loadDataset()).tickets.some((t) => t.ref === `OP-${engine}-3`)).toBe(false);
  });

  it('refuses a change based on a stale version', async () => {
    const ref = (await recorded(ticketOn23('stale'))).ref;
    const current = await store.writes.ticket(ref);
    expect(current?.version).toBe(1);
    const resolved = await store.writes.addTicketEvent(
      ref,
      { kind: 'resolved', on: '2024-01-23' },
      1,
      'drasi:bob',
    );
    expect(resolved).toMatchObject({ ok: true, value: { version: 2 } });
    expect(await other.ticketVersions([ref])).toEqual(new Map([[ref, 2]]));
    const stale = await store.writes.addTicketEvent(
      ref,
      { kind: 'reopened', on: '2024-01-24' },
      1,
      'si2c:alice',
    );
    expect(stale.ok === false && stale.errors[0]).toMatchObject({ field: 'version', code: 'conflict' });
    const after = await store.writes.ticket(ref);
    expect(after?.ticket.history.at(-1)).toMatchObject({ kind: 'resolved' });
  });

  it('lets one of two concurrent writers win, and tells the other', async () => {
    const { ref, history } = await recorded(ticketOn23('race'));
    const base = (await store.writes.ticket(ref))?.version ?? 0;
    const [a, b] = await Promise.all([
      store.writes.addTicketEvent(
        ref,
        { kind: 'escalated', on: '2024-01-23', to: 'daf' },
        base,
        'si2c:alice',
      ),
      other.writes.addTicketEvent(
        ref,
        { kind: 'requalified', on: '2024-01-23', to: 'SI2C' },
        base,
        'drasi:bob',
      ),
    ]);
    const outcomes = [a, b].map((r) => (r.ok ? 'ok' : r.errors[0]?.code)).sort();
    expect(outcomes).toEqual(['conflict', 'ok']);
    const stored = await store.writes.ticket(ref);
    expect(stored?.version).toBe(base + 1);
    expect(stored?.ticket.history).toHaveLength(history.length + 1);
  });

  it('refuses an event that breaks the history rules', async () => {
    const { ref } = await recorded(ticketOn23('rules'));
    const r = await store.writes.addTicketEvent(ref, { kind: 'reopened', on: '2024-01-23' }, 1, 'x');
    expect(r.ok === false && r.errors[0]?.code).toBe('rule_violation');
  });

  it('reads what another connection committed, and reuses what did not change', async () => {
    const first = await store.loadDataset({ waveIds: ['V6'] });
    expect(await store.loadDataset({ waveIds: ['V6'] })).toBe(first);
    const uai = v6[5]?.uai ?? '';
    expect(
      (
        await other.writes.recordFollowUp(
          { uai, on: '2024-01-24', kind: 'visio', note: 'from another instance' },
          't',
        )
      ).ok,
    ).toBe(true);
    const second = await store.loadDataset({ waveIds: ['V6'] });
    expect(second).not.toBe(first);
    expect(second.followUps.map((f) => f.note)).toContain('from another instance');
  });

  it("plans a wave's training from staff counts, keeping its trainer pairs, or refuses bad input whole", async () => {
    const staffOf = (wave: string) =>
      academieDemo.training.staff
        .filter((c) => c.waveId === wave)
        .map(({ trackId, count }) => ({ trackId, count }));
    const before = (await store.loadDataset()).training;
    const pairs = (groups: typeof before.groups) =>
      groups.filter((g) => g.waveId === 'V6').map((g) => g.trainerIds);

    // The same counts give back the same groups and pairs.
    const same = await store.writes.planTraining(
      { waveId: 'V6', staff: staffOf('V6'), plannedOn: '2023-10-16' },
      'si2c:t',
    );
    expect(same.ok && same.value.plan.summary.totals).toEqual(
      expect.objectContaining({ groups: 10, pairs: 10 }),
    );
    const stored = await store.loadDataset();
    expect(pairs(stored.training.groups)).toEqual(pairs(before.groups));
    // The answer holds the waves and the whole training as they stand after the plan.
    expect(same.ok && { waves: same.value.waves, training: same.value.training }).toEqual({
      waves: stored.waves,
      training: stored.training,
    });

    // Fewer staff: fewer groups, recorded with the new counts.
    const fewer = staffOf('V6').map((c) => ({ ...c, count: Math.floor(c.count / 2) }));
    const planned = await store.writes.planTraining(
      { waveId: 'V6', staff: fewer, plannedOn: '2024-02-05' },
      'si2c:t',
    );
    expect(planned.ok).toBe(true);
    const after = (await store.loadDataset()).training;
    const v6Groups = after.groups.filter((g) => g.waveId === 'V6');
    expect(v6Groups.length).toBe(planned.ok ? planned.value.plan.groups.length : -1);
    expect(planned.ok && planned.value.training).toEqual(after);
    expect(v6Groups.length).toBeLessThan(10);
    // Planned on the day given: every group and count of the wave, and nothing else's.
    expect(new Set(v6Groups.map((g) => g.plannedOn))).toEqual(new Set(['2024-02-05']));
    expect(after.staff.filter((c) => c.waveId === 'V6').every((c) => c.plannedOn === '2024-02-05')).toBe(
      true,
    );
    expect(after.groups.filter((g) => g.waveId !== 'V6')).toEqual(
      before.groups.filter((g) => g.waveId !== 'V6'),
    );
    expect(
      after.staff
        .filter((c) => c.waveId === 'V6')
        .map((c) => c.count)
        .sort(),
    ).toEqual(fewer.map((c) => c.count).sort());

    // Refused whole: an unknown wave, a bad count.
    const auditBefore = await count('audit_log');
    const unknown = await store.writes.planTraining(
      { waveId: 'V42', staff: [], plannedOn: '2024-02-05' },
      'si2c:t',
    );
    expect(unknown.ok === false && unknown.errors[0]?.message).toMatch(/^waveId: expected one of V1/);
    const negative = await store.writes.planTraining(
      { waveId: 'V6', staff: [{ trackId: 'AC', count: -1 }], plannedOn: '2024-02-05' },
      'si2c:t',
    );
    expect(negative.ok === false && negative.errors[0]?.field).toBe('staff[0].count');
    expect(await count('audit_log')).toBe(auditBefore);
    expect((await store.loadDataset()).training.groups.filter((g) => g.waveId === 'V6')).toEqual(v6Groups);
  });
});
