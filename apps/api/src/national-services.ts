import { ASSISTANCE_SERVICES, type EscalationTarget } from '@opale/domain';

/** A service beyond the académie, by the name the API gives it and by the domain's id. */
export interface NationalServiceName {
  /** The GraphQL enum value and the export's parameter value: `c2s_montpellier`, `daf`… */
  readonly name: string;
  readonly id: EscalationTarget;
  readonly label: string;
}

// GraphQL names allow no hyphen: `c2s-montpellier` is written `c2s_montpellier`.
/**
 * The services a ticket can be escalated to, as the domain lists them: the national services,
 * then the integrator (the committee counts both under "national").
 */
export const NATIONAL_SERVICES: readonly NationalServiceName[] = ASSISTANCE_SERVICES.filter(
  (s) => s.level !== 'academie',
).map((s) => ({ name: s.id.replaceAll('-', '_'), id: s.id as EscalationTarget, label: s.label }));
