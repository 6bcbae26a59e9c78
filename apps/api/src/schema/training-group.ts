import type { TrainingGroup, TrainingTrack } from '@opale/domain';
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
  description: 'One training group: a track, its trainees, a pair (binôme) of trainers.',
  fields: (t) => ({
    id: t.string({ resolve: (g) => g.group.id }),
    size: t.int({ resolve: (g) => g.group.size }),
    track: t.field({
      type: TrainingTrackRef,
      resolve: (g) => g.of.training.tracks.find((k) => k.id === g.group.trackId) as TrainingTrack,
    }),
    trainers: t.field({
      type: [TrainerRef],
      resolve: (g) =>
        g.group.trainerIds.flatMap((id) => g.of.training.trainers.filter((trainer) => trainer.id === id)),
    }),
  }),
});
