import {
  type AcademieTeam,
  type CommitteeReport,
  PERMISSIONS,
  type RequalifiedOptions,
  type RequalifiedShare,
  requalifiedShares,
  schoolYearStart,
} from '@opale/domain';
import { builder } from '../builder.js';
import { page, pageSize, withTotalCount } from '../pages.js';
import { ticketsBehind } from '../requalified-listing.js';
import { AcademieTeamEnum } from './academie-team.js';
import { ReportRef } from './committee-report.js';
import { RateRef } from './rate.js';
import { TicketRef } from './ticket.js';

/** One team's share, with the tickets it was computed on. */
interface RequalifiedOfReport extends RequalifiedShare {
  readonly options: RequalifiedOptions;
}

const RequalifiedShareRef = builder.objectRef<RequalifiedOfReport>('RequalifiedShare').implement({
  description:
    'La part des tickets requalifiés d’une équipe au jour du rapport : parmi les demandes ITOP du tableau du comité qu’elle a reçues en premier (par le préfixe du titre), celles requalifiées au moins une fois ce jour-là au plus tard. `figure` vaut toujours `tickets.totalCount`.',
  fields: (t) => ({
    team: t.field({
      type: AcademieTeamEnum,
      description: 'l’équipe à qui les tickets ont été orientés à leur ouverture',
      resolve: (s) => s.team,
    }),
    figure: t.int({
      description: 'combien de ses tickets ont été requalifiés',
      resolve: (s) => s.rate.numerator,
    }),
    rate: t.field({
      type: RateRef,
      description: 'les tickets requalifiés sur les tickets reçus par l’équipe',
      resolve: (s) => s.rate,
    }),
    tickets: t.connection(
      {
        type: TicketRef,
        description: 'les tickets que le chiffre compte, du plus récent au plus ancien',
        resolve: async (share, args, ctx) => {
          pageSize(args);
          return page(args, await ticketsBehind(ctx, share.options, share.team));
        },
      },
      withTotalCount('de tickets'),
    ),
  }),
});

builder.objectField(ReportRef, 'requalified', (t) =>
  t.field({
    type: [RequalifiedShareRef],
    description:
      'la part des tickets requalifiés de chaque équipe (SI2C puis DRASI), sur les demandes ITOP du tableau des demandes, au jour du rapport',
    args: {
      team: t.arg({ type: AcademieTeamEnum, required: false, description: 'cette équipe seulement' }),
    },
    resolve: async (r: CommitteeReport, args, ctx) => {
      const options = { from: r.tickets.from, asOf: r.asOf, channel: r.tickets.channel };
      const shares = requalifiedShares((await ctx.dataset()).tickets, options).teams;
      return shares
        .filter((s) => !args.team || s.team === (args.team as AcademieTeam))
        .map((s) => ({ ...s, options }));
    },
  }),
);

builder.queryFields((t) => ({
  requalifiedTickets: t.connection(
    {
      type: TicketRef,
      authScopes: { role: PERMISSIONS.readReport },
      description:
        'Les tickets qu’un chiffre de `committeeReport.requalified` compte au jour `asOf` (demandes ITOP depuis la rentrée, reçues en premier par l’équipe, requalifiées ce jour-là au plus tard), du plus récent au plus ancien : autant que le chiffre. 100 au plus par page.',
      args: {
        team: t.arg({
          type: AcademieTeamEnum,
          required: true,
          description: 'l’équipe qui les a reçus à l’ouverture',
        }),
        asOf: t.arg({
          type: 'Date',
          required: false,
          description: 'le jour du chiffre (aujourd’hui si omis)',
        }),
      },
      resolve: async (_root, args, ctx) => {
        pageSize(args);
        const asOf = args.asOf ?? ctx.today;
        // The report's ticket table starts at the school year's start: so does its requalified share.
        return page(args, await ticketsBehind(ctx, { from: schoolYearStart(asOf), asOf }, args.team));
      },
    },
    withTotalCount('de tickets'),
  ),
}));
