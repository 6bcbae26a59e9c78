import { ASSISTANCE_SERVICES, type Environment, type Sphere, type TicketChannel } from '@opale/domain';

// The API speaks in codes; users read these words.

export const HANDLER_LABELS: Record<string, string> = {
  national: 'Remonté au national',
  SI2C: 'SI2C',
  DRASI: 'DRASI',
};

export const STATUS_LABELS: Record<string, string> = { open: 'En cours', resolved: 'Résolu' };

export const LEVEL_LABELS: Record<string, string> = {
  academie: 'Académie',
  national: 'National',
  integrator: 'Intégrateur',
};

/** How a request reached the académie: in ITOP, or recorded afterwards by its team. */
export const CHANNEL_LABELS: Record<TicketChannel, string> = {
  itop: 'ITOP',
  mail: 'Mail',
  phone: 'Téléphone',
  visio: 'Visio',
};

export const ENVIRONMENT_LABELS: Record<Environment, string> = {
  production: 'Production',
  sandbox: 'Bac à sable',
};

export const SPHERE_LABELS: Record<Sphere, string> = {
  ordonnateur: 'Ordonnateur',
  gestionnaire: 'Gestionnaire',
  'agent-comptable': 'Agent comptable',
};

export const EVENT_LABELS: Record<string, string> = {
  requalified: 'Requalifié',
  escalated: 'Remonté',
  returned: 'Renvoyé à l’académie',
  resolved: 'Résolu',
  reopened: 'Rouvert',
};

/** A service of the assistance scheme by its id (`c2s-montpellier` → "C2S de Montpellier"). */
export function serviceLabel(id: string | null | undefined): string {
  if (!id) return '—';
  return ASSISTANCE_SERVICES.find((s) => s.id === id)?.label ?? id;
}

/** A code's label, or the code itself when it is new to this client. */
export const labelOf = (labels: Record<string, string>, code: string | null | undefined) =>
  code ? (labels[code] ?? code) : '—';
