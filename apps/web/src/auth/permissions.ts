import type { Role } from './session';

// What each role may do, as the API README says; the API enforces it, the UI only hides what
// would be refused.

/** The roles' names for users. */
export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administrateur',
  si2c: 'SI2C — assistance métier',
  drasi: 'DRASI — assistance technique',
  committee: 'Membre du comité de suivi',
  eple: 'Personnel d’établissement',
};

const READERS: readonly Role[] = ['admin', 'si2c', 'drasi', 'committee'];

/** The committee's report and the académie-wide figures. */
export const canReadReport = (role: Role) => READERS.includes(role);
/** Follow-ups of EPLE in difficulty. */
export const canRecordFollowUp = (role: Role) => role === 'admin' || role === 'si2c' || role === 'drasi';
/** The kit de bascule's actions (school users for their own schools). */
export const canRecordKitAction = (role: Role) => role === 'admin' || role === 'si2c' || role === 'eple';
const SI2C_OR_ADMIN = (role: Role) => role === 'admin' || role === 'si2c';
/** The day a budget became exécutoire. */
export const canRecordBudget = SI2C_OR_ADMIN;
/** The training groups of a wave, planned from staff counts. */
export const canPlanTraining = SI2C_OR_ADMIN;

/**
 * Whether the role may change a ticket that `team` (SI2C or DRASI) is in charge of: SI2C and DRASI
 * change their own team's tickets, escalated ones included; admins any.
 */
export function canChangeTicket(role: Role, team: string | null | undefined): boolean {
  if (role === 'admin') return true;
  return (role === 'si2c' || role === 'drasi') && team === role.toUpperCase();
}
