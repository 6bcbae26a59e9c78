import type { AcademieTeam } from './ticket.js';
import type { Uai } from './uai.js';

/**
 * The roles of opale's users, as their tokens name them: the administrators, the académie's two
 * assistance teams (SI2C for business questions, DRASI for technical ones), the monitoring
 * committee (read-only) and the staff of a school (`eple`), who see and act for their own schools.
 */
export const ROLES = ['admin', 'si2c', 'drasi', 'committee', 'eple'] as const;
export type Role = (typeof ROLES)[number];

/** Whether `value` names a role (e.g. a token's `role` claim). */
export function isRole(value: unknown): value is Role {
  return (ROLES as readonly unknown[]).includes(value);
}

/**
 * What a role may be refused. Reading the records of waves, schools, tickets, training and
 * environments is open to every signed-in role (school users: their own schools, see
 * {@link canReachEple}), so it is no action here.
 */
export const ACTIONS = [
  /** The committee's report and the other académie-wide figures and lists (agences comptables). */
  'readReport',
  /** The names of the volunteer trainers. */
  'readTrainerNames',
  /** Open a ticket (school users: for their own schools). */
  'openTicket',
  /** Requalify, escalate, return, resolve or reopen a ticket: see {@link canChangeTicket}. */
  'changeTicket',
  /** Finalize or undo an action of a school's kit de bascule (school users: their own schools). */
  'recordKitAction',
  /** Record the day a budget became exécutoire. */
  'recordBudgetExecutoire',
  /** Record a follow-up of an EPLE in difficulty. */
  'recordFollowUp',
  /** Plan a wave's training groups from its staff counts. */
  'planTraining',
  /** Record or change a volunteer trainer (the tracks they lead, the waves they are unavailable for). */
  'recordTrainer',
  /** Add or change a milestone of a wave's calendar (kind, label, due and done days). */
  'recordMilestone',
  /**
   * Record or clear an alert of the restitutions op@le. The restitutions are op@le's reports on a
   * school's budget and accounts (balance, crédits, trésorerie): business matters, which the slides
   * leave to SI2C's budget and financial support; DRASI, the technical team, reads them.
   */
  'recordRestitutionAlert',
  /** Add, change or retire a support resource of the Ressources page. */
  'recordResource',
  /** Read the exchanges with iTop: the last syncs, their counts and errors, the tickets waiting to be sent. */
  'readItopSync',
  /** Put the changes iTop refused too many times back in the queue to iTop. */
  'retryItopOutbox',
  /** Record the difficulty rule's thresholds and weights from a day on. */
  'setDifficultyRule',
  /** Save or change a named draft of the re-planning page (those who plan the waves). */
  'manageScenarios',
  /** Apply a draft of the re-planning page to the records: EPLE moved between waves, bascules moved. */
  'applyScenarioToRecords',
] as const;
export type Action = (typeof ACTIONS)[number];

const READERS: readonly Role[] = ['admin', 'si2c', 'drasi', 'committee'];

/**
 * Who may do what: the rules the API enforces and the web client follows to offer only what will
 * be accepted. The committee reads and changes nothing; school users never see académie-wide
 * figures.
 */
export const PERMISSIONS: Readonly<Record<Action, readonly Role[]>> = {
  readReport: READERS,
  readTrainerNames: READERS,
  openTicket: ['admin', 'si2c', 'drasi', 'eple'],
  changeTicket: ['admin', 'si2c', 'drasi'],
  recordKitAction: ['admin', 'si2c', 'eple'],
  recordBudgetExecutoire: ['admin', 'si2c'],
  recordFollowUp: ['admin', 'si2c', 'drasi'],
  planTraining: ['admin', 'si2c'],
  recordTrainer: ['admin', 'si2c'],
  recordMilestone: ['admin', 'drasi'],
  recordRestitutionAlert: ['admin', 'si2c'],
  recordResource: ['admin'],
  readItopSync: ['admin'],
  retryItopOutbox: ['admin'],
  setDifficultyRule: ['admin'],
  manageScenarios: ['admin', 'si2c', 'drasi'],
  applyScenarioToRecords: ['admin'],
};

/** Whether `role` may do `action` at all (a school user still only for their own schools). */
export function can(role: Role, action: Action): boolean {
  return PERMISSIONS[action].includes(role);
}

/** The assistance team a role works in: `SI2C` for `si2c`, `DRASI` for `drasi`, otherwise none. */
export function teamOfRole(role: Role): AcademieTeam | null {
  return role === 'si2c' ? 'SI2C' : role === 'drasi' ? 'DRASI' : null;
}

/**
 * Whether `role` may change a ticket that `team` is in charge of: SI2C and DRASI change the
 * tickets of their own team (escalated ones included, as the team stays in charge), admins any.
 * `team` (`SI2C` or `DRASI`) is the ticket's team on the day of the change (`ticketStateAt(…).team`).
 */
export function canChangeTicket(role: Role, team: string | null | undefined): boolean {
  if (!can(role, 'changeTicket')) return false;
  if (role === 'admin') return true;
  const own = teamOfRole(role);
  return own !== null && team === own;
}

/** Whether `role` sees and acts for its own schools only: the UAIs its token names (`eple`). */
export function isScopedToOwnSchools(role: Role): boolean {
  return role === 'eple';
}

/**
 * Whether a user of `role`, whose own schools are `ownUais`, may read or act for the EPLE `uai`:
 * school users for their own schools only (never for a record without a school), the other roles
 * for every school.
 */
export function canReachEple(role: Role, ownUais: readonly Uai[], uai: Uai | null | undefined): boolean {
  if (!isScopedToOwnSchools(role)) return true;
  return typeof uai === 'string' && ownUais.includes(uai);
}
