import {
  findMilestone,
  type IsoDate,
  lateMilestones,
  type Milestone,
  type MilestoneStatus,
  milestoneAsOf,
  milestoneStatus,
  PERMISSIONS,
} from '@opale/domain';
import type { StoredMilestone } from '@opale/store';
import { builder } from '../builder.js';
import { actorOf, type Caller } from '../caller.js';
import type { Context } from '../context.js';
import { Conflict, InvalidInput, unwrap } from '../results.js';
import { MilestoneChangeRef } from './milestone-change.js';

/** A milestone as of the day asked, with its wave. */
export interface WaveMilestone extends MilestoneStatus {
  readonly waveId: string;
}

/**
 * The milestone's record (its version and history): the milestone itself when it carries them (a
 * write's answer), otherwise the one of the request's records (the figures carry none).
 */
async function recordOf(m: WaveMilestone, ctx: Context): Promise<Milestone> {
  if (m.history !== undefined) return m;
  return findMilestone((await ctx.dataset()).waves, m.id ?? '')?.milestone ?? m;
}

/** A stored milestone as of `asOf` (the day of the write: it is known from then on). */
function asOfDay(stored: StoredMilestone, asOf: IsoDate): WaveMilestone {
  const then = milestoneAsOf(stored.milestone, asOf) ?? stored.milestone;
  return { ...milestoneStatus(then, asOf), waveId: stored.waveId };
}

export const MilestoneRef = builder.objectRef<WaveMilestone>('Milestone').implement({
  description: 'Une étape datée du calendrier d’une vague, et où elle en est au jour demandé.',
  fields: (t) => ({
    // The store names every milestone; the domain names the others from their wave and position.
    id: t.string({
      description: 'son identifiant, stable : la vague et son rang dans le calendrier (ex. V6-2)',
      resolve: (m) => m.id ?? '',
    }),
    waveId: t.exposeString('waveId', { description: 'sa vague (ex. V6)' }),
    version: t.int({
      description: 'sa version : celle sur laquelle un changement doit s’appuyer',
      resolve: async (m, _args, ctx) => (await recordOf(m, ctx)).version ?? 1,
    }),
    kind: t.exposeString('kind', {
      description:
        'l’étape : eple-informed, eple-created, budget-circular, first-training, reminder, bascule ou other (une chaîne, car ces valeurs ont un tiret, interdit dans un nom d’énumération GraphQL)',
    }),
    label: t.exposeString('label', { description: 'l’étape, comme le comité l’écrit' }),
    dueOn: t.expose('dueOn', { type: 'Date', description: 'le jour prévu' }),
    doneOn: t.expose('doneOn', {
      type: 'Date',
      nullable: true,
      description: 'le jour où elle a eu lieu ; null sinon',
    }),
    state: t.exposeString('state', {
      description:
        'au jour demandé : done (faite à temps), done-late (faite en retard), late (en retard) ou upcoming (à venir) (une chaîne, car ces valeurs ont un tiret, interdit dans un nom d’énumération GraphQL)',
    }),
    late: t.boolean({
      description: 'vrai si elle est en retard au jour demandé (prévue avant ce jour et pas encore faite)',
      resolve: (m) => m.state === 'late',
    }),
    daysLate: t.exposeInt('daysLate', {
      description: 'jours de retard au jour demandé (ou à sa réalisation) ; 0 sans retard',
    }),
    history: t.field({
      type: [MilestoneChangeRef],
      description:
        'chaque changement enregistré, dans l’ordre d’enregistrement (y compris ceux décidés après le jour demandé)',
      resolve: async (m, _args, ctx) => [...((await recordOf(m, ctx)).history ?? [])],
    }),
  }),
});

builder.queryFields((t) => ({
  lateMilestones: t.field({
    type: [MilestoneRef],
    description:
      'Les étapes en retard au jour demandé (aujourd’hui si omis), toutes vagues confondues, vague par vague puis par jour prévu. Seuls comptent les changements décidés ce jour-là ou avant.',
    authScopes: { signedIn: true },
    args: {
      asOf: t.arg({ type: 'Date', required: false, description: 'le jour (aujourd’hui si omis)' }),
    },
    resolve: async (_root, args, ctx) =>
      lateMilestones((await ctx.dataset()).waves, args.asOf ?? ctx.today).map((l) => ({
        ...l.milestone,
        waveId: l.waveId,
      })),
  }),
}));

builder.mutationFields((t) => ({
  recordMilestone: t.field({
    type: MilestoneRef,
    description:
      'Ajoute une étape au calendrier d’une vague (sans `id`) ou la change (avec son `id` et la version lue), à partir du jour où le changement est décidé (administrateurs, DRASI). La réponse est l’étape au jour du changement.',
    authScopes: { role: PERMISSIONS.recordMilestone },
    errors: {
      types: [InvalidInput, Conflict],
      union: {
        description:
          'Ce que répond l’enregistrement d’une étape du calendrier : ce qui a été écrit, ou pourquoi rien ne l’a été.',
      },
      result: { description: 'L’enregistrement d’une étape du calendrier a réussi.' },
      dataField: { description: 'l’étape telle qu’elle est après le changement' },
    },
    args: {
      id: t.arg.string({
        required: false,
        description: 'l’étape changée (ex. V6-2) ; absent pour en ajouter une',
      }),
      wave: t.arg.string({ required: true, description: 'la vague (ex. V6)' }),
      kind: t.arg.string({
        required: true,
        description:
          'le type d’étape : eple-informed, eple-created, budget-circular, first-training, reminder, bascule ou other',
      }),
      label: t.arg.string({ required: true, description: 'le libellé (200 caractères au plus)' }),
      dueOn: t.arg({ type: 'Date', required: true, description: 'le jour prévu' }),
      doneOn: t.arg({
        type: 'Date',
        required: false,
        description:
          'le jour où elle a eu lieu (au plus tard le jour du changement) ; absent si elle n’a pas eu lieu',
      }),
      on: t.arg({
        type: 'Date',
        required: false,
        description:
          'le jour où le changement est décidé, au plus tard aujourd’hui (aujourd’hui si omis) : il compte à partir de ce jour',
      }),
      version: t.arg.int({
        required: false,
        description:
          'la version de l’étape lue (`version`), pour la changer ; si elle a changé depuis, la réponse est un `Conflict`',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const on = args.on ?? ctx.today;
      const input = {
        id: args.id ?? undefined,
        waveId: args.wave,
        kind: args.kind,
        label: args.label,
        dueOn: args.dueOn,
        doneOn: args.doneOn ?? undefined,
        on,
      };
      const by = actorOf(ctx.caller as Caller);
      const stored = unwrap(
        await ctx.store.writes.recordMilestone(input, args.version ?? undefined, by, ctx.today),
      );
      return asOfDay(stored, on);
    },
  }),
}));
