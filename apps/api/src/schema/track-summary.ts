import type { TrackSummary } from '@opale/domain';
import { builder } from '../builder.js';

export const TrackSummaryRef = builder.objectRef<TrackSummary>('TrackSummary').implement({
  description: 'Un parcours de formation d’une vague : personnels, groupes, binômes et formateurs.',
  fields: (t) => ({
    trackId: t.exposeString('trackId', { description: 'l’identifiant du parcours' }),
    label: t.exposeString('label', { description: 'le parcours, comme le plan de formation le nomme' }),
    grouped: t.exposeBoolean('grouped', { description: 'formé en groupes (faux pour les ordonnateurs)' }),
    staff: t.exposeInt('staff', { description: 'personnels à former' }),
    groups: t.exposeInt('groups', { description: 'groupes (20 personnes environ par groupe)' }),
    pairs: t.exposeInt('pairs', {
      description: 'binômes de formateurs formés : les groupes animés par deux formateurs',
    }),
    trainers: t.exposeInt('trainers', {
      description: 'places de formateurs pourvues dans les groupes du parcours (deux par groupe au complet)',
    }),
    presentialDays: t.exposeFloat('presentialDays', { description: 'jours en présentiel (sur FM1)' }),
    remoteHours: t.exposeFloat('remoteHours', { description: 'heures à distance (m@gistère)' }),
  }),
});
