import type { Role } from '@opale/domain';

// Who may do what is the domain's (`can`, `canChangeTicket`): the API enforces it, the UI only
// hides what would be refused. The names shown to users are the web's.

/** The roles' names for users. */
export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administrateur',
  si2c: 'SI2C — assistance métier',
  drasi: 'DRASI — assistance technique',
  committee: 'Membre du comité de suivi',
  eple: 'Personnel d’établissement',
};
