import type { Ticket } from '@opale/domain';
import type { TicketDelivery } from '@opale/store';
import DataLoader from 'dataloader';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { ItopDeliveryStateEnum } from './itop-delivery-state.js';
import { TicketRef } from './ticket.js';

export const TicketItopRef = builder.objectRef<TicketDelivery>('TicketItop').implement({
  description: 'La demande ITOP d’un ticket ouvert dans opale, et l’envoi de ses changements.',
  fields: (t) => ({
    ref: t.exposeString('itopRef', {
      nullable: true,
      description: 'sa référence dans ITOP (ex. R-012345) ; null tant qu’ITOP ne l’a pas créée',
    }),
    id: t.exposeString('itopId', {
      nullable: true,
      description: 'son identifiant dans ITOP ; null tant qu’ITOP ne l’a pas créée',
    }),
    state: t.expose('state', {
      type: ItopDeliveryStateEnum,
      description: 'envoyé, en attente d’envoi ou en échec',
    }),
    waiting: t.exposeInt('waiting', {
      description: 'le nombre de changements pas encore enregistrés dans ITOP',
    }),
    lastError: t.exposeString('lastError', {
      nullable: true,
      description: 'pourquoi le dernier envoi a échoué ; null si rien n’attend',
    }),
  }),
});

// One read for a page of tickets, per request.
const loaders = new WeakMap<Context, DataLoader<string, TicketDelivery | null>>();
function deliveries(ctx: Context): DataLoader<string, TicketDelivery | null> {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(
      async (refs) => {
        const found = await ctx.store.itop.deliveries(refs);
        return refs.map((ref) => found.get(ref) ?? null);
      },
      { cache: false },
    );
    loaders.set(ctx, loader);
  }
  return loader;
}

builder.objectField(TicketRef, 'itop', (t) =>
  t.field({
    type: TicketItopRef,
    nullable: true,
    description:
      'sa demande dans ITOP quand opale l’y a écrite ou doit l’y écrire ; null pour un ticket qu’opale n’envoie pas à ITOP',
    resolve: (ticket: Ticket, _args, ctx) => deliveries(ctx).load(ticket.ref),
  }),
);
