import { requalifiedShares, requalifiedTickets, schoolYearStart } from '@opale/domain';
import { academieDemo, demoTicketOpenOn } from '@opale/sample-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoApi } from './api.fixture.js';

let demo: Awaited<ReturnType<typeof demoApi>>;
beforeAll(async () => {
  demo = await demoApi();
});
afterAll(() => demo.close());

// A demo ticket that shows every part of the page: a named requester, named screenshots, and a
// history that was requalified and escalated.
const full = academieDemo.tickets.find(
  (t) =>
    t.requester?.lastName &&
    (t.screenshotNames?.length ?? 0) > 1 &&
    t.history.some((e) => e.kind === 'requalified') &&
    t.history.some((e) => e.kind === 'escalated'),
);
const other = academieDemo.tickets.find((t) => t.uai && t.uai !== full?.uai);

const TICKET = `query($ref: String!) { ticket(ref: $ref) {
  ref title service uai firstTeam environment sphere operations errorMessage screenshots screenshotNames
  requester { lastName firstName function }
  history { kind on to by }
  missing { element severity }
} }`;

describe('ticket(ref:)', () => {
  it('gives everything the page of a ticket shows, its history in order', async () => {
    if (!full) throw new Error('the demo records have no ticket with every part');
    const answer = await demo.gql(TICKET, { ref: full.ref }, 'si2c');
    expect(answer.errors).toBeUndefined();
    expect(answer.data.ticket).toMatchObject({
      ref: full.ref,
      uai: full.uai,
      firstTeam: full.team,
      operations: full.operations,
      screenshots: full.screenshotNames?.length,
      screenshotNames: full.screenshotNames,
      requester: {
        lastName: full.requester?.lastName,
        firstName: full.requester?.firstName,
        function: full.requester?.function,
      },
    });
    expect(answer.data.ticket.history).toEqual(
      full.history.map((e) => ({ kind: e.kind, on: e.on, to: 'to' in e ? e.to : null, by: e.by ?? null })),
    );
  });

  it('answers null for an unknown reference, and for another school’s ticket to a school user', async () => {
    if (!full?.uai || !other) throw new Error('the demo records lack two schools with tickets');
    expect((await demo.gql(TICKET, { ref: 'R-NONE' }, 'admin')).data.ticket).toBeNull();
    const mine = await demo.gql(TICKET, { ref: full.ref }, 'eple', [full.uai]);
    expect(mine.data.ticket.ref).toBe(full.ref);
    expect((await demo.gql(TICKET, { ref: other.ref }, 'eple', [full.uai])).data.ticket).toBeNull();
  });

  it('opens a ticket with its screenshots named, and refuses a blank name', async () => {
    const uai = full?.uai as string;
    const OPEN = `mutation($names: [String!]) { openTicket(title: "SI2C - Mandat rejeté par le comptable", uai: "${uai}", openedOn: "2024-01-23", screenshotNames: $names) {
      __typename ... on MutationOpenTicketSuccess { data { ref screenshots screenshotNames missing { element } } }
      ... on InvalidInput { issues { field code } } } }`;
    const opened = await demo.gql(OPEN, { names: ['capture-erreur-mandat.png'] }, 'eple', [uai]);
    expect(opened.data.openTicket.data).toMatchObject({
      screenshots: 1,
      screenshotNames: ['capture-erreur-mandat.png'],
    });
    expect(opened.data.openTicket.data.missing.map((m: { element: string }) => m.element)).not.toContain(
      'screenshots',
    );
    const refused = await demo.gql(OPEN, { names: ['a.png', ' '] }, 'eple', [uai]);
    expect(refused.data.openTicket).toEqual({
      __typename: 'InvalidInput',
      issues: [{ field: 'ticket.screenshotNames[1]', code: 'required' }],
    });
  });
});

const SHARES = `query($asOf: Date!) { committeeReport(asOf: $asOf) { requalified {
  team figure rate { numerator denominator percent } tickets(first: 100) { totalCount edges { node { ref firstTeam } } }
} } }`;

describe('committeeReport.requalified', () => {
  it('gives each team’s share as the domain computes it, and the tickets behind each figure', async () => {
    const asOf = '2024-01-22';
    const answer = await demo.gql(SHARES, { asOf }, 'committee');
    expect(answer.errors).toBeUndefined();
    const options = { from: schoolYearStart(asOf), asOf };
    const expected = requalifiedShares(academieDemo.tickets, options).teams;
    const shares = answer.data.committeeReport.requalified;
    expect(shares.map((s: { team: string; rate: object }) => [s.team, s.rate])).toEqual(
      expected.map((s) => [s.team, s.rate]),
    );
    for (const share of shares) {
      expect(share.tickets.totalCount).toBe(share.figure);
      const refs = requalifiedTickets(academieDemo.tickets, options, share.team).map((t) => t.ref);
      expect(share.tickets.edges.map((e: { node: { ref: string } }) => e.node.ref).sort()).toEqual(
        refs.slice(-100).sort(),
      );
    }
    expect(shares.some((s: { figure: number }) => s.figure > 0)).toBe(true);
    // The list of the tickets page: the same tickets, in the same order, as many as the figure.
    for (const share of shares) {
      const list = await demo.gql(
        `query($team: AcademieTeam!) { requalifiedTickets(team: $team, asOf: "${asOf}", first: 100) { totalCount edges { node { ref firstTeam } } } }`,
        { team: share.team },
        'committee',
      );
      expect(list.data.requalifiedTickets.totalCount).toBe(share.figure);
      expect(list.data.requalifiedTickets.edges).toEqual(share.tickets.edges);
    }
  });

  it('keeps the figures of a past day when later changes are recorded', async () => {
    // An ITOP ticket of the school year open on 24/01/2024, first given to SI2C and never
    // requalified, still with it, as it stood that day; recorded anew before the figures are read.
    const open = demoTicketOpenOn(
      '2024-01-24',
      (p, t) =>
        t.channel === 'itop' &&
        t.openedOn >= '2023-09-01' &&
        t.openedOn <= '2024-01-22' &&
        t.team === 'SI2C' &&
        !t.history.some((e) => e.kind === 'requalified') &&
        p.handler === 'SI2C',
    );
    expect((await demo.store.writes.openTicket(open, 'test')).ok).toBe(true);
    const before = await demo.gql(SHARES, { asOf: '2024-01-22' }, 'committee');
    const version = (await demo.gql(`{ ticket(ref: "${open?.ref}") { version } }`, {}, 'admin')).data.ticket
      .version;
    const changed = await demo.gql(
      `mutation { changeTicket(ref: "${open?.ref}", kind: requalified, to: "DRASI", on: "2024-01-24", version: ${version}) { __typename } }`,
      {},
      'admin',
    );
    expect(changed.data.changeTicket.__typename).toBe('MutationChangeTicketSuccess');
    expect((await demo.gql(SHARES, { asOf: '2024-01-22' }, 'committee')).data).toEqual(before.data);
    const after = await demo.gql(SHARES, { asOf: '2024-01-24' }, 'committee');
    const si2c = (d: typeof after) => d.data.committeeReport.requalified[0].figure;
    expect(si2c(after)).toBe(si2c(before) + 1);
  });
});
