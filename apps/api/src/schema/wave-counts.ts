import type { WaveCounts } from '@opale/domain';
import { builder } from '../builder.js';

export const WaveCountsRef = builder.objectRef<WaveCounts>('WaveCounts').implement({
  description: 'EPLE planned for the wave and EPLE attached to it; a mismatch is shown, not hidden.',
  fields: (t) => ({
    plannedCount: t.exposeInt('plannedCount', { nullable: true }),
    attachedCount: t.exposeInt('attachedCount'),
    mismatch: t.exposeBoolean('mismatch'),
    difference: t.exposeInt('difference', { nullable: true }),
  }),
});
