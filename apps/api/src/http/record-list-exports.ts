import { compareScenario, findMilestone, validateScenario } from '@opale/domain';
import { itopOutboxTable, milestoneHistoryTable, scenarioTable, unfollowedTable } from '@opale/store';
import { unfollowedOn } from '../unfollowed.js';
import { BadParam } from './query-params.js';
import { required, type TableExport, tableExport } from './table-export.js';

/** The scenario of the re-planning page's URL (`?scenario=`, JSON), as the GraphQL `ScenarioInput` reads it. */
function scenarioOf(param: string | undefined): { moves: unknown; switchDates: unknown } {
  if (param === undefined) return { moves: [], switchDates: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(param);
  } catch {
    throw new BadParam('scenario: expected the JSON of a scenario ({"moves": […], "switchDates": […]})');
  }
  const { moves, switchDates } = (raw ?? {}) as { moves?: unknown; switchDates?: unknown };
  return { moves: moves ?? [], switchDates: switchDates ?? [] };
}

/**
 * Lists the pages show that are neither the report's tables nor records that import back, each
 * to the roles of the GraphQL field that feeds its page: the EPLE flagged without follow-up, a
 * milestone's history, the queue to iTop, a re-planning scenario beside the plan.
 */
export const RECORD_LIST_EXPORTS: Readonly<Record<string, TableExport>> = {
  'unfollowed-difficulties': tableExport({
    params: { asOf: 'day', wave: 'text' },
    needs: 'readReport',
    table: async (ctx, params) => {
      const asOf = params.asOf ?? ctx.today;
      const all = unfollowedOn(await ctx.dataset(), asOf);
      return unfollowedTable(
        params.wave ? all.filter((u) => u.assessment.waveId === params.wave) : all,
        asOf,
      );
    },
  }),
  'milestone-history': tableExport({
    params: { id: 'text' },
    needs: null,
    table: async (ctx, params) => {
      const id = required(params.id, 'id', 'the identifier of a milestone (e.g. V6-2)');
      const found = findMilestone((await ctx.dataset()).waves, id);
      if (!found) throw new BadParam(`id: expected the identifier of a milestone, got ${JSON.stringify(id)}`);
      return milestoneHistoryTable(found.waveId, { ...found.milestone, id });
    },
  }),
  'itop-outbox': tableExport({
    params: {},
    needs: 'readItopSync',
    table: async (ctx) => itopOutboxTable((await ctx.store.itop.overview()).outbox),
  }),
  scenario: tableExport({
    params: { asOf: 'day', scenario: 'text' },
    needs: 'readReport',
    table: async (ctx, params) => {
      const dataset = await ctx.dataset();
      const scenario = validateScenario(scenarioOf(params.scenario), dataset);
      if (!scenario.ok) throw new BadParam(scenario.errors.map((e) => e.message).join('; '));
      return scenarioTable(compareScenario(dataset, scenario.value, params.asOf ?? ctx.today));
    },
  }),
};
