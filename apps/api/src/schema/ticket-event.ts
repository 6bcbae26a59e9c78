import type { TicketEvent } from '@opale/domain';
import { builder } from '../builder.js';

export const TicketEventRef = builder.objectRef<TicketEvent>('TicketEvent').implement({
  fields: (t) => ({
    kind: t.exposeString('kind'),
    on: t.expose('on', { type: 'Date' }),
    to: t.string({ nullable: true, resolve: (e) => ('to' in e ? e.to : null) }),
    by: t.string({ nullable: true, resolve: (e) => e.by ?? null }),
  }),
});
