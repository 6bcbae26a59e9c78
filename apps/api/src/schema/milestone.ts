import type { MilestoneStatus } from '@opale/domain';
import { builder } from '../builder.js';

export const MilestoneRef = builder.objectRef<MilestoneStatus>('Milestone').implement({
  fields: (t) => ({
    kind: t.exposeString('kind'),
    label: t.exposeString('label'),
    dueOn: t.expose('dueOn', { type: 'Date' }),
    doneOn: t.expose('doneOn', { type: 'Date', nullable: true }),
    state: t.exposeString('state', {
      description: 'done, done-late, late or upcoming, as of the date asked',
    }),
    daysLate: t.exposeInt('daysLate'),
  }),
});
