import type { TrainingTrack } from '@opale/domain';
import { builder } from '../builder.js';

export const TrainingTrackRef = builder.objectRef<TrainingTrack>('TrainingTrack').implement({
  description: 'Un parcours de formation par profil ; les ordonnateurs sont formés sans groupes.',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'l’identifiant du parcours' }),
    label: t.exposeString('label', { description: 'le parcours, comme le plan de formation le nomme' }),
    grouped: t.exposeBoolean('grouped', { description: 'formé en groupes (faux pour les ordonnateurs)' }),
    presentialDays: t.exposeFloat('presentialDays', { description: 'jours en présentiel (sur FM1)' }),
    remoteHours: t.exposeFloat('remoteHours', { description: 'heures à distance (m@gistère)' }),
  }),
});
