/** The roles of opale's users. */
export const ROLES = ['admin', 'si2c', 'drasi', 'committee', 'eple'] as const;
export type Role = (typeof ROLES)[number];

/** Who is asking: from a verified token. `eple` callers are scoped to their schools' UAIs. */
export interface Caller {
  readonly subject: string;
  readonly role: Role;
  readonly uais: readonly string[];
}

/** Whether the caller may read the records of this EPLE. */
export function canReadEple(caller: Caller, uai: string | undefined): boolean {
  if (caller.role !== 'eple') return true;
  return uai !== undefined && caller.uais.includes(uai);
}

/** The name recorded with the caller's changes. */
export function actorOf(caller: Caller): string {
  return `${caller.role}:${caller.subject}`;
}
