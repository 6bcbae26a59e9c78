import { type FollowUp, PERMISSIONS } from '@opale/domain';
import { builder } from '../builder.js';
import { actorOf, type Caller } from '../caller.js';
import { InvalidInput, unwrap } from '../results.js';
import { FollowUpKindEnum } from './follow-up-kind.js';

export const FollowUpRef = builder.objectRef<FollowUp>('FollowUp').implement({
  description: 'Une action d’accompagnement enregistrée pour un EPLE en difficulté.',
  fields: (t) => ({
    uai: t.exposeString('uai', { description: 'l’UAI de l’EPLE accompagné' }),
    on: t.expose('on', { type: 'Date', description: 'le jour de l’action' }),
    kind: t.expose('kind', { type: FollowUpKindEnum, description: 'le type d’action' }),
    note: t.exposeString('note', { description: 'ce qui a été fait ou convenu' }),
    by: t.exposeString('by', {
      nullable: true,
      description: 'qui l’a enregistrée ; null pour les enregistrements importés',
    }),
  }),
});

builder.mutationFields((t) => ({
  recordFollowUp: t.field({
    type: FollowUpRef,
    description:
      'Enregistre une action d’accompagnement d’un EPLE en difficulté (SI2C, DRASI, administrateurs).',
    authScopes: { role: PERMISSIONS.recordFollowUp },
    errors: {
      types: [InvalidInput],
      union: {
        description:
          'Ce que répond l’enregistrement d’une action d’accompagnement : ce qui a été écrit, ou pourquoi rien ne l’a été.',
      },
      result: { description: 'L’enregistrement d’une action d’accompagnement a réussi.' },
      dataField: { description: 'ce qui a été écrit' },
    },
    args: {
      uai: t.arg.string({ required: true, description: 'l’UAI de l’EPLE' }),
      kind: t.arg.string({
        required: true,
        description:
          'le type d’action : visio, tutoring, call, visit ou training (une chaîne, que le client web envoie comme telle ; `FollowUp.kind` en est l’énumération)',
      }),
      note: t.arg.string({ required: true, description: 'ce qui a été fait ou convenu' }),
      on: t.arg({ type: 'Date', required: false, description: 'le jour de l’action (aujourd’hui si omis)' }),
    },
    resolve: async (_root, args, ctx) => {
      const by = actorOf(ctx.caller as Caller);
      const followUp = { uai: args.uai, kind: args.kind, note: args.note, on: args.on ?? ctx.today, by };
      return unwrap(await ctx.store.writes.recordFollowUp(followUp, by));
    },
  }),
}));
