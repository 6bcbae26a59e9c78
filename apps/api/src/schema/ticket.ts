import { checkTicket, PERMISSIONS, type Ticket, type TicketEvent, ticketStateAt } from '@opale/domain';
import { builder } from '../builder.js';
import { actingOnTicket, actorOf, type Caller, canReadEple } from '../caller.js';
import type { Context } from '../context.js';
import { sentToItop } from '../itop-service.js';
import { Conflict, InvalidInput, unwrap } from '../results.js';
import { AcademieTeamEnum } from './academie-team.js';
import { MissingRef } from './missing-element.js';
import { TicketChangeKindEnum } from './ticket-change-kind.js';
import { TicketChannelEnum } from './ticket-channel.js';
import { TicketEventRef } from './ticket-event.js';
import { TicketStateRef } from './ticket-state.js';

export const TicketRef = builder.node(builder.objectRef<Ticket>('Ticket'), {
  id: { resolve: (t) => t.ref },
  description: 'Une demande d’assistance (ticket ITOP), avec son historique.',
  authScopes: { signedIn: true },
  loadMany: async (refs, ctx: Context) => {
    const tickets = await ctx.loaders.ticket.loadMany(refs);
    return tickets.map((ticket) =>
      ticket && !(ticket instanceof Error) && canReadEple(ctx.caller, ticket.uai) ? ticket : null,
    );
  },
  fields: (t) => ({
    ref: t.exposeString('ref', { description: 'sa référence ITOP' }),
    title: t.exposeString('title', {
      description: 'son titre, préfixé par le domaine qui l’oriente vers le SI2C ou la DRASI',
    }),
    channel: t.expose('channel', { type: TicketChannelEnum, description: 'par où la demande est arrivée' }),
    openedOn: t.expose('openedOn', { type: 'Date', description: 'le jour de son ouverture' }),
    uai: t.exposeString('uai', {
      nullable: true,
      description: 'l’UAI de l’EPLE demandeur ; null s’il n’est pas renseigné',
    }),
    firstTeam: t.expose('team', {
      type: AcademieTeamEnum,
      description: 'l’équipe de l’académie à qui il a été orienté à son ouverture',
    }),
    environment: t.exposeString('environment', {
      nullable: true,
      description:
        'l’environnement concerné : production ou sandbox (bac à sable) ; null s’il n’est pas renseigné',
    }),
    sphere: t.exposeString('sphere', {
      nullable: true,
      description:
        'la sphère concernée : ordonnateur, gestionnaire ou agent-comptable ; null si elle n’est pas renseignée (une chaîne, car agent-comptable a un tiret, interdit dans un nom d’énumération GraphQL)',
    }),
    history: t.field({
      type: [TicketEventRef],
      description: 'ses changements, du plus ancien au plus récent',
      resolve: (x) => [...x.history],
    }),
    state: t.field({
      type: TicketStateRef,
      nullable: true,
      description: 'où il en est au jour demandé ; null s’il n’est pas encore ouvert ce jour-là',
      args: { asOf: t.arg({ type: 'Date', required: false, description: 'le jour (aujourd’hui si omis)' }) },
      resolve: (x, args, ctx) => ticketStateAt(x, args.asOf ?? ctx.today),
    }),
    missing: t.field({
      type: [MissingRef],
      description: 'ce qui manque au ticket, selon ce que le comité demande',
      resolve: (x) => checkTicket(x).missing,
    }),
    wellFormed: t.boolean({
      description: 'vrai s’il ne lui manque aucun élément exigé',
      resolve: (x) => checkTicket(x).wellFormed,
    }),
    version: t.int({
      description: 'sa version : celle sur laquelle un changement doit s’appuyer',
      resolve: async (x, _args, ctx) => ctx.loaders.ticketVersion.load(x.ref),
    }),
  }),
});

builder.mutationFields((t) => ({
  changeTicket: t.field({
    type: TicketRef,
    description:
      'Requalifie, escalade, renvoie, résout ou rouvre un ticket, à partir de la version lue (SI2C, DRASI, administrateurs).',
    authScopes: { role: PERMISSIONS.changeTicket },
    errors: {
      types: [InvalidInput, Conflict],
      union: {
        description:
          'Ce que répond le changement d’un ticket : ce qui a été écrit, ou pourquoi rien ne l’a été.',
      },
      result: { description: 'Le changement d’un ticket a réussi.' },
      dataField: { description: 'ce qui a été écrit' },
    },
    args: {
      ref: t.arg.string({ required: true, description: 'la référence du ticket' }),
      kind: t.arg({ type: TicketChangeKindEnum, required: true, description: 'le changement' }),
      on: t.arg({
        type: 'Date',
        required: false,
        description: 'le jour du changement (aujourd’hui si omis)',
      }),
      to: t.arg.string({
        required: false,
        description:
          'SI2C ou DRASI (requalifié, renvoyé) ; c2s-montpellier, daf, guerande ou integrator (escaladé)',
      }),
      version: t.arg.int({
        required: true,
        description:
          'la version du ticket lue (`version`) ; si elle a changé depuis, la réponse est un `Conflict`',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const caller = ctx.caller as Caller;
      const on = args.on ?? ctx.today;
      // The stored ticket, not the request's snapshot: it may have been opened by this very request.
      actingOnTicket(caller, (await ctx.store.writes.ticket(args.ref))?.ticket ?? null, on);
      const event = (
        args.kind === 'resolved' || args.kind === 'reopened'
          ? { kind: args.kind, on, by: actorOf(caller) }
          : { kind: args.kind, on, to: args.to ?? '', by: actorOf(caller) }
      ) as TicketEvent;
      const changed = await ctx.store.writes.addTicketEvent(args.ref, event, args.version, actorOf(caller));
      return sentToItop(ctx, unwrap(changed).ticket);
    },
  }),
}));
