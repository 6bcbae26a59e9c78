import {
  ACADEMIE_TEAMS,
  ASSISTANCE_LEVELS,
  BUDGET_STANDINGS,
  EPLE_ORDERS,
  HANDLERS,
  KIT_BUCKETS,
  TICKET_CHANNELS,
  TICKET_STATUSES,
} from '@opale/domain';
import { epleListTable, type RowStream, ticketListTable } from '@opale/store';
import type { Context } from '../context.js';
import { epleFilterOf, eplesOf } from '../eple-figures.js';
import { NATIONAL_SERVICES } from '../national-services.js';
import { TICKET_CELL_COLUMNS, TICKET_CELL_ROWS } from '../ticket-cells.js';
import { listedTickets } from '../ticket-listing.js';
import { BadParam, readParams } from './query-params.js';

/** The lists a page shows, exported whole: `/exports/<list>.<csv|xlsx>`. */
export const LIST_EXPORTS = ['tickets-list', 'eples-list'] as const;
export type ListExport = (typeof LIST_EXPORTS)[number];

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

async function ticketsList(ctx: Context, search: string): Promise<RowStream> {
  const { cellRow, cellColumn, nationalService, ...args } = readParams(search, TICKET_PARAMS);
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

async function eplesList(ctx: Context, search: string): Promise<RowStream> {
  const args = readParams(search, EPLE_PARAMS);
  const asOf = args.asOf ?? ctx.today;
  const eples = await eplesOf(ctx, epleFilterOf(args), asOf, args.orderBy ?? 'uai');
  // The waves as the plan held them that day: a budget's exercise follows the bascule of that day.
  return epleListTable(await ctx.datasetOn(asOf), eples, asOf, (await ctx.report(asOf)).difficulty.eple);
}

/**
 * The whole list `what` with the filters of the URL's parameters as the caller may see it (a
 * school user: their own schools), the GraphQL list's rows without its pages; throws
 * {@link BadParam} for a parameter it does not take.
 */
export function listExport(what: ListExport, ctx: Context, search: string): Promise<RowStream> {
  return what === 'tickets-list' ? ticketsList(ctx, search) : eplesList(ctx, search);
}
