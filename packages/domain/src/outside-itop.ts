import type { IsoDate } from './date.js';
import type { Ticket, TicketChannel } from './ticket.js';
import { type TicketRow, type TicketTableColumn, ticketsInCell, ticketTable } from './ticket-table.js';

/** The channels of requests made outside ITOP: "de nombreuses demandes sont traitées par mail, téléphone et visio". */
export const OUTSIDE_ITOP_CHANNELS = ['mail', 'phone', 'visio'] as const satisfies readonly TicketChannel[];
export type OutsideItopChannel = (typeof OUTSIDE_ITOP_CHANNELS)[number];

/**
 * The requests the académie's teams received outside ITOP, from `from` to `asOf`: a line of their
 * own beside the committee's ITOP table, which never counts them. By who handles them as of
 * `asOf` (SI2C, DRASI, national), and by channel.
 */
export interface OutsideItop extends TicketRow {
  readonly from: IsoDate;
  readonly asOf: IsoDate;
  readonly byChannel: Readonly<Record<OutsideItopChannel, number>>;
}

/** What the line is counted over: the same period as the ITOP table. */
export interface OutsideItopOptions {
  readonly from: IsoDate;
  readonly asOf: IsoDate;
}

/**
 * The requests outside ITOP as of a day, classified as the ITOP table classifies its own (the
 * same rule, channel by channel), so that each figure is the size of {@link ticketsOutsideItop}.
 */
export function outsideItop(tickets: readonly Ticket[], options: OutsideItopOptions): OutsideItop {
  const line = { total: 0, national: 0, si2c: 0, drasi: 0 };
  const byChannel = { mail: 0, phone: 0, visio: 0 };
  for (const channel of OUTSIDE_ITOP_CHANNELS) {
    const all = ticketTable(tickets, { ...options, channel }).all;
    line.total += all.total;
    line.national += all.national;
    line.si2c += all.si2c;
    line.drasi += all.drasi;
    byChannel[channel] = all.total;
  }
  return { from: options.from, asOf: options.asOf, ...line, byChannel };
}

/**
 * The requests behind one figure of {@link outsideItop}: of one column (all, or who handles them)
 * and of one channel or all three, in input order.
 */
export function ticketsOutsideItop(
  tickets: readonly Ticket[],
  options: OutsideItopOptions,
  column: TicketTableColumn = 'total',
  channel?: OutsideItopChannel,
): Ticket[] {
  const channels = channel ? [channel] : OUTSIDE_ITOP_CHANNELS;
  const wanted = new Set(
    channels.flatMap((c) => ticketsInCell(tickets, { ...options, channel: c }, 'all', column)),
  );
  return tickets.filter((t) => wanted.has(t));
}
