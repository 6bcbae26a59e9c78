import {
  ACADEMIE_TEAMS,
  ASSISTANCE_LEVELS,
  BUDGET_STANDINGS,
  EPLE_ORDERS,
  HANDLERS,
  KIT_BUCKETS,
  schoolYearStart,
  TICKET_CHANNELS,
  TICKET_STATUSES,
} from '@opale/domain';
import { epleListTable, type RowStream, ticketListTable } from '@opale/store';
import type { Context } from '../context.js';
import { epleFilterOf, eplesOf } from '../eple-figures.js';
import { NATIONAL_SERVICES } from '../national-services.js';
import { ticketsBehind } from '../requalified-listing.js';
import { TICKET_CELL_COLUMNS, TICKET_CELL_ROWS } from '../ticket-cells.js';
import { listedTickets } from '../ticket-listing.js';
import { BadParam, type Params } from './query-params.js';
import { required, type TableExport, tableExport } from './table-export.js';

// The parameters are the GraphQL list's arguments, by the same names; the ticket table's cell,
// an input object there, is two parameters here.
const TICKET_PARAMS = {
  asOf: 'day',
  handler: { oneOf: HANDLERS },
  status: { oneOf: TICKET_STATUSES },
  overThreshold: 'boolean',
  team: { oneOf: ACADEMIE_TEAMS },
  level: { oneOf: ASSISTANCE_LEVELS },
  minAgeDays: 'int',
  uai: 'text',
  wave: 'text',
  channel: { oneOf: TICKET_CHANNELS },
  openedFrom: 'day',
  openedTo: 'day',
  wellFormed: 'boolean',
  nationalService: { oneOf: NATIONAL_SERVICES.map((s) => s.name) },
  cellRow: { oneOf: TICKET_CELL_ROWS },
  cellColumn: { oneOf: TICKET_CELL_COLUMNS },
} as const;

const EPLE_PARAMS = {
  asOf: 'day',
  wave: 'text',
  agence: 'text',
  departement: 'text',
  kind: 'text',
  inDifficulty: 'boolean',
  kitBucket: { oneOf: KIT_BUCKETS },
  budget: { oneOf: BUDGET_STANDINGS },
  orderBy: { oneOf: EPLE_ORDERS },
} as const;

async function ticketsList(ctx: Context, params: Params<typeof TICKET_PARAMS>): Promise<RowStream> {
  const { cellRow, cellColumn, nationalService, ...args } = params;
  if ((cellRow === undefined) !== (cellColumn === undefined))
    throw new BadParam(
      `${cellRow ? 'cellColumn' : 'cellRow'}: expected with ${cellRow ? 'cellRow' : 'cellColumn'}`,
    );
  const asOf = args.asOf ?? ctx.today;
  const tickets = await listedTickets(ctx, {
    ...args,
    nationalService: NATIONAL_SERVICES.find((s) => s.name === nationalService)?.id,
    cell: cellRow && cellColumn ? { row: cellRow, column: cellColumn } : undefined,
  });
  return ticketListTable(await ctx.dataset(), tickets, asOf);
}

async function eplesList(ctx: Context, args: Params<typeof EPLE_PARAMS>): Promise<RowStream> {
  const asOf = args.asOf ?? ctx.today;
  const eples = await eplesOf(ctx, epleFilterOf(args), asOf, args.orderBy ?? 'uai');
  // The waves as the plan held them that day: a budget's exercise follows the bascule of that day.
  return epleListTable(await ctx.datasetOn(asOf), eples, asOf, (await ctx.report(asOf)).difficulty.eple);
}

/**
 * The lists a page shows, whole, with the filters of the URL's parameters, as the caller may see
 * them (a school user: their own schools): the GraphQL list's rows without its pages.
 */
export const LIST_EXPORTS: Readonly<Record<string, TableExport>> = {
  'tickets-list': tableExport({ params: TICKET_PARAMS, needs: null, table: ticketsList }),
  'eples-list': tableExport({ params: EPLE_PARAMS, needs: null, table: eplesList }),
  // The tickets behind a figure of the requalified table: the report's, as `requalifiedTickets`.
  'requalified-tickets': tableExport({
    params: { asOf: 'day', team: { oneOf: ACADEMIE_TEAMS } },
    needs: 'readReport',
    table: async (ctx, params) => {
      const team = required(params.team, 'team', `one of ${ACADEMIE_TEAMS.join(', ')}`);
      const asOf = params.asOf ?? ctx.today;
      // The report's ticket table starts at the school year's start: so does its requalified share.
      const tickets = await ticketsBehind(ctx, { from: schoolYearStart(asOf), asOf }, team);
      return ticketListTable(await ctx.dataset(), tickets, asOf);
    },
  }),
};
