import { KIT_BUCKETS } from '@opale/domain';
import { builder } from '../builder.js';
import { describedValues } from './enum-values.js';

export const KitBucketEnum = builder.enumType('KitBucket', {
  description:
    'La tranche d’avancement du kit de bascule, comme le comité les compte (actions finalisées sur le total).',
  values: describedValues(KIT_BUCKETS, {
    below10: 'moins de 10 %',
    from10To30: 'de 10 à 30 %, bornes comprises',
    above30: 'plus de 30 %',
  }),
});
