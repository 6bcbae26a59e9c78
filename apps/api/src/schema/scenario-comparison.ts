import {
  compareScenario,
  PERMISSIONS,
  type PlanOutlook,
  type ScenarioComparison,
  validateScenario,
  type WaveOutlook,
} from '@opale/domain';
import { builder } from '../builder.js';
import { valueOr400 } from '../results.js';
import { ViolationRef } from './agence-rule-violation.js';
import { ScenarioInput } from './scenario-input.js';

type Training = NonNullable<WaveOutlook['training']>;
type Load = NonNullable<WaveOutlook['load']>;

const TrainingOutlookRef = builder.objectRef<Training>('TrainingOutlook').implement({
  description:
    'La formation qu’appelleraient les personnels de la vague, à proportion de ses EPLE, avec les volontaires des vagues basculées avant elle.',
  fields: (t) => ({
    groups: t.exposeInt('groups', { description: 'les groupes de formation' }),
    trainersNeeded: t.exposeInt('trainersNeeded', {
      description: 'les formateurs nécessaires (un binôme par groupe)',
    }),
    trainersShort: t.exposeInt('trainersShort', {
      description: 'ceux qui manqueraient parmi les volontaires',
    }),
  }),
});

const LoadOutlookRef = builder.objectRef<Load>('LoadOutlook').implement({
  description: 'La charge d’assistance prévue autour de la bascule de la vague.',
  fields: (t) => ({
    expected: t.exposeFloat('expected', { description: 'les tickets attendus sur les seize semaines' }),
    peakFrom: t.field({
      type: 'Date',
      description: 'le premier jour de la semaine la plus chargée',
      resolve: (l) => l.peakWeek.from,
    }),
    peakExpected: t.float({
      description: 'les tickets attendus cette semaine-là',
      resolve: (l) => l.peakWeek.expected,
    }),
    peakHigh: t.int({ description: 'le haut de son intervalle à 80 %', resolve: (l) => l.peakWeek.high }),
  }),
});

const WaveOutlookRef = builder.objectRef<WaveOutlook>('WaveOutlook').implement({
  description:
    'Ce que serait une vague selon un plan : ses EPLE, son budget, sa formation, sa charge d’assistance.',
  fields: (t) => ({
    waveId: t.exposeString('waveId', { description: 'la vague' }),
    switchDate: t.expose('switchDate', { type: 'Date', description: 'le jour de sa bascule' }),
    eple: t.exposeInt('eple', { description: 'ses EPLE' }),
    budgetMode: t.exposeString('budgetMode', {
      description: 'opale (bascule en janvier) ou gfc-opale-format (budget préparé sous GFC au format op@le)',
    }),
    training: t.field({
      type: TrainingOutlookRef,
      nullable: true,
      description: 'sa formation ; vide quand aucun effectif à former n’est enregistré pour la vague',
      resolve: (w) => w.training,
    }),
    load: t.field({
      type: LoadOutlookRef,
      nullable: true,
      description: 'sa charge d’assistance prévue ; vide quand elle ne peut être prévue',
      resolve: (w) => w.load,
    }),
  }),
});

const PlanOutlookRef = builder.objectRef<PlanOutlook>('PlanOutlook').implement({
  description:
    'Un plan vu au jour demandé : les manquements à la règle des agences comptables et chaque vague.',
  fields: (t) => ({
    violations: t.field({
      type: [ViolationRef],
      description: 'les EPLE qui basculeraient avant leur agence comptable',
      resolve: (p) => [...p.violations],
    }),
    waves: t.field({
      type: [WaveOutlookRef],
      description: 'les vagues à venir et celles que le scénario change',
      resolve: (p) => [...p.waves],
    }),
  }),
});

const ScenarioComparisonRef = builder.objectRef<ScenarioComparison>('ScenarioComparison').implement({
  description: 'Un scénario à côté du plan actuel, au même jour : rien n’est écrit.',
  fields: (t) => ({
    asOf: t.expose('asOf', { type: 'Date', description: 'le jour de la comparaison' }),
    changedWaves: t.exposeStringList('changedWaves', {
      description: 'les vagues dont le scénario change les EPLE ou la date',
    }),
    current: t.field({ type: PlanOutlookRef, description: 'le plan actuel', resolve: (c) => c.current }),
    scenario: t.field({
      type: PlanOutlookRef,
      description: 'le plan du scénario',
      resolve: (c) => c.scenario,
    }),
  }),
});

builder.queryFields((t) => ({
  scenarioComparison: t.field({
    type: ScenarioComparisonRef,
    description:
      'Un scénario de re-planification (EPLE et bascules déplacés) comparé au plan actuel, au jour demandé (aujourd’hui si omis), sans toucher aux enregistrements.',
    authScopes: { role: PERMISSIONS.readReport },
    args: {
      scenario: t.arg({ type: ScenarioInput, required: true, description: 'le scénario' }),
      asOf: t.arg({
        type: 'Date',
        required: false,
        description: 'le jour de la comparaison (aujourd’hui si omis)',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const dataset = await ctx.dataset();
      const scenario = valueOr400(
        validateScenario(
          { moves: args.scenario.moves ?? [], switchDates: args.scenario.switchDates ?? [] },
          dataset,
        ),
      );
      return compareScenario(dataset, scenario, args.asOf ?? ctx.today);
    },
  }),
}));
