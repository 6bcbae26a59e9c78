import type { AcademieTeam, EscalationTarget } from './ticket.js';

/** The three levels of the assistance scheme: the académie, the national services, the integrator. */
export const ASSISTANCE_LEVELS = ['academie', 'national', 'integrator'] as const;
/** One level of the assistance scheme (see {@link ASSISTANCE_LEVELS}). */
export type AssistanceLevel = (typeof ASSISTANCE_LEVELS)[number];

/** One service of the assistance scheme, with the label school staff know it by. */
export interface AssistanceService {
  readonly id: AcademieTeam | EscalationTarget;
  readonly level: AssistanceLevel;
  /** French label for the UI. */
  readonly label: string;
}

// Keyed by id so that the compiler rejects a service left without a level.
const SERVICES: { readonly [id in AcademieTeam | EscalationTarget]: Omit<AssistanceService, 'id'> } = {
  SI2C: { level: 'academie', label: 'SI2C — assistance métier' },
  DRASI: { level: 'academie', label: 'DRASI — assistance technique' },
  'c2s-montpellier': { level: 'national', label: 'C2S de Montpellier' },
  daf: { level: 'national', label: "DAF — maîtrise d'ouvrage au ministère" },
  guerande: { level: 'national', label: 'Plateforme de Guérande' },
  integrator: { level: 'integrator', label: 'Intégrateur' },
};

/** Every service of the assistance scheme, académie first, as the slides list them. */
export const ASSISTANCE_SERVICES: readonly AssistanceService[] = (
  Object.keys(SERVICES) as (AcademieTeam | EscalationTarget)[]
).map((id) => ({ id, ...SERVICES[id] }));

/** The level of a service: `academie` for SI2C and DRASI, `national` or `integrator` beyond. */
export function assistanceLevelOf(service: AcademieTeam | EscalationTarget): AssistanceLevel {
  return SERVICES[service].level;
}
