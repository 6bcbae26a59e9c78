import type { MilestoneStatus } from '@opale/domain';
import { builder } from '../builder.js';

export const MilestoneRef = builder.objectRef<MilestoneStatus>('Milestone').implement({
  description: 'Une étape datée du calendrier d’une vague, et où elle en est au jour demandé.',
  fields: (t) => ({
    kind: t.exposeString('kind', {
      description:
        'l’étape : eple-informed, eple-created, budget-circular, first-training, reminder, bascule ou other (une chaîne, car ces valeurs ont un tiret, interdit dans un nom d’énumération GraphQL)',
    }),
    label: t.exposeString('label', { description: 'l’étape, comme le comité l’écrit' }),
    dueOn: t.expose('dueOn', { type: 'Date', description: 'le jour prévu' }),
    doneOn: t.expose('doneOn', {
      type: 'Date',
      nullable: true,
      description: 'le jour où elle a eu lieu ; null sinon',
    }),
    state: t.exposeString('state', {
      description:
        'au jour demandé : done (faite à temps), done-late (faite en retard), late (en retard) ou upcoming (à venir) (une chaîne, car ces valeurs ont un tiret, interdit dans un nom d’énumération GraphQL)',
    }),
    daysLate: t.exposeInt('daysLate', {
      description: 'jours de retard au jour demandé (ou à sa réalisation) ; 0 sans retard',
    }),
  }),
});
