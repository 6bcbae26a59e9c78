import type { TrainingTrack } from '@opale/domain';
import { builder } from '../builder.js';

export const TrainingTrackRef = builder.objectRef<TrainingTrack>('TrainingTrack').implement({
  description: 'A training track (parcours) by profile; the ordonnateurs are trained without groups.',
  fields: (t) => ({
    id: t.exposeString('id'),
    label: t.exposeString('label'),
    grouped: t.exposeBoolean('grouped'),
    presentialDays: t.exposeFloat('presentialDays'),
    remoteHours: t.exposeFloat('remoteHours'),
  }),
});
