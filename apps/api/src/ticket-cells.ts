import {
  type Ticket,
  type TicketTable,
  type TicketTableColumn,
  type TicketTableRow,
  ticketsInCell,
} from '@opale/domain';
import { canReadEple } from './caller.js';
import type { Context } from './context.js';

/** A cell of the committee's table: where it is, and the table it belongs to. */
export interface TicketCell {
  readonly table: TicketTable;
  readonly row: TicketTableRow;
  readonly column: TicketTableColumn;
}

const ROWS = ['all', 'resolved', 'inProgress', 'inProgressOverThreshold'] as const;
const COLUMNS = ['total', 'national', 'SI2C', 'DRASI'] as const;
export const FIGURE_OF = { total: 'total', national: 'national', SI2C: 'si2c', DRASI: 'drasi' } as const;

/** Every cell of a table, line by line. */
export const cellsOf = (table: TicketTable): TicketCell[] =>
  ROWS.flatMap((row) => COLUMNS.map((column) => ({ table, row, column })));

/**
 * The tickets a cell counts, newest first: the domain's `ticketsInCell` over the records the
 * table was computed from, so that the list always holds as many as the figure says. A school
 * user sees their own schools' tickets only.
 */
export async function ticketsOfCell(ctx: Context, cell: TicketCell): Promise<Ticket[]> {
  const dataset = await ctx.dataset();
  return ticketsInCell(dataset.tickets, cell.table, cell.row, cell.column)
    .filter((t) => canReadEple(ctx.caller, t.uai))
    .reverse();
}
