import type { AgenceRuleViolation } from '@opale/domain';
import { builder } from '../builder.js';

export const ViolationRef = builder.objectRef<AgenceRuleViolation>('AgenceRuleViolation').implement({
  fields: (t) => ({
    uai: t.exposeString('uai'),
    waveId: t.exposeString('waveId'),
    agenceUai: t.exposeString('agenceUai'),
    agenceWaveId: t.exposeString('agenceWaveId', { nullable: true }),
    kind: t.exposeString('kind'),
    message: t.exposeString('message'),
  }),
});
