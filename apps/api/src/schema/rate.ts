import type { Rate } from '@opale/domain';
import { builder } from '../builder.js';

export const RateRef = builder.objectRef<Rate>('Rate').implement({
  description:
    'A count over a total; the percentage is truncated to two decimals, as the committee writes it.',
  fields: (t) => ({
    numerator: t.exposeInt('numerator'),
    denominator: t.exposeInt('denominator'),
    percent: t.exposeFloat('percent', { nullable: true }),
  }),
});
