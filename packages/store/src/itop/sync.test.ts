import type { Ticket } from '@opale/domain';
import { academieDemo } from '@opale/sample-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../store.js';
import { ENGINES, freshDatabase } from '../testing.js';
import { FAKE_CREDENTIALS, type StatefulItop, statefulItop } from './fake-itop.js';
import { callItop } from './rest-call.js';

const school = academieDemo.eple.find((e) => e.waveId === 'V6')?.uai as string;

describe.each(ENGINES)('the sync from iTop on %s', (engine) => {
  let store: Store;
  let drop: () => Promise<void>;
  let itop: StatefulItop;
  let itopNow = '2024-01-15 09:00:00';
  const connection = () => ({ url: itop.url, ...FAKE_CREDENTIALS, insecure: true });
  const sync = () => store.itop.sync({ connection: connection(), timeoutMs: 1500 });
  const send = () =>
    store.itop.worker({ connection: connection(), now: () => new Date(Date.now() + 1000) }).runOnce();
  const history = async (ref: string) => (await store.writes.ticket(ref))?.ticket.history ?? [];

  beforeAll(async () => {
    const db = await freshDatabase(engine);
    drop = db.drop;
    store = await Store.open(db.url, { itopOutbox: true });
    await store.replaceDataset(academieDemo, 'seed');
    itop = await statefulItop(() => itopNow);
  });
  afterAll(async () => {
    await itop.close();
    await store.close();
    await drop();
  });

  const ticket: Ticket = {
    ref: 'OP-SYNC1',
    channel: 'itop',
    service: 'op@le',
    title: 'SI2C - budget rectificatif impossible à valider',
    openedOn: '2024-01-15',
    uai: school,
    team: 'SI2C',
    requester: { lastName: 'Durand', firstName: 'Paul', function: 'agent comptable' },
    environment: 'production',
    sphere: 'agent-comptable',
    operations: 'saisie de la DBM puis validation',
    history: [],
  };

  it('keeps iTop’s status when both sides changed, and opale keeps both in the history; it never adds the request twice', async () => {
    expect((await store.writes.openTicket(ticket, 'si2c:test')).ok).toBe(true);
    expect((await send()).sent).toBe(1);
    const id = Number((await store.itop.deliveries([ticket.ref])).get(ticket.ref)?.itopId);
    const first = await sync();
    expect(first).toMatchObject({ since: null, read: 1, written: 0, errors: [] });
    expect(await store.writes.ticket(itop.requests.get(id)?.ref as string)).toBeUndefined();

    // In opale, the DRASI takes it; in iTop, someone resolves it the next day.
    const v = (await store.writes.ticket(ticket.ref))?.version as number;
    await store.writes.addTicketEvent(
      ticket.ref,
      { kind: 'requalified', on: '2024-01-16', to: 'DRASI', by: 'si2c:test' },
      v,
      'si2c:test',
    );
    itopNow = '2024-01-17 11:00:00';
    itop.edit(id, { status: 'resolved', resolution_date: itopNow }, itopNow);
    // The requalification waits in the outbox: the ticket is left for the next run.
    expect(await sync()).toMatchObject({ read: 1, written: 0, errors: [] });
    expect((await send()).sent).toBe(1);
    const after = await sync();
    expect(after).toMatchObject({ since: '2024-01-17 11:00:00', read: 1, written: 1, errors: [] });
    expect(await history(ticket.ref)).toEqual([
      { kind: 'requalified', on: '2024-01-16', to: 'DRASI', by: 'si2c:test' },
      { kind: 'resolved', on: '2024-01-17', by: 'itop' },
    ]);
    // What came from iTop is not sent back to it.
    expect((await store.itop.deliveries([ticket.ref])).get(ticket.ref)).toMatchObject({
      state: 'sent',
      waiting: 0,
    });
    // Incremental: only what changed since the last update read.
    const asked = JSON.parse(itop.forms.at(-1)?.get('json_data') as string);
    expect(asked.key).toBe(
      "SELECT UserRequest WHERE service_name = 'op@le' AND last_update >= '2024-01-17 11:00:00'",
    );
    expect(await sync()).toMatchObject({ read: 1, written: 0 });
  });

  it('adds a request made in iTop, and reads it once', async () => {
    itopNow = '2024-01-18 08:00:00';
    const made = await callItop(connection(), {
      operation: 'core/create',
      class: 'UserRequest',
      fields: {
        title: 'DRASI - connexion impossible au bac à sable',
        org_id: `SELECT Organization WHERE code = '${school}'`,
        service_id: "SELECT Service WHERE name = 'op@le'",
        team_id: "SELECT Team WHERE name = 'DRASI'",
        caller_id: { name: 'Leroy', first_name: 'Anne' },
        description: 'rien ne s’affiche',
      },
    });
    expect(made.ok).toBe(true);
    const ref = made.ok ? String(made.objects[0]?.fields.ref ?? '') : '';
    // Read from the last update seen, that one included: the request resolved above comes again, unchanged.
    expect(await sync()).toMatchObject({ read: 2, written: 1, errors: [] });
    const added = await store.writes.ticket(ref);
    expect(added?.ticket).toMatchObject({
      ref,
      channel: 'itop',
      uai: school,
      team: 'DRASI',
      openedOn: '2024-01-18',
    });
    expect(await sync()).toMatchObject({ read: 1, written: 0 });
  });

  it('knows a request opale created by its marker, before the outbox has linked it', async () => {
    const lost: Ticket = { ...ticket, ref: 'OP-SYNC2', history: [] };
    expect((await store.writes.openTicket(lost, 'si2c:test')).ok).toBe(true);
    itop.fail({ what: 'hang', when: 'after', on: 'core/create' });
    const worker = store.itop.worker({
      connection: connection(),
      timeoutMs: 1500,
      now: () => new Date(Date.now() + 1000),
    });
    expect((await worker.runOnce()).retried).toBe(1);
    const [made] = [...itop.requests.values()].filter((r) => r.description?.includes('opale:OP-SYNC2'));
    expect(made).toBeDefined();
    const run = await sync();
    expect(run.errors).toEqual([]);
    expect(await store.writes.ticket(made?.ref as string)).toBeUndefined();
    await store.db.deleteFrom('itop_outbox').where('ticket_ref', '=', lost.ref).execute();
  });

  it('writes nothing and keeps its starting point when iTop fails, and says why', async () => {
    itop.fail({ what: '500', when: 'before' });
    const run = await sync();
    expect(run.written).toBe(0);
    expect(run.errors).toEqual([
      `http: iTop answered HTTP 500 Internal Server Error at ${itop.url}: expected 200 with a JSON result`,
    ]);
    itop.fail({ what: 'hang', when: 'before' });
    expect((await sync()).errors).toEqual([
      `url: the request to iTop at ${itop.url} was aborted or timed out`,
    ]);
    const next = await sync();
    expect(run.since).toBe('2024-01-18 08:00:00');
    expect(next.since).toBe('2024-01-18 08:00:00');
    expect(next.errors).toEqual([]);
    const overview = await store.itop.overview();
    expect(overview.runs.slice(0, 3).map((r) => r.errors.length)).toEqual([0, 1, 1]);
  });

  it('copies an escalation made in iTop into the opale ticket, by itop', async () => {
    const mine = { ...ticket, ref: 'OP-ESCALADE', title: 'SI2C - Balance non équilibrée après reprise' };
    expect((await store.writes.openTicket(mine, 'si2c:test')).ok).toBe(true);
    expect((await send()).sent).toBe(1);
    const id = Number((await store.itop.deliveries([mine.ref])).get(mine.ref)?.itopId);
    itopNow = '2024-01-19 09:00:00';
    itop.edit(id, { escalation_flag: 'yes', escalation_reason: 'C2S Montpellier' }, itopNow);
    expect(await sync()).toMatchObject({ errors: [] });
    expect((await history(mine.ref)).at(-1)).toEqual({
      kind: 'escalated',
      on: '2024-01-19',
      to: 'c2s-montpellier',
      by: 'itop',
    });
  });
});
