import type { BackTest, BackTestWave } from '@opale/domain';
import { builder } from '../builder.js';

export const BackTestWaveRef = builder.objectRef<BackTestWave>('BackTestWave').implement({
  description: 'Une vague passée prévue à partir des vagues d’avant elle, comparée à ce qui est arrivé.',
  fields: (t) => ({
    waveId: t.exposeString('waveId', { description: 'la vague passée' }),
    asOf: t.expose('asOf', {
      type: 'Date',
      description: 'le jour de la prévision : la veille de sa première semaine',
    }),
    cells: t.exposeInt('cells', { description: 'semaines × équipes comparées' }),
    nonZeroCells: t.exposeInt('nonZeroCells', {
      description: 'celles où des tickets sont arrivés : la base de l’erreur en pourcentage',
    }),
    mape: t.exposeFloat('mape', {
      nullable: true,
      description: 'l’erreur absolue moyenne en pourcentage, sur les cellules non nulles',
    }),
    coverage: t.exposeFloat('coverage', {
      description: 'la part des cellules dont le nombre est tombé dans l’intervalle à 80 %, de 0 à 1',
    }),
  }),
});

export const BackTestRef = builder.objectRef<BackTest>('BackTest').implement({
  description: 'Le test rétrospectif montré à côté de chaque prévision : calculé, jamais saisi.',
  fields: (t) => ({
    waves: t.field({
      type: [BackTestWaveRef],
      description: 'chaque vague passée prévue',
      resolve: (b) => [...b.waves],
    }),
    mape: t.exposeFloat('mape', {
      nullable: true,
      description: 'l’erreur absolue moyenne en pourcentage sur toutes les cellules ; vide sans vague testée',
    }),
    coverage: t.exposeFloat('coverage', {
      nullable: true,
      description: 'la part de toutes les cellules tombées dans l’intervalle ; vide sans vague testée',
    }),
  }),
});
