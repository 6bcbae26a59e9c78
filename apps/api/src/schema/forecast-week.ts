import type { ForecastWeek } from '@opale/domain';
import { builder } from '../builder.js';
import { ForecastTeamsRef, TeamTicketCountsRef } from './count-interval.js';

export const ForecastWeekRef = builder.objectRef<ForecastWeek>('ForecastWeek').implement({
  description:
    'Une semaine autour de la bascule de la vague prévue : l’attendu, et ce qui est arrivé une fois connu.',
  fields: (t) => ({
    offset: t.exposeInt('offset', {
      description:
        'les semaines depuis la bascule : −4 est la quatrième semaine avant, 0 celle où elle a lieu',
    }),
    from: t.expose('from', { type: 'Date', description: 'le premier jour de la semaine' }),
    to: t.expose('to', { type: 'Date', description: 'le dernier jour de la semaine' }),
    forecast: t.field({
      type: ForecastTeamsRef,
      nullable: true,
      description: 'les tickets attendus ; vide quand aucune vague passée n’est connue cette semaine',
      resolve: (w) => w.forecast,
    }),
    actual: t.field({
      type: TeamTicketCountsRef,
      nullable: true,
      description: 'les tickets ouverts par les EPLE de la vague cette semaine, une fois la semaine passée',
      resolve: (w) => w.actual,
    }),
    basedOn: t.exposeStringList('basedOn', { description: 'les vagues passées dont la semaine est tirée' }),
  }),
});
