import { PERMISSIONS } from '@opale/domain';
import { builder } from '../builder.js';
import { actingFor, actorOf } from '../caller.js';
import { sentToItop } from '../itop-service.js';
import { InvalidInput, unwrap } from '../results.js';
import { TicketRef } from './ticket.js';
import { TicketChannelEnum } from './ticket-channel.js';

builder.mutationFields((t) => ({
  openTicket: t.field({
    type: TicketRef,
    description:
      'Ouvre un ticket, orienté vers le SI2C ou la DRASI par le préfixe de son titre ; un établissement pour les siens seulement ; pas le comité (lecture seule).',
    authScopes: { role: PERMISSIONS.openTicket },
    errors: {
      types: [InvalidInput],
      union: {
        description:
          'Ce que répond l’ouverture d’un ticket : ce qui a été écrit, ou pourquoi rien ne l’a été.',
      },
      result: { description: 'L’ouverture d’un ticket a réussi.' },
      dataField: { description: 'ce qui a été écrit' },
    },
    args: {
      title: t.arg.string({
        required: true,
        description: 'le titre, préfixé par le domaine (ex. « Budget : … »)',
      }),
      uai: t.arg.string({ required: true, description: 'l’UAI de l’EPLE demandeur' }),
      openedOn: t.arg({
        type: 'Date',
        required: false,
        description: 'le jour d’ouverture (aujourd’hui si omis)',
      }),
      environment: t.arg.string({ required: false, description: 'production ou sandbox (bac à sable)' }),
      sphere: t.arg.string({ required: false, description: 'ordonnateur, gestionnaire ou agent-comptable' }),
      operations: t.arg.string({ required: false, description: 'les opérations menées avant le problème' }),
      errorMessage: t.arg.string({ required: false, description: 'le message d’erreur affiché' }),
      screenshots: t.arg.int({ required: false, description: 'le nombre de copies d’écran jointes' }),
      screenshotNames: t.arg.stringList({ required: false, description: 'les noms de fichier des captures' }),
      lastName: t.arg.string({ required: false, description: 'le nom du demandeur' }),
      firstName: t.arg.string({ required: false, description: 'le prénom du demandeur' }),
      function: t.arg.string({ required: false, description: 'la fonction du demandeur' }),
      channel: t.arg({
        type: TicketChannelEnum,
        required: false,
        description:
          'par où la demande est arrivée (ITOP quand omis) ; une demande reçue par mail, téléphone ou visio est enregistrée par le SI2C, la DRASI ou un administrateur',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const caller = actingFor(ctx.caller, args.uai, 'open tickets');
      const channel = args.channel ?? 'itop';
      if (channel !== 'itop' && caller.role === 'eple')
        throw new InvalidInput([
          {
            field: 'channel',
            code: 'rule_violation',
            message: `channel: a school opens its requests through ITOP; one received by ${channel} is recorded by the SI2C or the DRASI`,
          },
        ]);
      const stamp = Date.now().toString(36).toUpperCase();
      const opened = await ctx.store.writes.openTicket(
        {
          ref: `OP-${stamp}`,
          channel,
          service: 'op@le',
          title: args.title,
          uai: args.uai,
          openedOn: args.openedOn ?? ctx.today,
          environment: args.environment ?? undefined,
          sphere: args.sphere ?? undefined,
          operations: args.operations ?? undefined,
          errorMessage: args.errorMessage ?? undefined,
          screenshots: args.screenshots ?? undefined,
          screenshotNames: args.screenshotNames ?? undefined,
          requester: {
            lastName: args.lastName ?? undefined,
            firstName: args.firstName ?? undefined,
            function: args.function ?? undefined,
          },
          history: [],
        },
        actorOf(caller),
      );
      return sentToItop(ctx, unwrap(opened).ticket);
    },
  }),
}));
