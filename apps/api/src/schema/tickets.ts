import { builder } from '../builder.js';
import { page, pageSize, withTotalCount } from '../pages.js';
import { listedTickets } from '../ticket-listing.js';
import { AcademieTeamEnum } from './academie-team.js';
import { AssistanceLevelEnum } from './assistance-level.js';
import { HandlerEnum } from './handler.js';
import { NationalServiceEnum } from './national-service.js';
import { TicketRef } from './ticket.js';
import { TicketCellInput } from './ticket-cell-input.js';
import { TicketChannelEnum } from './ticket-channel.js';
import { TicketStatusEnum } from './ticket-status.js';

builder.queryFields((t) => ({
  tickets: t.connection(
    {
      type: TicketRef,
      authScopes: { signedIn: true },
      description:
        'Les tickets, du plus récent au plus ancien ; un établissement ne voit que les siens. 100 au plus par page.',
      args: {
        asOf: t.arg({
          type: 'Date',
          required: false,
          description: 'le jour de l’état des tickets (aujourd’hui si omis)',
        }),
        handler: t.arg({
          type: HandlerEnum,
          required: false,
          description: 'ceux que traite ce niveau au jour `asOf`',
        }),
        status: t.arg({
          type: TicketStatusEnum,
          required: false,
          description: 'ceux dans cet état au jour `asOf`',
        }),
        overThreshold: t.arg.boolean({
          required: false,
          description: 'ceux en cours depuis plus de 15 jours au jour `asOf` (true), ou les autres (false)',
        }),
        team: t.arg({
          type: AcademieTeamEnum,
          required: false,
          description: 'ceux dont cette équipe a la charge au jour `asOf`',
        }),
        level: t.arg({
          type: AssistanceLevelEnum,
          required: false,
          description: 'ceux à ce niveau d’assistance au jour `asOf`',
        }),
        minAgeDays: t.arg.int({
          required: false,
          description: 'ceux ouverts depuis au moins ce nombre de jours au jour `asOf`',
        }),
        uai: t.arg.string({ required: false, description: 'ceux de l’EPLE de cet UAI' }),
        wave: t.arg.string({ required: false, description: 'ceux des EPLE de cette vague (ex. V6)' }),
        channel: t.arg({
          type: TicketChannelEnum,
          required: false,
          description: 'ceux arrivés par ce canal : ITOP, ou hors ITOP par mail, téléphone ou visio',
        }),
        openedFrom: t.arg({
          type: 'Date',
          required: false,
          description: 'ceux ouverts ce jour-là ou après',
        }),
        openedTo: t.arg({
          type: 'Date',
          required: false,
          description: 'ceux ouverts ce jour-là ou avant',
        }),
        wellFormed: t.arg.boolean({
          required: false,
          description:
            'ceux bien formés selon les règles du comité, sans élément exigé manquant (true), ou les autres (false)',
        }),
        nationalService: t.arg({
          type: NationalServiceEnum,
          required: false,
          description:
            'ceux escaladés à ce service au jour `asOf` (pas ceux qui y ont été escaladés puis renvoyés à l’académie)',
        }),
        cell: t.arg({
          type: TicketCellInput,
          required: false,
          description:
            'seulement les tickets qu’un chiffre du tableau des demandes du comité compte au jour `asOf` (demandes ITOP de l’année scolaire) : autant que le chiffre',
        }),
      },
      resolve: async (_root, args, ctx) => {
        pageSize(args);
        return page(args, await listedTickets(ctx, args));
      },
    },
    withTotalCount('de tickets'),
  ),
}));
