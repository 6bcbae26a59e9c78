import {
  PERMISSIONS,
  type TrainingSummary,
  trainersMissing,
  trainingGroupsOf,
  trainingSummary,
} from '@opale/domain';
import { builder } from '../builder.js';
import { actorOf, type Caller } from '../caller.js';
import { InvalidInput, unwrap, valueOr400 } from '../results.js';
import { StaffCountInput } from './staff-count-input.js';
import { TrainerRef } from './trainer.js';
import { TrainingGroupRef } from './training-group.js';
import { TrainingSummaryRef } from './training-summary.js';
import { TrainingTrackRef } from './training-track.js';
import { type WaveTraining, waveTrainers, waveTraining } from './wave-training-of.js';

const WaveTrainingRef = builder.objectRef<WaveTraining>('WaveTraining').implement({
  description:
    'La formation d’une vague : ses parcours, ses groupes avec leurs binômes de formateurs, et les totaux.',
  fields: (t) => ({
    waveId: t.exposeString('waveId', { description: 'la vague (ex. V6)' }),
    summary: t.field({
      type: TrainingSummaryRef,
      description: 'ses chiffres par parcours et au total',
      resolve: (w): TrainingSummary => trainingSummary(w.waveId, w.training, w.asOf ?? undefined),
    }),
    tracks: t.field({
      type: [TrainingTrackRef],
      description: 'les parcours',
      resolve: (w) => [...w.training.tracks],
    }),
    groups: t.field({
      type: [TrainingGroupRef],
      description:
        'ses groupes, ceux d’un parcours quand `track` est donné : autant que son chiffre `groups`',
      args: { track: t.arg.string({ required: false, description: 'les groupes de ce parcours seulement' }) },
      resolve: (w, args) =>
        trainingGroupsOf(w.training, w.waveId, args.track ?? undefined).map((group) => ({ group, of: w })),
    }),
    trainers: t.field({
      type: [TrainerRef],
      description:
        'les formateurs de ses groupes, chacun une fois : autant que `summary.totals.trainers` (les identifiants des groupes sont vérifiés à l’import)',
      resolve: (w) => waveTrainers(w),
    }),
    groupsLackingPair: t.field({
      type: [TrainingGroupRef],
      description:
        'ses groupes sans binôme complet, faute de formateurs disponibles pouvant animer leur parcours',
      resolve: (w) =>
        w.training.groups
          .filter((g) => g.waveId === w.waveId && trainersMissing(g) > 0)
          .map((group) => ({ group, of: w })),
    }),
  }),
});

builder.queryFields((t) => ({
  training: t.field({
    type: WaveTrainingRef,
    description:
      'Le plan de formation d’une vague, tel qu’enregistré, ou tel qu’il était à une date (les groupes et effectifs planifiés ce jour-là au plus tard).',
    authScopes: { signedIn: true },
    args: {
      wave: t.arg.string({ required: true, description: 'la vague (ex. V6)' }),
      asOf: t.arg({
        type: 'Date',
        required: false,
        description: 'le jour dont on veut le plan ; sans date, tout ce qui est enregistré',
      }),
    },
    resolve: async (_root, args, ctx) =>
      valueOr400(waveTraining(await ctx.dataset(), args.wave, args.asOf ?? null)),
  }),
}));

builder.mutationFields((t) => ({
  planTrainingGroups: t.field({
    type: WaveTrainingRef,
    description:
      'Planifie les groupes de formation d’une vague (20 personnes environ par groupe) et leurs binômes de formateurs à partir des personnels à former par parcours, en remplaçant son plan (SI2C, administrateurs) ; groupes et effectifs sont datés du jour de la planification. Chaque groupe reçoit deux formateurs disponibles pour la vague et pouvant animer son parcours ; les groupes sans binôme complet sont enregistrés et nommés (`groupsLackingPair`).',
    authScopes: { role: PERMISSIONS.planTraining },
    errors: {
      types: [InvalidInput],
      union: {
        description:
          'Ce que répond la planification des groupes de formation : ce qui a été écrit, ou pourquoi rien ne l’a été.',
      },
      result: { description: 'La planification des groupes de formation a réussi.' },
      dataField: { description: 'ce qui a été écrit' },
    },
    args: {
      wave: t.arg.string({ required: true, description: 'la vague (ex. V6)' }),
      staff: t.arg({
        type: [StaffCountInput],
        required: true,
        description: 'les personnels à former, par parcours',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const planned = unwrap(
        await ctx.store.writes.planTraining(
          { waveId: args.wave, staff: args.staff, plannedOn: ctx.today },
          actorOf(ctx.caller as Caller),
        ),
      );
      // What the transaction wrote and read: the wave's training as it now stands.
      return unwrap(waveTraining(planned, args.wave));
    },
  }),
}));
