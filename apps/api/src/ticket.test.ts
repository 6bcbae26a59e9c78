import type { Role } from '@opale/domain';
import { type TicketState, ticketStateAt } from '@opale/domain';
import { academieDemo, demoTicketOpenOn } from '@opale/sample-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoApi } from './api.fixture.js';

let demo: Awaited<ReturnType<typeof demoApi>>;
// Two schools that both have tickets: a user of the first must never see the second's.
const withTickets = [...new Set(academieDemo.tickets.flatMap((t) => (t.uai ? [t.uai] : [])))];
const mine = withTickets[0] as string;
const theirs = withTickets[1] as string;

beforeAll(async () => {
  demo = await demoApi();
});
afterAll(() => demo.close());

const gql = (query: string, variables: object, role: Role, uais?: string[]) =>
  demo.gql(query, variables, role, uais);

/** An ITOP ticket a team handles on 23/01/2024, the day CHANGE is dated, recorded anew (version 1). */
async function ticketOf(team: 'SI2C' | 'DRASI', mark: string): Promise<string> {
  const ticket = demoTicketOpenOn('2024-01-23', (p, t) => p.handler === team && t.channel === 'itop', mark);
  const opened = await demo.store.writes.openTicket(ticket, 'test');
  if (!opened.ok) throw new Error(JSON.stringify(opened.errors));
  return ticket.ref;
}

const LIST = `query($uai: String, $first: Int) { tickets(uai: $uai, first: $first, asOf: "2024-01-22") { edges { node { id ref uai wellFormed missing { element message } state { handler status } } } pageInfo { hasNextPage } } }`;

const CHANGE = `mutation($ref: String!, $kind: TicketChangeKind!, $to: String, $version: Int!) {
  changeTicket(ref: $ref, kind: $kind, to: $to, on: "2024-01-23", version: $version) {
    __typename ... on MutationChangeTicketSuccess { data { version history { kind } } }
    ... on Conflict { issues { code } } ... on InvalidInput { issues { field code } } } }`;

