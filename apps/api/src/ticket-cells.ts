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

/** The rows of the committee's ticket table, as the API names them. */
export const TICKET_CELL_ROWS = ['all', 'resolved', 'inProgress', 'inProgressOverThreshold'] as const;
export type TicketCellRow = (typeof TICKET_CELL_ROWS)[number];
/** The columns of the committee's ticket table, as the API names them. */
export const TICKET_CELL_COLUMNS = ['total', 'national', 'SI2C', 'DRASI'] as const;
export type TicketCellColumn = (typeof TICKET_CELL_COLUMNS)[number];
export const FIGURE_OF = { total: 'total', national: 'national', SI2C: 'si2c', DRASI: 'drasi' } as const;

/** Every cell of a table, line by line. */
export const cellsOf = (table: TicketTable): TicketCell[] =>
  TICKET_CELL_ROWS.flatMap((row) => TICKET_CELL_COLUMNS.map((column) => ({ table, row, column })));

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
