import { PERMISSIONS, type Trainer } from '@opale/domain';
import { builder } from '../builder.js';

export const TrainerRef = builder.objectRef<Trainer>('Trainer').implement({
  description: 'Un formateur volontaire, utilisateur d’une vague précédente.',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'son identifiant' }),
    name: t.exposeString('name', {
      nullable: true,
      description: 'son nom : pour les équipes de l’académie et le comité seulement ; null pour les autres',
      authScopes: { role: PERMISSIONS.readTrainerNames },
      unauthorizedResolver: () => null,
    }),
    fromWave: t.exposeString('fromWave', { description: 'la vague dont il vient (ex. V4)' }),
  }),
});
