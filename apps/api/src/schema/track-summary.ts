import type { TrackSummary } from '@opale/domain';
import { builder } from '../builder.js';

export const TrackSummaryRef = builder.objectRef<TrackSummary>('TrackSummary').implement({
  fields: (t) => ({
    trackId: t.exposeString('trackId'),
    label: t.exposeString('label'),
    grouped: t.exposeBoolean('grouped'),
    staff: t.exposeInt('staff'),
    groups: t.exposeInt('groups'),
    pairs: t.exposeInt('pairs'),
    trainers: t.exposeInt('trainers'),
    presentialDays: t.exposeFloat('presentialDays'),
    remoteHours: t.exposeFloat('remoteHours'),
  }),
});
