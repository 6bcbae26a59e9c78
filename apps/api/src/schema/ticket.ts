import {
  canChangeTicket,
  checkTicket,
  PERMISSIONS,
  type Ticket,
  type TicketEvent,
  teamOfRole,
  ticketStateAt,
  ticketsMatching,
} from '@opale/domain';
import { builder } from '../builder.js';
import { actingFor, actorOf, type Caller, canReadEple } from '../caller.js';
import type { Context } from '../context.js';
import { page, pageSize } from '../pages.js';
import { Conflict, InvalidInput, unwrap } from '../results.js';
import { ticketsOfCell } from '../ticket-cells.js';
import { AcademieTeamEnum } from './academie-team.js';
import { AssistanceLevelEnum } from './assistance-level.js';
import { HandlerEnum } from './handler.js';
import { MissingRef } from './missing-element.js';
import { TicketCellInput } from './ticket-cell-input.js';
import { TicketChangeKindEnum } from './ticket-change-kind.js';
import { TicketEventRef } from './ticket-event.js';
import { TicketStateRef } from './ticket-state.js';
import { TicketStatusEnum } from './ticket-status.js';

/** Whether the caller may see this ticket: school users see their schools' tickets only. */
const visible = (caller: Caller | null, ticket: Ticket) => canReadEple(caller, ticket.uai);

export const TicketRef = builder.node(builder.objectRef<Ticket>('Ticket'), {
  id: { resolve: (t) => t.ref },
  authScopes: { signedIn: true },
  loadMany: async (refs, ctx: Context) => {
    const tickets = await ctx.loaders.ticket.loadMany(refs);
    return tickets.map((ticket) =>
      ticket && !(ticket instanceof Error) && visible(ctx.caller, ticket) ? ticket : null,
    );
  },
  fields: (t) => ({
    ref: t.exposeString('ref'),
    title: t.exposeString('title'),
    channel: t.exposeString('channel'),
    openedOn: t.expose('openedOn', { type: 'Date' }),
    uai: t.exposeString('uai', { nullable: true }),
    firstTeam: t.exposeString('team'),
    environment: t.exposeString('environment', { nullable: true }),
    sphere: t.exposeString('sphere', { nullable: true }),
    history: t.field({ type: [TicketEventRef], resolve: (x) => [...x.history] }),
    state: t.field({
      type: TicketStateRef,
      nullable: true,
      args: { asOf: t.arg({ type: 'Date', required: false }) },
      resolve: (x, args, ctx) => ticketStateAt(x, args.asOf ?? ctx.today),
    }),
    missing: t.field({
      type: [MissingRef],
      description: 'what the ticket lacks, by the slides',
      resolve: (x) => checkTicket(x).missing,
    }),
    wellFormed: t.boolean({ resolve: (x) => checkTicket(x).wellFormed }),
    version: t.int({
      description: 'the version a change must be based on',
      resolve: async (x, _args, ctx) => ctx.loaders.ticketVersion.load(x.ref),
    }),
  }),
});

builder.queryFields((t) => ({
  tickets: t.connection(
    {
      type: TicketRef,
      authScopes: { signedIn: true },
      description: 'Tickets, newest first; school users see their schools only. At most 100 a page.',
      args: {
        asOf: t.arg({ type: 'Date', required: false }),
        handler: t.arg({ type: HandlerEnum, required: false, description: 'as of asOf' }),
        status: t.arg({ type: TicketStatusEnum, required: false, description: 'as of asOf' }),
        overThreshold: t.arg.boolean({ required: false, description: 'open for more than 15 days' }),
        team: t.arg({ type: AcademieTeamEnum, required: false, description: 'in charge as of asOf' }),
        level: t.arg({ type: AssistanceLevelEnum, required: false, description: 'as of asOf' }),
        minAgeDays: t.arg.int({ required: false, description: 'at least this many days old as of asOf' }),
        uai: t.arg.string({ required: false }),
        wave: t.arg.string({ required: false }),
        cell: t.arg({
          type: TicketCellInput,
          required: false,
          description:
            'only the tickets one figure of the committee’s ticket table counts as of asOf (ITOP requests of the school year): as many as the figure',
        }),
      },
      resolve: async (_root, args, ctx) => {
        pageSize(args);
        const dataset = await ctx.dataset(args.wave ? { waveIds: [args.wave] } : {});
        const filter = {
          handler: args.handler ?? undefined,
          status: args.status ?? undefined,
          team: args.team ?? undefined,
          level: args.level ?? undefined,
          overThreshold: args.overThreshold ?? undefined,
          minAgeDays: args.minAgeDays ?? undefined,
          uai: args.uai ?? undefined,
          waveId: args.wave ?? undefined,
        };
        const asOf = args.asOf ?? ctx.today;
        const matching = ticketsMatching(dataset, filter, asOf, (x) => visible(ctx.caller, x));
        if (!args.cell) return page(args, matching);
        const table = (await ctx.report(asOf)).tickets;
        const inCell = new Set((await ticketsOfCell(ctx, { table, ...args.cell })).map((x) => x.ref));
        return page(
          args,
          matching.filter((x) => inCell.has(x.ref)),
        );
      },
    },
    {
      fields: (f) => ({
        totalCount: f.int({
          description: 'how many tickets the whole list holds, across its pages',
          resolve: (c) => (c as unknown as { totalCount: number }).totalCount,
        }),
      }),
    },
  ),
}));

