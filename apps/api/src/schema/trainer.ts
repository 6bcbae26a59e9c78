import { PERMISSIONS, type Trainer } from '@opale/domain';
import { builder } from '../builder.js';
import { actorOf, type Caller } from '../caller.js';
import { Conflict, InvalidInput, unwrap } from '../results.js';
import { TrainerInput } from './trainer-input.js';

/** A trainer, with the version a change must be based on when read from the list of trainers. */
export type TrainerOf = Trainer & { readonly version?: number };

export const TrainerRef = builder.objectRef<TrainerOf>('Trainer').implement({
  description:
    'Un formateur volontaire, utilisateur d’une vague précédente : les parcours qu’il peut animer et les vagues où il n’est pas disponible.',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'son identifiant' }),
    name: t.exposeString('name', {
      nullable: true,
      description: 'son nom : pour les équipes de l’académie et le comité seulement ; null pour les autres',
      authScopes: { role: PERMISSIONS.readTrainerNames },
      unauthorizedResolver: () => null,
    }),
    fromWave: t.exposeString('fromWave', { description: 'la vague dont il vient (ex. V4)' }),
    trackIds: t.exposeStringList('trackIds', {
      description: 'les identifiants des parcours qu’il peut animer (ex. AC, SG)',
    }),
    unavailableWaves: t.exposeStringList('unavailableWaves', {
      description: 'les vagues pour lesquelles il n’est pas disponible (aucune : disponible pour toutes)',
    }),
    version: t.int({
      nullable: true,
      description:
        'la version lue, à rendre pour le modifier (`recordTrainer`) ; null quand il est lu comme formateur d’un groupe',
      resolve: (trainer) => trainer.version ?? null,
    }),
  }),
});

builder.queryFields((t) => ({
  trainers: t.field({
    type: [TrainerRef],
    description: 'Les formateurs volontaires, par identifiant, avec leur version.',
    authScopes: { signedIn: true },
    resolve: async (_root, _args, ctx) =>
      (await ctx.store.writes.trainers()).map(({ trainer, version }) => ({ ...trainer, version })),
  }),
}));

builder.mutationFields((t) => ({
  recordTrainer: t.field({
    type: TrainerRef,
    description:
      'Enregistre un formateur volontaire, ou le modifie à partir de la version lue : ses parcours, ses indisponibilités (SI2C, administrateurs).',
    authScopes: { role: PERMISSIONS.recordTrainer },
    errors: {
      types: [InvalidInput, Conflict],
      union: {
        description:
          'Ce que répond l’enregistrement d’un formateur : ce qui a été écrit, ou pourquoi rien ne l’a été.',
      },
      result: { description: 'L’enregistrement du formateur a réussi.' },
      dataField: { description: 'ce qui a été écrit' },
    },
    args: {
      trainer: t.arg({ type: TrainerInput, required: true, description: 'le formateur' }),
      version: t.arg.int({
        required: false,
        description:
          'la version lue pour une modification (`version`) ; absente pour un nouveau formateur ; si elle a changé depuis, la réponse est un `Conflict`',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const { trainer, version } = unwrap(
        await ctx.store.writes.recordTrainer(
          args.trainer,
          args.version ?? null,
          actorOf(ctx.caller as Caller),
        ),
      );
      return { ...trainer, version };
    },
  }),
}));
