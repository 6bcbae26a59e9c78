import {
  type AcademieTeam,
  type AssistanceLevel,
  type EscalationTarget,
  type Handler,
  type IsoDate,
  type Ticket,
  type TicketChannel,
  type TicketStatus,
  ticketsMatching,
} from '@opale/domain';
import { canReadEple } from './caller.js';
import type { Context } from './context.js';
import { type TicketCellColumn, type TicketCellRow, ticketsOfCell } from './ticket-cells.js';

/** The arguments of the `tickets` list, as GraphQL and `/exports/tickets-list.*` take them. */
export interface TicketListArgs {
  readonly asOf?: IsoDate | null;
  readonly handler?: Handler | null;
  readonly status?: TicketStatus | null;
  readonly overThreshold?: boolean | null;
  readonly team?: AcademieTeam | null;
  readonly level?: AssistanceLevel | null;
  readonly minAgeDays?: number | null;
  readonly uai?: string | null;
  readonly wave?: string | null;
  readonly channel?: TicketChannel | null;
  readonly openedFrom?: IsoDate | null;
  readonly openedTo?: IsoDate | null;
  readonly wellFormed?: boolean | null;
  readonly nationalService?: EscalationTarget | null;
  readonly cell?: { readonly row: TicketCellRow; readonly column: TicketCellColumn } | null;
}

/**
 * Every ticket of the list these arguments describe, newest first, that the caller may see (a
 * school user: their own schools'): the one listing behind the GraphQL `tickets` connection and
 * its export, so that a file holds exactly the list's `totalCount` rows.
 */
export async function listedTickets(ctx: Context, args: TicketListArgs): Promise<Ticket[]> {
  const dataset = await ctx.dataset(args.wave ? { waveIds: [args.wave] } : {});
  const filter = {
    handler: args.handler ?? undefined,
    status: args.status ?? undefined,
    team: args.team ?? undefined,
    level: args.level ?? undefined,
    overThreshold: args.overThreshold ?? undefined,
    minAgeDays: args.minAgeDays ?? undefined,
    channel: args.channel ?? undefined,
    uai: args.uai ?? undefined,
    waveId: args.wave ?? undefined,
    openedFrom: args.openedFrom ?? undefined,
    openedTo: args.openedTo ?? undefined,
    wellFormed: args.wellFormed ?? undefined,
    nationalService: args.nationalService ?? undefined,
  };
  const asOf = args.asOf ?? ctx.today;
  const matching = ticketsMatching(dataset, filter, asOf, (x) => canReadEple(ctx.caller, x.uai));
  if (!args.cell) return matching;
  const table = (await ctx.report(asOf)).tickets;
  const inCell = new Set((await ticketsOfCell(ctx, { table, ...args.cell })).map((x) => x.ref));
  return matching.filter((x) => inCell.has(x.ref));
}