describe('tickets through the API', () => {
  it('pages the tickets, at most 100 at a time', async () => {
    const page = await gql(LIST, { first: 100 }, 'si2c');
    expect(page.data.tickets.edges).toHaveLength(100);
    expect(page.data.tickets.pageInfo.hasNextPage).toBe(true);
    const tooMany = await gql(LIST, { first: 101 }, 'si2c');
    expect(tooMany.errors?.[0]?.message).toContain('at most 100');
  });

  it('filters by team, level and age as of a day, as the domain computes them', async () => {
    const FILTERED = `query($team: AcademieTeam, $level: AssistanceLevel, $min: Int, $status: TicketStatus) {
      tickets(asOf: "2024-01-22", team: $team, level: $level, minAgeDays: $min, status: $status, first: 100) {
        edges { node { ref } } pageInfo { hasNextPage } } }`;
    type Keep = (s: TicketState) => boolean;
    const expected = (keep: Keep) =>
      academieDemo.tickets
        .filter((t) => {
          const state = ticketStateAt(t, '2024-01-22');
          return state !== null && keep(state);
        })
        .map((t) => t.ref)
        .sort();
    for (const [variables, keep] of [
      [{ level: 'national', status: 'open' }, (s) => s.level === 'national' && s.status === 'open'],
      [
        { team: 'DRASI', min: 16, status: 'open' },
        (s) => s.team === 'DRASI' && s.ageDays >= 16 && s.status === 'open',
      ],
      [
        { team: 'SI2C', level: 'academie', min: 60 },
        (s) => s.team === 'SI2C' && s.level === 'academie' && s.ageDays >= 60,
      ],
    ] as [object, Keep][]) {
      const page = await gql(FILTERED, variables, 'committee');
      expect(page.data.tickets.pageInfo.hasNextPage).toBe(false);
      const refs = page.data.tickets.edges.map((e: any) => e.node.ref).sort();
      expect(refs.length).toBeGreaterThan(0);
      expect(refs).toEqual(expected(keep));
    }
  });

  it("never shows a school user another school's tickets, whatever the path", async () => {
    const own = await gql(LIST, { first: 100 }, 'eple', [mine]);
    const uais = new Set(own.data.tickets.edges.map((e: any) => e.node.uai));
    expect([...uais]).toEqual([mine]);
    const asked = await gql(LIST, { uai: theirs, first: 10 }, 'eple', [mine]);
    expect(asked.data.tickets.edges).toHaveLength(0);
    const other = await gql(LIST, { uai: theirs, first: 1 }, 'si2c');
    const id = other.data.tickets.edges[0].node.id;
    const byNode = await gql(
      'query($id: ID!) { node(id: $id) { id ... on Ticket { ref } } }',
      { id },
      'eple',
      [mine],
    );
    expect(byNode.data?.node ?? null).toBeNull();
    const byNodes = await gql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [id] }, 'eple', [
      mine,
    ]);
    expect(byNodes.data?.nodes ?? [null]).toEqual([null]);
    const staff = await gql('query($id: ID!) { node(id: $id) { ... on Ticket { uai } } }', { id }, 'drasi');
    expect(staff.data.node.uai).toBe(theirs);
  });

  it('lets a school user open a ticket for their school, routed by its prefix, and not for another', async () => {
    const OPEN = `mutation($title: String!, $uai: String!) { openTicket(title: $title, uai: $uai, openedOn: "2024-01-22", environment: "production", sphere: "gestionnaire") {
      __typename ... on MutationOpenTicketSuccess { data { ref firstTeam wellFormed missing { element } } }
      ... on InvalidInput { issues { field code message } } } }`;
    const ok = await gql(OPEN, { title: 'DRASI - Accès FM1 refusé avec la clé OTP', uai: mine }, 'eple', [
      mine,
    ]);
    expect(ok.data.openTicket.__typename).toBe('MutationOpenTicketSuccess');
    expect(ok.data.openTicket.data.firstTeam).toBe('DRASI');
    expect(ok.data.openTicket.data.missing.map((m: any) => m.element)).toContain('operations');
    const refused = await gql(OPEN, { title: 'SI2C - Budget', uai: theirs }, 'eple', [mine]);
    expect(refused.data.openTicket).toMatchObject({ __typename: 'InvalidInput', issues: [{ field: 'uai' }] });
    const badUai = await gql(
      OPEN,
      { title: 'SI2C - Question sur les droits constatés', uai: '0000000A' },
      'si2c',
    );
    expect(badUai.data.openTicket.__typename).toBe('InvalidInput');
  });

  it('records a request received by phone, kept out of the ITOP table and found by its channel', async () => {
    const OPEN = `mutation($uai: String!, $channel: TicketChannel) { openTicket(title: "SI2C - Question sur la clôture", uai: $uai, openedOn: "2024-01-22", channel: $channel) {
      __typename ... on MutationOpenTicketSuccess { data { ref channel } } ... on InvalidInput { issues { field message } } } }`;
    const TABLE = `{ committeeReport(asOf: "2024-01-22") { tickets { all { total } } outsideItop { phone } } }`;
    const before = (await gql(TABLE, {}, 'committee')).data.committeeReport;
    const recorded = await gql(OPEN, { uai: mine, channel: 'phone' }, 'si2c');
    expect(recorded.data.openTicket.data.channel).toBe('phone');
    const after = (await gql(TABLE, {}, 'committee')).data.committeeReport;
    expect(after.tickets.all.total).toBe(before.tickets.all.total);
    expect(after.outsideItop.phone).toBe(before.outsideItop.phone + 1);
    const byPhone = await gql(
      '{ tickets(asOf: "2024-01-22", channel: phone, first: 100) { totalCount edges { node { ref channel } } } }',
      {},
      'si2c',
    );
    expect(byPhone.data.tickets.edges.map((e: any) => e.node.ref)).toContain(
      recorded.data.openTicket.data.ref,
    );
    expect(new Set(byPhone.data.tickets.edges.map((e: any) => e.node.channel))).toEqual(new Set(['phone']));
    const school = await gql(OPEN, { uai: mine, channel: 'mail' }, 'eple', [mine]);
    expect(school.data.openTicket).toMatchObject({
      __typename: 'InvalidInput',
      issues: [{ field: 'channel' }],
    });
  });

  it('refuses a change based on a stale version, as a typed conflict', async () => {
    const ref = await ticketOf('DRASI', 'stale');
    const first = await gql(CHANGE, { ref, kind: 'resolved', version: 1 }, 'drasi');
    expect(first.data.changeTicket).toMatchObject({
      __typename: 'MutationChangeTicketSuccess',
      data: { version: 2 },
    });
    const stale = await gql(CHANGE, { ref, kind: 'resolved', version: 1 }, 'drasi');
    expect(stale.data.changeTicket).toEqual({ __typename: 'Conflict', issues: [{ code: 'conflict' }] });
    const committee = await gql(CHANGE, { ref, kind: 'reopened', version: 2 }, 'committee');
    expect(committee.errors?.[0]?.message).toMatch(/Not authorized/);
  });

  it("lets SI2C and DRASI change their own team's tickets only; admins any", async () => {
    const ref = await ticketOf('SI2C', 'teams');
    const drasi = await gql(CHANGE, { ref, kind: 'resolved', version: 1 }, 'drasi');
    expect(drasi.data.changeTicket).toMatchObject({
      __typename: 'InvalidInput',
      issues: [{ field: 'ref', code: 'rule_violation' }],
    });
    // SI2C hands it to DRASI: from then on it is DRASI's to change, not SI2C's.
    const handed = await gql(CHANGE, { ref, kind: 'requalified', to: 'DRASI', version: 1 }, 'si2c');
    expect(handed.data.changeTicket.__typename).toBe('MutationChangeTicketSuccess');
    const si2c = await gql(CHANGE, { ref, kind: 'resolved', version: 2 }, 'si2c');
    expect(si2c.data.changeTicket.__typename).toBe('InvalidInput');
    const admin = await gql(CHANGE, { ref, kind: 'resolved', version: 2 }, 'admin');
    expect(admin.data.changeTicket.__typename).toBe('MutationChangeTicketSuccess');
  });
});
