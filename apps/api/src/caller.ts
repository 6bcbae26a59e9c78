import {
  canChangeTicket,
  canReachEple,
  type Role,
  type Ticket,
  teamOfRole,
  ticketStateAt,
} from '@opale/domain';
import { decodeJwt } from 'jose';
import { InvalidInput } from './results.js';

/** Who is asking: from a verified token. `eple` callers are scoped to their schools' UAIs. */
export interface Caller {
  readonly subject: string;
  readonly role: Role;
  readonly uais: readonly string[];
}

/** How tokens are checked: a shared HS256 secret, or the JWKS of the académie's identity provider. */
export type Verifier = (token: string) => Promise<Caller>;

/** Whether a caller, if any, may read the records of this EPLE (school users: their own schools). */
export function canReadEple(caller: Caller | null, uai: string | null | undefined): boolean {
  return caller !== null && canReachEple(caller.role, caller.uais, uai);
}

/** The name recorded with the caller's changes. */
export function actorOf(caller: Caller): string {
  return `${caller.role}:${caller.subject}`;
}

/**
 * A verifier that remembers the tokens it accepted, for `forMs` at most and never past their
 * `exp`: checking a signature costs more than the rest of a small request. Refusals are not kept,
 * and a key withdrawn from the JWKS stops being honoured within `forMs`.
 */
export function rememberVerified(
  verify: Verifier,
  options: { forMs?: number; max?: number; now?: () => number } = {},
): Verifier {
  const { forMs = 60_000, max = 1000, now = Date.now } = options;
  const kept = new Map<string, { caller: Caller; until: number }>();
  return async (token) => {
    const hit = kept.get(token);
    if (hit && hit.until > now()) return hit.caller;
    kept.delete(token);
    const caller = await verify(token);
    const { exp } = decodeJwt(token);
    const until = Math.min(now() + forMs, typeof exp === 'number' ? exp * 1000 : Number.POSITIVE_INFINITY);
    if (kept.size >= max) kept.delete(kept.keys().next().value as string);
    kept.set(token, { caller, until });
    return caller;
  };
}

/**
 * The signed-in caller, when they may act for this EPLE (school users: their own schools only);
 * otherwise the typed error naming `uai`, with `what` they tried ("act", "open tickets").
 */
export function actingFor(caller: Caller | null, uai: string, what = 'act'): Caller {
  if (caller !== null && canReadEple(caller, uai)) return caller;
  throw new InvalidInput([
    {
      field: 'uai',
      code: 'rule_violation',
      message: `uai: you may ${what} for your schools only (${caller?.uais.join(', ') ?? ''})`,
    },
  ]);
}

/**
 * SI2C and DRASI change the tickets their team is in charge of (escalated ones included); admins
 * change any. An unknown ticket, or one not open yet that day, is left to the store, which names it.
 */
export function actingOnTicket(caller: Caller, ticket: Ticket | null, on: string): void {
  const state = ticket === null ? null : ticketStateAt(ticket, on);
  if (ticket === null || state === null || canChangeTicket(caller.role, state.team)) return;
  const team = teamOfRole(caller.role);
  throw new InvalidInput([
    {
      field: 'ref',
      code: 'rule_violation',
      message: `ref: ${ticket.ref} is in the hands of ${state.team} on ${on}; ${team} changes its own team's tickets only`,
    },
  ]);
}
