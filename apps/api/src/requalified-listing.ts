import { type AcademieTeam, type RequalifiedOptions, requalifiedTickets, type Ticket } from '@opale/domain';
import { canReadEple } from './caller.js';
import type { Context } from './context.js';

/**
 * The tickets behind a team's figure of requalified tickets, newest first; a school user would see
 * their own only: the list behind the GraphQL `requalifiedTickets` and its export.
 */
export async function ticketsBehind(
  ctx: Context,
  options: RequalifiedOptions,
  team: AcademieTeam,
): Promise<Ticket[]> {
  const { tickets } = await ctx.dataset();
  return requalifiedTickets(tickets, options, team)
    .filter((x) => canReadEple(ctx.caller, x.uai))
    .reverse();
}
