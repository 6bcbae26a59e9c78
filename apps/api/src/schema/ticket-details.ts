import { builder } from '../builder.js';
import { canReadEple } from '../caller.js';
import { TicketRef } from './ticket.js';
import { TicketRequesterRef } from './ticket-requester.js';

// What the page of one ticket shows beyond the list: the elements the committee asks a ticket to
// hold, and the query that finds a ticket by its reference.
builder.objectFields(TicketRef, (t) => ({
  service: t.string({
    nullable: true,
    description: 'le service ITOP où il a été déposé (le comité demande op@le) ; null s’il n’est pas connu',
    resolve: (x) => x.service ?? null,
  }),
  requester: t.field({
    type: TicketRequesterRef,
    nullable: true,
    description: 'l’utilisateur connecté à op@le : nom, prénom, fonction ; null si rien n’en est dit',
    resolve: (x) => x.requester ?? null,
  }),
  operations: t.string({
    nullable: true,
    description: 'les opérations effectuées avant le problème ; null si elles ne sont pas détaillées',
    resolve: (x) => x.operations ?? null,
  }),
  errorMessage: t.string({
    nullable: true,
    description: 'le message d’erreur affiché ; null s’il n’est pas recopié',
    resolve: (x) => x.errorMessage ?? null,
  }),
  screenshots: t.int({
    nullable: true,
    description:
      'combien de captures d’écran sont jointes ; autant que `screenshotNames` quand elles sont nommées, null si ce n’est pas dit',
    resolve: (x) => x.screenshots ?? null,
  }),
  screenshotNames: t.stringList({
    description:
      'les noms de fichier des captures d’écran jointes (ex. capture-erreur-mandat.png) ; vide quand elles ne sont que comptées',
    resolve: (x) => [...(x.screenshotNames ?? [])],
  }),
}));

builder.queryFields((t) => ({
  ticket: t.field({
    type: TicketRef,
    nullable: true,
    description:
      'Un ticket par sa référence ; null s’il est inconnu ou s’il concerne un autre établissement que ceux de l’appelant.',
    authScopes: { signedIn: true },
    args: { ref: t.arg.string({ required: true, description: 'la référence du ticket (ex. R-012345)' }) },
    resolve: async (_root, args, ctx) => {
      const ticket = await ctx.loaders.ticket.load(args.ref.trim());
      return ticket && canReadEple(ctx.caller, ticket.uai) ? ticket : null;
    },
  }),
}));
