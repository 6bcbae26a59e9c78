import type { DifficultyAssessment } from '@opale/domain';
import { builder } from '../builder.js';
import { DifficultyReasonRef } from './difficulty-reason.js';
import { FollowUpRef } from './follow-up.js';

export const DifficultyRef = builder.objectRef<DifficultyAssessment>('DifficultyAssessment').implement({
  fields: (t) => ({
    uai: t.exposeString('uai'),
    name: t.exposeString('name'),
    commune: t.exposeString('commune'),
    waveId: t.exposeString('waveId'),
    score: t.exposeFloat('score'),
    reasons: t.field({ type: [DifficultyReasonRef], resolve: (d) => [...d.reasons] }),
    followUps: t.field({ type: [FollowUpRef], resolve: (d) => [...d.followUps] }),
  }),
});
