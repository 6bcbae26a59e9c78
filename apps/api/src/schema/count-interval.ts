import type { CountInterval, TeamCounts } from '@opale/domain';
import { builder } from '../builder.js';

export const CountIntervalRef = builder.objectRef<CountInterval>('CountInterval').implement({
  description: 'Un nombre attendu de tickets et l’intervalle qui le contient 8 fois sur 10.',
  fields: (t) => ({
    expected: t.exposeFloat('expected', { description: 'le nombre attendu (une moyenne, pas un entier)' }),
    low: t.exposeInt('low', { description: 'le bas de l’intervalle à 80 %' }),
    high: t.exposeInt('high', { description: 'le haut de l’intervalle à 80 %' }),
  }),
});

export const ForecastTeamsRef = builder.objectRef<TeamCounts<CountInterval>>('ForecastTeams').implement({
  description: 'Les tickets attendus dans une semaine, par équipe et en tout.',
  fields: (t) => ({
    si2c: t.field({ type: CountIntervalRef, description: 'pour le SI2C', resolve: (c) => c.SI2C }),
    drasi: t.field({ type: CountIntervalRef, description: 'pour la DRASI', resolve: (c) => c.DRASI }),
    all: t.field({ type: CountIntervalRef, description: 'en tout', resolve: (c) => c.all }),
  }),
});

export const TeamTicketCountsRef = builder.objectRef<TeamCounts<number>>('TeamTicketCounts').implement({
  description: 'Les tickets ouverts dans une semaine, par équipe et en tout.',
  fields: (t) => ({
    si2c: t.int({ description: 'donnés au SI2C', resolve: (c) => c.SI2C }),
    drasi: t.int({ description: 'donnés à la DRASI', resolve: (c) => c.DRASI }),
    all: t.int({ description: 'en tout', resolve: (c) => c.all }),
  }),
});
