import {
  checkTicket,
  type MissingElement,
  type Ticket,
  type TicketEvent,
  type TicketState,
  ticketStateAt,
} from '@opale/domain';
import { resolveArrayConnection } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import { builder } from '../builder.js';
import { actorOf, type Caller, canReadEple } from '../caller.js';
import type { Context } from '../context.js';
import { Conflict, InvalidInput, unwrap } from '../results.js';
import { todayInParis } from '../today.js';

const MissingRef = builder.objectRef<MissingElement>('MissingElement').implement({
  description:
    'An element the slides ask for that the ticket lacks, with a message the user can act on (French).',
  fields: (t) => ({
    element: t.exposeString('element'),
    severity: t.exposeString('severity'),
    message: t.exposeString('message'),
  }),
});

const TicketStateRef = builder.objectRef<TicketState>('TicketState').implement({
  fields: (t) => ({
    status: t.exposeString('status'),
    handler: t.exposeString('handler', { description: 'national, SI2C or DRASI' }),
    team: t.exposeString('team'),
    level: t.exposeString('level'),
    escalatedTo: t.exposeString('escalatedTo', { nullable: true }),
    ageDays: t.exposeInt('ageDays'),
    openOverThreshold: t.exposeBoolean('openOverThreshold'),
    resolvedOn: t.expose('resolvedOn', { type: 'Date', nullable: true }),
  }),
});

const TicketEventRef = builder.objectRef<TicketEvent>('TicketEvent').implement({
  fields: (t) => ({
    kind: t.exposeString('kind'),
    on: t.expose('on', { type: 'Date' }),
    to: t.string({ nullable: true, resolve: (e) => ('to' in e ? e.to : null) }),
    by: t.string({ nullable: true, resolve: (e) => e.by ?? null }),
  }),
});

/** Whether the caller may see this ticket: school users see their schools' tickets only. */
const visible = (caller: Caller | null, ticket: Ticket) => caller !== null && canReadEple(caller, ticket.uai);

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
      resolve: (x, args) => ticketStateAt(x, args.asOf ?? todayInParis()),
    }),
    missing: t.field({
      type: [MissingRef],
      description: 'what the ticket lacks, by the slides',
      resolve: (x) => checkTicket(x).missing,
    }),
    wellFormed: t.boolean({ resolve: (x) => checkTicket(x).wellFormed }),
    version: t.int({
      description: 'the version a change must be based on',
      resolve: async (x, _args, ctx) => (await ctx.store.writes.ticket(x.ref))?.version ?? 0,
    }),
  }),
});

builder.queryFields((t) => ({
  tickets: t.connection({
    type: TicketRef,
    authScopes: { signedIn: true },
    description: 'Tickets, newest first; school users see their schools only. At most 100 a page.',
    args: {
      asOf: t.arg({ type: 'Date', required: false }),
      handler: t.arg.string({ required: false, description: 'national, SI2C or DRASI, as of asOf' }),
      status: t.arg.string({ required: false, description: 'open or resolved, as of asOf' }),
      overThreshold: t.arg.boolean({ required: false, description: 'open for more than 15 days' }),
      team: t.arg.string({
        required: false,
        description: 'SI2C or DRASI: the académie team in charge, as of asOf',
      }),
      level: t.arg.string({ required: false, description: 'academie, national or integrator, as of asOf' }),
      minAgeDays: t.arg.int({ required: false, description: 'at least this many days old as of asOf' }),
      uai: t.arg.string({ required: false }),
      wave: t.arg.string({ required: false }),
    },
    resolve: async (_root, args, ctx) => {
      if ((args.first ?? 0) > 100 || (args.last ?? 0) > 100)
        throw new GraphQLError('first/last: at most 100 a page');
      const asOf = args.asOf ?? todayInParis();
      const dataset = await ctx.dataset(args.wave ? { waveIds: [args.wave] } : {});
      const waveOf = new Map(dataset.eple.map((e) => [e.uai, e.waveId]));
      const list = dataset.tickets.filter((ticket) => {
        if (!visible(ctx.caller, ticket)) return false;
        if (args.uai && ticket.uai !== args.uai) return false;
        if (args.wave && (ticket.uai === undefined || waveOf.get(ticket.uai) !== args.wave)) return false;
        const state = ticketStateAt(ticket, asOf);
        if (state === null) return false;
        if (args.handler && state.handler !== args.handler) return false;
        if (args.status && state.status !== args.status) return false;
        if (args.team && state.team !== args.team) return false;
        if (args.level && state.level !== args.level) return false;
        if (typeof args.minAgeDays === 'number' && state.ageDays < args.minAgeDays) return false;
        if (
          args.overThreshold !== null &&
          args.overThreshold !== undefined &&
          state.openOverThreshold !== args.overThreshold
        )
          return false;
        return true;
      });
      list.reverse();
      return resolveArrayConnection({ args, defaultSize: 20, maxSize: 100 }, list);
    },
  }),
}));

const TicketChangeKind = builder.enumType('TicketChangeKind', {
  values: ['requalified', 'escalated', 'returned', 'resolved', 'reopened'] as const,
});

const STAFF = ['admin', 'si2c', 'drasi'] as const;

/**
 * SI2C and DRASI change the tickets their team is in charge of (escalated ones included); admins
 * change any. An unknown ticket is left to the store, which names it.
 */
function forTeam(caller: Caller, ticket: Ticket | null, on: string): void {
  if (caller.role === 'admin' || ticket === null) return;
  const team = caller.role.toUpperCase();
  const state = ticketStateAt(ticket, on);
  if (state !== null && state.team !== team) {
    throw new InvalidInput([
      {
        field: 'ref',
        code: 'rule_violation',
        message: `ref: ${ticket.ref} is in the hands of ${state.team} on ${on}; ${team} changes its own team's tickets only`,
      },
    ]);
  }
}

builder.mutationFields((t) => ({
  openTicket: t.field({
    type: TicketRef,
    description:
      'Opens a ticket, routed by the prefix of its title (SI2C or DRASI); school users for their schools only; not the committee (read-only).',
    authScopes: { role: ['admin', 'si2c', 'drasi', 'eple'] },
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
      const caller = ctx.caller as Caller;
      if (!canReadEple(caller, args.uai)) {
        throw new InvalidInput([
          {
            field: 'uai',
            code: 'rule_violation',
            message: `uai: you may open tickets for your schools only (${caller.uais.join(', ')})`,
          },
        ]);
      }
      const stamp = Date.now().toString(36).toUpperCase();
      const opened = await ctx.store.writes.openTicket(
        {
          ref: `OP-${stamp}`,
          channel: 'itop',
          service: 'op@le',
          title: args.title,
          uai: args.uai,
          openedOn: args.openedOn ?? todayInParis(),
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
    authScopes: { role: STAFF },
    errors: { types: [InvalidInput, Conflict] },
    args: {
      ref: t.arg.string({ required: true }),
      kind: t.arg({ type: TicketChangeKind, required: true }),
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
      const on = args.on ?? todayInParis();
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
