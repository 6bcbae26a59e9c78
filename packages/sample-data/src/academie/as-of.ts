import type { IsoDate } from '@opale/domain';

/** The day of the académie's comité de suivi whose figures the demo records give back. */
export const DEMO_AS_OF: IsoDate = '2024-01-22';
