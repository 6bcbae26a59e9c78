import type { MilestoneChange } from '@opale/domain';
import { builder } from '../builder.js';

export const MilestoneChangeRef = builder.objectRef<MilestoneChange>('MilestoneChange').implement({
  description:
    'Un changement d’une étape du calendrier : ce qu’elle est à partir du jour où il a été décidé, et qui l’a enregistré.',
  fields: (t) => ({
    on: t.expose('on', {
      type: 'Date',
      nullable: true,
      description:
        'le jour où le changement a été décidé : il compte à partir de ce jour ; null pour ce qui est connu depuis l’origine',
    }),
    kind: t.exposeString('kind', { description: 'le type d’étape (voir `Milestone.kind`)' }),
    label: t.exposeString('label', { description: 'le libellé de l’étape' }),
    dueOn: t.expose('dueOn', { type: 'Date', description: 'le jour prévu' }),
    doneOn: t.expose('doneOn', {
      type: 'Date',
      nullable: true,
      description: 'le jour où elle a eu lieu ; null si elle n’avait pas eu lieu',
    }),
    recordedBy: t.exposeString('recordedBy', { description: 'qui a enregistré le changement' }),
    recordedAt: t.exposeString('recordedAt', {
      description: 'quand il a été enregistré (instant ISO 8601, UTC)',
    }),
  }),
});
