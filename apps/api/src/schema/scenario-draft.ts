import { PERMISSIONS } from '@opale/domain';
import type { ScenarioApplied, ScenarioDraft } from '@opale/store';
import { builder } from '../builder.js';
import { actorOf, type Caller } from '../caller.js';
import { Conflict, InvalidInput, unwrap } from '../results.js';
import { ScenarioInput } from './scenario-input.js';

type Move = ScenarioDraft['scenario']['moves'][number];
type SwitchDate = ScenarioDraft['scenario']['switchDates'][number];

const DraftMoveRef = builder.objectRef<Move>('DraftMove').implement({
  description: 'Un EPLE déplacé dans une autre vague, dans un brouillon.',
  fields: (t) => ({
    uai: t.exposeString('uai', { description: 'l’UAI de l’EPLE' }),
    toWave: t.exposeString('toWave', { description: 'la vague où il irait' }),
  }),
});

const DraftSwitchDateRef = builder.objectRef<SwitchDate>('DraftSwitchDate').implement({
  description: 'Une bascule déplacée, dans un brouillon.',
  fields: (t) => ({
    waveId: t.exposeString('waveId', { description: 'la vague' }),
    switchDate: t.expose('switchDate', { type: 'Date', description: 'son nouveau jour de bascule' }),
  }),
});

export const ScenarioDraftRef = builder.objectRef<ScenarioDraft>('ScenarioDraft').implement({
  description:
    'Un scénario de re-planification enregistré sous un nom, à partager par lien, et appliqué aux enregistrements par un administrateur.',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'son identifiant, à mettre dans un lien' }),
    name: t.exposeString('name', { description: 'son nom' }),
    moves: t.field({
      type: [DraftMoveRef],
      description: 'les EPLE qu’il déplace',
      resolve: (d) => [...d.scenario.moves],
    }),
    switchDates: t.field({
      type: [DraftSwitchDateRef],
      description: 'les bascules qu’il déplace',
      resolve: (d) => [...d.scenario.switchDates],
    }),
    createdBy: t.exposeString('createdBy', { description: 'qui l’a créé' }),
    createdAt: t.exposeString('createdAt', { description: 'quand il a été créé (horodatage ISO)' }),
    updatedAt: t.exposeString('updatedAt', { description: 'quand il a changé pour la dernière fois' }),
    version: t.exposeInt('version', {
      description: 'sa version, sur laquelle fonder un changement ou une application',
    }),
    appliedAt: t.exposeString('appliedAt', {
      nullable: true,
      description: 'quand il a été appliqué aux enregistrements ; vide tant qu’il ne l’est pas',
    }),
    appliedBy: t.exposeString('appliedBy', {
      nullable: true,
      description: 'qui l’a appliqué ; vide tant qu’il ne l’est pas',
    }),
  }),
});

const ScenarioApplicationRef = builder.objectRef<ScenarioApplied>('ScenarioApplication').implement({
  description: 'Ce que l’application d’un brouillon a changé dans les enregistrements.',
  fields: (t) => ({
    draft: t.field({
      type: ScenarioDraftRef,
      description: 'le brouillon, marqué appliqué',
      resolve: (a) => a.draft,
    }),
    moves: t.exposeInt('moves', { description: 'les EPLE changés de vague' }),
    switchDates: t.exposeInt('switchDates', { description: 'les bascules changées de jour' }),
  }),
});

builder.queryFields((t) => ({
  scenarioDrafts: t.field({
    type: [ScenarioDraftRef],
    description: 'Les brouillons de re-planification, le dernier changé en premier.',
    authScopes: { role: PERMISSIONS.readReport },
    resolve: (_root, _args, ctx) => ctx.store.scenarios.list(),
  }),
}));

const answer = (what: string, data: string) => ({
  types: [InvalidInput, Conflict],
  union: { description: `Ce que répond ${what} : ce qui a été écrit, ou pourquoi rien ne l’a été.` },
  result: { description: `${what} a réussi.` },
  dataField: { description: data },
});

builder.mutationFields((t) => ({
  saveScenarioDraft: t.field({
    type: ScenarioDraftRef,
    description:
      'Enregistre un scénario sous un nom : un nouveau brouillon (sans `id`) ou le changement d’un brouillon, à partir de la version lue. Le scénario doit tenir face aux enregistrements ; rien n’est appliqué.',
    authScopes: { role: PERMISSIONS.manageScenarios },
    errors: answer('L’enregistrement d’un brouillon', 'le brouillon tel qu’il est enregistré'),
    args: {
      id: t.arg.string({ required: false, description: 'le brouillon à changer ; omis pour un nouveau' }),
      version: t.arg.int({
        required: false,
        description:
          'la version lue, pour un changement ; si elle a changé depuis, la réponse est un `Conflict`',
      }),
      name: t.arg.string({ required: true, description: 'son nom (200 caractères au plus)' }),
      scenario: t.arg({ type: ScenarioInput, required: true, description: 'le scénario' }),
    },
    resolve: async (_root, args, ctx) =>
      unwrap(
        await ctx.store.scenarios.save(
          {
            ...(args.id ? { id: args.id } : {}),
            ...(args.version == null ? {} : { version: args.version }),
            name: args.name,
            scenario: { moves: args.scenario.moves ?? [], switchDates: args.scenario.switchDates ?? [] },
          },
          actorOf(ctx.caller as Caller),
        ),
      ),
  }),
  applyScenarioDraft: t.field({
    type: ScenarioApplicationRef,
    description:
      'Applique un brouillon aux enregistrements (administrateurs), en une fois : les EPLE changent de vague et les bascules de jour à partir d’aujourd’hui, chaque changement est daté et tracé, et les chiffres des jours passés restent ceux du plan d’alors ; si le scénario ne tient plus face aux enregistrements, rien n’est écrit.',
    authScopes: { role: PERMISSIONS.applyScenarioToRecords },
    errors: answer('L’application d’un brouillon', 'ce qui a changé'),
    args: {
      id: t.arg.string({ required: true, description: 'le brouillon' }),
      version: t.arg.int({
        required: true,
        description: 'la version lue ; si elle a changé depuis, la réponse est un `Conflict`',
      }),
    },
    resolve: async (_root, args, ctx) =>
      unwrap(
        await ctx.store.scenarios.apply(args.id, args.version, actorOf(ctx.caller as Caller), ctx.today),
      ),
  }),
}));
