import { academieDemo } from '@opale/sample-data';
import { FAKE_CREDENTIALS, type StatefulItop, statefulItop } from '@opale/store/fake-itop';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoApi } from './api.fixture.js';
import { startItop } from './itop-service.js';

const school = academieDemo.eple.find((e) => e.waveId === 'V6')?.uai as string;
const OPEN = `mutation($uai: String!) {
  openTicket(uai: $uai, title: "DRASI - écran blanc à la validation du mandat", environment: "production",
    sphere: "ordonnateur", operations: "saisie du mandat puis Valider", errorMessage: "Erreur 42",
    screenshots: 1, lastName: "Martin", firstName: "Claire", function: "gestionnaire") {
    __typename ... on MutationOpenTicketSuccess { data { ref version itop { ref id state waiting lastError } } }
  }
}`;
const silent = pino({ level: 'silent' });

describe('tickets opened in opale go to iTop', () => {
  let itop: StatefulItop;
  let api: Awaited<ReturnType<typeof demoApi>>;
  beforeAll(async () => {
    itop = await statefulItop();
    api = await demoApi({
      itop: (store) =>
        startItop(
          store,
          {
            connection: { url: itop.url, ...FAKE_CREDENTIALS, insecure: true },
            syncEveryMs: null,
            sendEveryMs: 3_600_000,
            timeoutMs: 3000,
          },
          null,
          silent,
        ),
    });
  });
  afterAll(async () => {
    await api.close();
    await itop.close();
  });

  it('creates the request in iTop and answers its ref and id; a change goes there too', async () => {
    const opened = await api.gql(OPEN, { uai: school }, 'eple', [school]);
    const ticket = opened.data.openTicket.data;
    const [[id, request]] = [...itop.requests.entries()] as [[number, Record<string, string>]];
    expect(ticket.itop).toEqual({
      ref: request.ref,
      id: String(id),
      state: 'sent',
      waiting: 0,
      lastError: null,
    });
    expect(request.title).toBe('DRASI - écran blanc à la validation du mandat');
    expect(request.org_id_friendlyname).toContain(school);
    const changed = await api.gql(
      `mutation($ref: String!, $version: Int!) { changeTicket(ref: $ref, kind: requalified, to: "SI2C", version: $version) { __typename } }`,
      { ref: ticket.ref, version: ticket.version },
      'drasi',
    );
    expect(changed.data.changeTicket.__typename).toBe('MutationChangeTicketSuccess');
    expect(itop.requests.get(id)?.team_id_friendlyname).toBe('SI2C');
  });

  it('keeps the ticket "en attente d’envoi" when iTop answers an error, and shows it to admins', async () => {
    itop.fail({ what: '500', when: 'before' });
    const opened = await api.gql(OPEN, { uai: school }, 'eple', [school]);
    expect(opened.data.openTicket.data.itop).toMatchObject({ ref: null, state: 'pending', waiting: 1 });
    expect(opened.data.openTicket.data.itop.lastError).toContain('iTop answered HTTP 500');
    const admin = await api.gql(
      '{ itopSync { connected pending sent failed outbox { ticketRef state lastError } } }',
      {},
      'admin',
    );
    expect(admin.data.itopSync).toMatchObject({ connected: true, pending: 1, failed: 0 });
    expect(admin.data.itopSync.outbox[0]).toMatchObject({
      ticketRef: opened.data.openTicket.data.ref,
      state: 'pending',
    });
  });
});

describe('without iTop', () => {
  let api: Awaited<ReturnType<typeof demoApi>>;
  beforeAll(async () => {
    api = await demoApi({ portalUrl: 'https://itop.example.fr/pages/UI.php' });
  });
  afterAll(() => api.close());

  it('says tickets are to paste in the portal, and keeps them in opale', async () => {
    const settings = await api.gql('{ itopSettings { connected portalUrl } }', {}, 'eple', [school]);
    expect(settings.data.itopSettings).toEqual({
      connected: false,
      portalUrl: 'https://itop.example.fr/pages/UI.php',
    });
    const opened = await api.gql(OPEN, { uai: school }, 'eple', [school]);
    expect(opened.data.openTicket.data).toMatchObject({ ref: expect.stringMatching(/^OP-/), itop: null });
  });
});
