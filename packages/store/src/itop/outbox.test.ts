import type { Ticket } from '@opale/domain';
import { academieDemo } from '@opale/sample-data';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../store.js';
import { ENGINES, freshDatabase } from '../testing.js';
import { FAKE_CREDENTIALS, type StatefulItop, statefulItop } from './fake-itop.js';
import type { OutboxWorkerOptions } from './outbox-worker.js';
import { callItop } from './rest-call.js';

const school = academieDemo.eple.find((e) => e.waveId === 'V6')?.uai as string;
let serial = 0;

function draft(): Ticket {
  serial += 1;
  return {
    ref: `OP-TEST${serial}`,
    channel: 'itop',
    service: 'op@le',
    title: `DRASI - écran blanc à la validation du mandat ${serial}`,
    openedOn: '2024-01-15',
    uai: school,
    team: 'DRASI',
    requester: { lastName: 'Martin', firstName: 'Claire', function: 'gestionnaire' },
    environment: 'production',
    sphere: 'ordonnateur',
    operations: 'saisie du mandat puis Valider',
    errorMessage: 'Erreur technique 42',
    screenshots: 2,
    history: [],
  };
}

describe.each(ENGINES)('the iTop outbox on %s', (engine) => {
  let store: Store;
  let url: string;
  let drop: () => Promise<void>;
  // The writes stamp their changes with the real clock; the worker's starts just after it.
  let now = new Date(Date.now() + 1000);
  const clock = { now: () => now, random: () => 0.5 };
  const worker = (itop: StatefulItop, extra: Partial<OutboxWorkerOptions> = {}) =>
    store.itop.worker({
      connection: { url: itop.url, ...FAKE_CREDENTIALS, insecure: true },
      // Long enough for a loaded machine; the tests of a hanging iTop wait it out.
      timeoutMs: 1500,
      ...clock,
      ...extra,
    });
  const open = async () => {
    const ticket = draft();
    const opened = await store.writes.openTicket(ticket, 'eple:test');
    expect(opened.ok).toBe(true);
    if (now.getTime() < Date.now()) now = new Date(Date.now() + 1000);
    return ticket;
  };
  const add = async (ref: string, event: Parameters<Store['writes']['addTicketEvent']>[1]) => {
    const current = await store.writes.ticket(ref);
    const r = await store.writes.addTicketEvent(ref, event, current?.version ?? 0, event.by ?? 'test');
    expect(r.ok).toBe(true);
  };
  const delivery = async (ref: string) => (await store.itop.deliveries([ref])).get(ref);
  const later = (ms: number) => {
    now = new Date(now.getTime() + ms);
  };

  beforeAll(async () => {
    const db = await freshDatabase(engine);
    url = db.url;
    drop = db.drop;
    store = await Store.open(url, { itopOutbox: true });
    await store.replaceDataset(academieDemo, 'seed');
  });
  // Each test starts with an empty queue: what one leaves waiting is not sent by the next.
  afterEach(async () => {
    await store.db.deleteFrom('itop_outbox').where('state', '!=', 'sent').execute();
  });
  afterAll(async () => {
    await store.close();
    await drop();
  });

  it('creates the request in iTop with iTop’s form, the prefix and every element, and keeps its ref and id', async () => {
    const itop = await statefulItop();
    try {
      const ticket = await open();
      expect((await delivery(ticket.ref))?.state).toBe('pending');
      expect(await worker(itop).runOnce()).toEqual({ sent: 1, retried: 0, failed: 0 });
      const form = itop.forms.at(-1) as URLSearchParams;
      expect([...form.keys()].sort()).toEqual(['auth_pwd', 'auth_user', 'json_data', 'version']);
      const data = JSON.parse(form.get('json_data') as string);
      expect(data.operation).toBe('core/create');
      expect(data.fields.title).toBe(ticket.title);
      expect(data.fields.org_id).toBe(`SELECT Organization WHERE code = '${school}'`);
      expect(data.fields.caller_id).toEqual({ name: 'Martin', first_name: 'Claire' });
      expect(data.fields.service_id).toBe("SELECT Service WHERE name = 'op@le'");
      for (const line of [
        'Fonction : gestionnaire',
        `Établissement (UAI) : ${school}`,
        'Environnement : production',
        'Sphère : ordonnateur',
        'Opérations effectuées : saisie du mandat puis Valider',
        "Message d'erreur : Erreur technique 42",
        "Captures d'écran jointes : 2",
        `Référence opale : opale:${ticket.ref}`,
      ])
        expect(data.fields.description).toContain(line);
      // iTop's description is HTML: one line per element.
      expect(data.fields.description).toMatch(/^<p>Service : op@le<br>Demandeur : Claire Martin<br>/);
      const [[id, request]] = [...itop.requests.entries()] as [[number, Record<string, string>]];
      expect(request.team_id_friendlyname).toBe('DRASI');
      expect(await delivery(ticket.ref)).toEqual({
        itopId: String(id),
        itopRef: request.ref,
        state: 'sent',
        waiting: 0,
        lastError: null,
      });
    } finally {
      await itop.close();
    }
  });

  it('keeps a ticket while iTop cannot be reached, across a restart, and sends it once iTop is back', async () => {
    const down = await statefulItop();
    await down.close();
    const ticket = await open();
    expect(await worker(down).runOnce()).toEqual({ sent: 0, retried: 1, failed: 0 });
    const waiting = await delivery(ticket.ref);
    expect(waiting?.state).toBe('pending');
    expect(waiting?.lastError).toContain('cannot reach iTop');
    // Not due before its backoff: 30 s doubled 0 times, drawn at half to all of it (0.5 → 22.5 s).
    const up = await statefulItop();
    try {
      expect((await worker(up).runOnce()).sent).toBe(0);
      expect(up.forms).toEqual([]);
      await store.close();
      store = await Store.open(url, { itopOutbox: true });
      later(22_500);
      expect((await worker(up).runOnce()).sent).toBe(1);
      expect(up.requests.size).toBe(1);
      expect((await delivery(ticket.ref))?.state).toBe('sent');
    } finally {
      await up.close();
    }
  });

  it.each([
    ['a 500', '500'],
    ['a page that is not JSON', 'html'],
    ['no answer (timeout)', 'hang'],
  ] as const)(
    'never creates twice when iTop made the request but its answer was %s',
    async (_label, what) => {
      const itop = await statefulItop();
      try {
        const ticket = await open();
        itop.fail({ what, when: 'after', on: 'core/create' });
        expect((await worker(itop).runOnce()).retried).toBe(1);
        expect(itop.requests.size).toBe(1);
        later(60_000);
        expect((await worker(itop).runOnce()).sent).toBe(1);
        expect(itop.requests.size).toBe(1);
        expect(itop.operations).toEqual(['core/get', 'core/create', 'core/get']);
        const [id] = [...itop.requests.keys()];
        expect((await delivery(ticket.ref))?.itopId).toBe(String(id));
      } finally {
        await itop.close();
      }
    },
  );

  it('retries with a growing backoff a refusal of the credentials, then gives up and says why', async () => {
    const itop = await statefulItop();
    try {
      const ticket = await open();
      const failures: string[] = [];
      const refused = worker(itop, {
        connection: { url: itop.url, user: 'opale-rest', password: 'not-the-password', insecure: true },
        retry: { maxAttempts: 3, baseDelayMs: 1000, maxDelayMs: 10_000 },
        onFailure: (_e, reason) => failures.push(reason),
      });
      expect((await refused.runOnce()).retried).toBe(1);
      later(749);
      expect((await refused.runOnce()).retried).toBe(0);
      later(1);
      expect((await refused.runOnce()).retried).toBe(1);
      later(1500);
      expect(await refused.runOnce()).toEqual({ sent: 0, retried: 0, failed: 1 });
      expect(failures[0]).toBe(
        'iTop refused the request (code 1, unauthorized: wrong login or password, or the account may not read or write UserRequest): Error: Invalid login',
      );
      expect(failures.join()).not.toContain('not-the-password');
      const failed = await delivery(ticket.ref);
      expect(failed?.state).toBe('failed');
      expect(failed?.lastError).toContain('code 1');
      expect(itop.requests.size).toBe(0);
      expect(await store.itop.retryFailed(now)).toBe(1);
      expect((await worker(itop).runOnce()).sent).toBe(1);
      expect(itop.requests.size).toBe(1);
    } finally {
      await itop.close();
    }
  });

  it('writes requalification, escalation and resolution to iTop in order, and a lost answer never applies a stimulus twice', async () => {
    const itop = await statefulItop();
    try {
      const ticket = await open();
      await add(ticket.ref, { kind: 'requalified', on: '2024-01-16', to: 'SI2C', by: 'drasi:test' });
      // The change waits for the creation: nothing is sent about a request iTop does not have yet.
      itop.fail({ what: '500', when: 'before' });
      expect(await worker(itop).runOnce()).toEqual({ sent: 0, retried: 1, failed: 0 });
      expect(itop.operations).toEqual([]);
      later(60_000);
      expect((await worker(itop).runOnce()).sent).toBe(2);
      const [[id, request]] = [...itop.requests.entries()] as [[number, Record<string, string>]];
      expect(request.team_id_friendlyname).toBe('SI2C');
      await add(ticket.ref, { kind: 'escalated', on: '2024-01-17', to: 'c2s-montpellier', by: 'si2c:test' });
      await add(ticket.ref, { kind: 'resolved', on: '2024-01-18', by: 'si2c:test' });
      itop.fail({ what: 'hang', when: 'after', on: 'core/apply_stimulus' });
      expect(await worker(itop).runOnce()).toEqual({ sent: 1, retried: 1, failed: 0 });
      expect(itop.requests.get(id)?.escalation_flag).toBe('yes');
      expect(itop.requests.get(id)?.escalation_reason).toContain('C2S Montpellier');
      expect(itop.requests.get(id)?.status).toBe('resolved');
      later(60_000);
      expect((await worker(itop).runOnce()).sent).toBe(1);
      expect(itop.operations.filter((o) => o === 'core/apply_stimulus')).toHaveLength(1);
      expect(await delivery(ticket.ref)).toMatchObject({ state: 'sent', waiting: 0 });
    } finally {
      await itop.close();
    }
  });

  it('writes a change of a ticket read from iTop to that request, found by its ref', async () => {
    const itop = await statefulItop();
    try {
      const made = await callItop(
        { url: itop.url, ...FAKE_CREDENTIALS, insecure: true },
        {
          operation: 'core/create',
          class: 'UserRequest',
          fields: { title: 'SI2C - question posée dans iTop', team_id: "SELECT Team WHERE name = 'SI2C'" },
        },
      );
      const itopRef = made.ok ? String(made.objects[0]?.fields.ref ?? '') : '';
      const imported = {
        ...draft(),
        ref: itopRef,
        title: 'SI2C - question posée dans iTop',
        team: 'SI2C' as const,
      };
      await store.replaceDataset({ ...academieDemo, tickets: [...academieDemo.tickets, imported] }, 'seed');
      await add(itopRef, { kind: 'requalified', on: '2024-01-16', to: 'DRASI', by: 'si2c:test' });
      expect((await worker(itop).runOnce()).sent).toBe(1);
      const [request] = [...itop.requests.values()].filter((r) => r.ref === itopRef);
      expect(request?.team_id_friendlyname).toBe('DRASI');
      expect(await delivery(itopRef)).toMatchObject({ itopRef, itopId: null, state: 'sent' });
    } finally {
      await itop.close();
    }
  });

  it('keeps a change iTop refuses (invalid stimulus) waiting, with iTop’s reason', async () => {
    const itop = await statefulItop();
    try {
      const ticket = await open();
      await worker(itop).runOnce();
      const id = Number((await delivery(ticket.ref))?.itopId);
      // Closed in iTop meanwhile: the resolution is there already, a reopening is refused.
      itop.edit(id, { status: 'closed' }, '2024-01-16 10:00:00');
      await add(ticket.ref, { kind: 'resolved', on: '2024-01-16', by: 'drasi:test' });
      await add(ticket.ref, { kind: 'reopened', on: '2024-01-17', by: 'drasi:test' });
      expect(await worker(itop).runOnce()).toEqual({ sent: 1, retried: 1, failed: 0 });
      const d = await delivery(ticket.ref);
      expect(d).toMatchObject({ state: 'pending', waiting: 1 });
      expect(d?.lastError).toBe(
        "iTop refused the request (code 100, internal error (e.g. an unknown class or attribute, a bad OQL query, an invalid stimulus)): Invalid stimulus: 'ev_reopen' on the object " +
          `${itop.requests.get(id)?.ref} in state 'closed'`,
      );
      expect(itop.operations.filter((o) => o === 'core/apply_stimulus')).toHaveLength(1);
    } finally {
      await itop.close();
    }
  });
});
