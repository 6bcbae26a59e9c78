import { PERMISSIONS, type Trainer } from '@opale/domain';
import { builder } from '../builder.js';

export const TrainerRef = builder.objectRef<Trainer>('Trainer').implement({
  description: 'A volunteer trainer, a user from an earlier wave.',
  fields: (t) => ({
    id: t.exposeString('id'),
    name: t.exposeString('name', {
      nullable: true,
      description: 'the académie’s teams and the committee only; null for others',
      authScopes: { role: PERMISSIONS.readTrainerNames },
      unauthorizedResolver: () => null,
    }),
    fromWave: t.exposeString('fromWave'),
  }),
});
