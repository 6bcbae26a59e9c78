import { domainError, PERMISSIONS, type RolloutWeek, rolloutWeeks } from '@opale/domain';
import { builder } from '../builder.js';
import { valueOr400 } from '../results.js';

/** The most weeks one request may ask for: two school years. */
const MAX_WEEKS = 104;

const RolloutWeekRef = builder.objectRef<RolloutWeek>('RolloutWeek').implement({
  description: 'Les chiffres d’une vague à la fin d’une semaine, calculés comme le rapport de ce jour-là.',
  fields: (t) => ({
    on: t.expose('on', { type: 'Date', description: 'le dernier jour de la semaine : le jour des chiffres' }),
    eple: t.exposeInt('eple', { description: 'les EPLE rattachés à la vague' }),
    budgetsExecutoires: t.exposeInt('budgetsExecutoires', {
      description: 'ceux dont le budget de l’exercice de la vague est exécutoire ce jour-là',
    }),
    kitBelow10: t.int({ description: 'kit de bascule : moins de 10 %', resolve: (w) => w.kit.below10 }),
    kitFrom10To30: t.int({ description: 'kit de bascule : de 10 à 30 %', resolve: (w) => w.kit.from10To30 }),
    kitAbove30: t.int({ description: 'kit de bascule : plus de 30 %', resolve: (w) => w.kit.above30 }),
    openSi2c: t.int({
      description: 'tickets ouverts entre les mains du SI2C',
      resolve: (w) => w.openTickets.SI2C,
    }),
    openDrasi: t.int({
      description: 'tickets ouverts entre les mains de la DRASI',
      resolve: (w) => w.openTickets.DRASI,
    }),
    openNational: t.int({
      description: 'tickets ouverts escaladés au niveau national',
      resolve: (w) => w.openTickets.national,
    }),
  }),
});

builder.queryFields((t) => ({
  rollout: t.field({
    type: [RolloutWeekRef],
    description:
      'Le déploiement d’une vague semaine après semaine : budgets exécutoires, kit de bascule et tickets ouverts à la fin de chaque semaine, la dernière finissant au jour demandé.',
    authScopes: { role: PERMISSIONS.readReport },
    args: {
      waveId: t.arg.string({ required: true, description: 'la vague, ex. « V6 »' }),
      asOf: t.arg({ type: 'Date', required: false, description: 'le dernier jour (aujourd’hui si omis)' }),
      weeks: t.arg.int({
        required: false,
        description: `le nombre de semaines, de 1 à ${MAX_WEEKS} (16 si omis)`,
      }),
    },
    resolve: async (_root, args, ctx): Promise<RolloutWeek[]> => {
      const weeks = args.weeks ?? undefined;
      if (weeks !== undefined && (weeks < 1 || weeks > MAX_WEEKS))
        return valueOr400({
          ok: false,
          errors: [
            domainError('weeks', 'out_of_range', `weeks: expected a whole number from 1 to ${MAX_WEEKS}`),
          ],
        });
      const outcome = rolloutWeeks(await ctx.dataset(), args.waveId, args.asOf ?? ctx.today, weeks);
      if (!outcome.ok)
        return valueOr400({
          ok: false,
          errors: [domainError('waveId', 'unknown_reference', outcome.message)],
        });
      return [...outcome.value];
    },
  }),
}));
