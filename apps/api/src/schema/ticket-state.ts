import type { TicketState } from '@opale/domain';
import { builder } from '../builder.js';

export const TicketStateRef = builder.objectRef<TicketState>('TicketState').implement({
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