/**
 * SI2C and DRASI change the tickets their team is in charge of (escalated ones included); admins
 * change any. An unknown ticket, or one not open yet that day, is left to the store, which names it.
 */
function forTeam(caller: Caller, ticket: Ticket | null, on: string): void {
  const state = ticket === null ? null : ticketStateAt(ticket, on);
  if (ticket === null || state === null || canChangeTicket(caller.role, state.team)) return;
  const team = teamOfRole(caller.role);
  throw new InvalidInput([
    {
      field: 'ref',
      code: 'rule_violation',
      message: `ref: ${ticket.ref} is in the hands of ${state.team} on ${on}; ${team} changes its own team's tickets only`,
    },
  ]);
}

builder.mutationFields((t) => ({
  openTicket: t.field({
    type: TicketRef,
    description:
      'Opens a ticket, routed by the prefix of its title (SI2C or DRASI); school users for their schools only; not the committee (read-only).',
    authScopes: { role: PERMISSIONS.openTicket },
    errors: { types: [InvalidInput] },
    args: {
      title: t.arg.string({ required: true }),
      uai: t.arg.string({ required: true }),
      openedOn: t.arg({ type: 'Date', required: false }),
      environment: t.arg.string({ required: false }),
      sphere: t.arg.string({ required: false }),
      operations: t.arg.string({ required: false }),
      errorMessage: t.arg.string({ required: false }),
      screenshots: t.arg.int({ required: false }),
      lastName: t.arg.string({ required: false }),
      firstName: t.arg.string({ required: false }),
      function: t.arg.string({ required: false }),
    },
    resolve: async (_root, args, ctx) => {
      const caller = actingFor(ctx.caller, args.uai, 'open tickets');
      const stamp = Date.now().toString(36).toUpperCase();
      const opened = await ctx.store.writes.openTicket(
        {
          ref: `OP-${stamp}`,
          channel: 'itop',
          service: 'op@le',
          title: args.title,
          uai: args.uai,
          openedOn: args.openedOn ?? ctx.today,
          environment: args.environment ?? undefined,
          sphere: args.sphere ?? undefined,
          operations: args.operations ?? undefined,
          errorMessage: args.errorMessage ?? undefined,
          screenshots: args.screenshots ?? undefined,
          requester: {
            lastName: args.lastName ?? undefined,
            firstName: args.firstName ?? undefined,
            function: args.function ?? undefined,
          },
          history: [],
        },
        actorOf(caller),
      );
      return unwrap(opened).ticket;
    },
  }),
  changeTicket: t.field({
    type: TicketRef,
    description:
      'Requalifies, escalates, returns, resolves or reopens a ticket, based on the version read (SI2C, DRASI, admin).',
    authScopes: { role: PERMISSIONS.changeTicket },
    errors: { types: [InvalidInput, Conflict] },
    args: {
      ref: t.arg.string({ required: true }),
      kind: t.arg({ type: TicketChangeKindEnum, required: true }),
      on: t.arg({ type: 'Date', required: false }),
      to: t.arg.string({
        required: false,
        description:
          'SI2C or DRASI (requalified, returned); c2s-montpellier, daf, guerande or integrator (escalated)',
      }),
      version: t.arg.int({ required: true }),
    },
    resolve: async (_root, args, ctx) => {
      const caller = ctx.caller as Caller;
      const on = args.on ?? ctx.today;
      // The stored ticket, not the request's snapshot: it may have been opened by this very request.
      forTeam(caller, (await ctx.store.writes.ticket(args.ref))?.ticket ?? null, on);
      const event = (
        args.kind === 'resolved' || args.kind === 'reopened'
          ? { kind: args.kind, on, by: actorOf(caller) }
          : { kind: args.kind, on, to: args.to ?? '', by: actorOf(caller) }
      ) as TicketEvent;
      return unwrap(await ctx.store.writes.addTicketEvent(args.ref, event, args.version, actorOf(caller)))
        .ticket;
    },
  }),
}));
