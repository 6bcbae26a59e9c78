import { type TrainingGroup, type TrainingTrack, trainersMissing } from '@opale/domain';
import { builder } from '../builder.js';
import { TrainerRef } from './trainer.js';
import { TrainingTrackRef } from './training-track.js';
import type { WaveTraining } from './wave-training-of.js';

/** A group, with the wave's training it belongs to: its track and trainers are read from there. */
export interface GroupOf {
  readonly group: TrainingGroup;
  readonly of: WaveTraining;
}

export const TrainingGroupRef = builder.objectRef<GroupOf>('TrainingGroup').implement({
  description: 'Un groupe de formation : un parcours, ses stagiaires, un binôme de formateurs.',
  fields: (t) => ({
    id: t.string({ description: 'l’identifiant du groupe', resolve: (g) => g.group.id }),
    size: t.int({ description: 'le nombre de stagiaires', resolve: (g) => g.group.size }),
    plannedOn: t.field({
      type: 'Date',
      description:
        'le jour où le groupe a été planifié : les chiffres à une date antérieure ne le comptent pas',
      resolve: (g) => g.group.plannedOn,
    }),
    track: t.field({
      type: TrainingTrackRef,
      description: 'son parcours',
      resolve: (g) => g.of.training.tracks.find((k) => k.id === g.group.trackId) as TrainingTrack,
    }),
    missingTrainers: t.int({
      description: 'les formateurs qui lui manquent pour former un binôme : 0, 1 ou 2',
      resolve: (g) => trainersMissing(g.group),
    }),
    trainers: t.field({
      type: [TrainerRef],
      description: 'son binôme de formateurs (un seul, ou aucun, quand il lui en manque)',
      resolve: (g) =>
        g.group.trainerIds.flatMap((id) => g.of.training.trainers.filter((trainer) => trainer.id === id)),
    }),
  }),
});
