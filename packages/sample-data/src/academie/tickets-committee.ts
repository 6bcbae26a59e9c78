import type { IsoDate } from '@opale/domain';
import { DEMO_AS_OF } from './as-of.js';
import type { Batch, Step } from './ticket-builder.js';

// The committee's table counts ITOP tickets opened from the start of the school year to its date,
// by status and by who handles them on 22/01/2024. Each batch below lands in one cell; the
// counts per cell are the slide's:
//                      total  national  SI2C  DRASI
//   resolved             264        36    62    166
//   in progress,  ≤ 15 d  32        10     3     19
//   in progress,  > 15 d  28         2     0     26
// "More than 15 days" is opened on or before 06/01/2024 (16 days or more before the 22nd).

const SCHOOL_YEAR: IsoDate = '2023-09-01';
const LAST_STALE: IsoDate = '2024-01-06';
const FIRST_RECENT: IsoDate = '2024-01-07';

const resolved: Step = { kind: 'resolved' };
const reopened: Step = { kind: 'reopened' };
const escalated: Step = { kind: 'escalated' };
const toSi2c = { kind: 'requalified', to: 'SI2C' } as const;
const toDrasi = { kind: 'requalified', to: 'DRASI' } as const;
const backToSi2c = { kind: 'returned', to: 'SI2C' } as const;
const backToDrasi = { kind: 'returned', to: 'DRASI' } as const;

const year = { opened: [SCHOOL_YEAR, DEMO_AS_OF], horizon: DEMO_AS_OF } as const;
const stale = { opened: [SCHOOL_YEAR, LAST_STALE], horizon: DEMO_AS_OF } as const;
const recent = { opened: [FIRST_RECENT, DEMO_AS_OF], horizon: DEMO_AS_OF } as const;

/** Resolved on 22/01/2024: 36 while escalated, 62 by SI2C, 166 by DRASI. */
const RESOLVED: readonly Batch[] = [
  // Resolved by SI2C (62).
  { ...year, count: 40, team: 'SI2C', before: [resolved] },
  { ...year, count: 8, team: 'DRASI', miscast: true, before: [toSi2c, resolved] },
  { ...year, count: 5, team: 'SI2C', before: [escalated, backToSi2c, resolved] },
  { ...year, count: 5, team: 'SI2C', before: [resolved, reopened, resolved] },
  { ...year, count: 4, team: 'DRASI', miscast: true, before: [toSi2c, escalated, backToSi2c, resolved] },
  // Resolved by DRASI (166).
  { ...year, count: 136, team: 'DRASI', before: [resolved] },
  { ...year, count: 12, team: 'SI2C', miscast: true, before: [toDrasi, resolved] },
  { ...year, count: 8, team: 'DRASI', before: [escalated, backToDrasi, resolved] },
  { ...year, count: 8, team: 'DRASI', before: [resolved, reopened, resolved] },
  { ...year, count: 2, team: 'SI2C', before: [escalated, backToDrasi, resolved] },
  // Resolved at the national level or by the integrator, never returned (36).
  { ...year, count: 14, team: 'SI2C', before: [escalated, resolved] },
  { ...year, count: 14, team: 'DRASI', before: [escalated, resolved] },
  { ...year, count: 5, team: 'DRASI', miscast: true, before: [toSi2c, escalated, resolved] },
  { ...year, count: 3, team: 'SI2C', before: [escalated, resolved, reopened, resolved] },
];

/** In progress on 22/01/2024 and opened in the last 15 days: 10 escalated, 3 SI2C, 19 DRASI. */
const RECENT_OPEN: readonly Batch[] = [
  { ...recent, count: 3, team: 'SI2C', before: [escalated], after: [resolved] },
  { ...recent, count: 3, team: 'SI2C', before: [escalated], after: [backToSi2c, resolved] },
  { ...recent, count: 2, team: 'DRASI', before: [escalated], after: [resolved] },
  { ...recent, count: 2, team: 'DRASI', before: [escalated] },
  { ...recent, count: 1, team: 'SI2C', before: [], after: [resolved] },
  { ...recent, count: 1, team: 'DRASI', miscast: true, before: [toSi2c], after: [resolved] },
  { ...recent, count: 1, team: 'SI2C', before: [] },
  { ...recent, count: 8, team: 'DRASI', before: [], after: [resolved] },
  { ...recent, count: 3, team: 'SI2C', miscast: true, before: [toDrasi], after: [resolved] },
  { ...recent, count: 2, team: 'DRASI', before: [resolved, reopened], after: [resolved] },
  { ...recent, count: 6, team: 'DRASI', before: [] },
];

/** In progress on 22/01/2024 for more than 15 days: 2 escalated, none at SI2C, 26 at DRASI. */
const STALE_OPEN: readonly Batch[] = [
  { ...stale, count: 1, team: 'SI2C', before: [escalated], after: [resolved] },
  { ...stale, count: 1, team: 'DRASI', before: [escalated], after: [backToDrasi, resolved] },
  { ...stale, count: 12, team: 'DRASI', before: [], after: [resolved] },
  { ...stale, count: 4, team: 'DRASI', before: [resolved, reopened], after: [resolved] },
  { ...stale, count: 3, team: 'DRASI', before: [escalated, backToDrasi], after: [resolved] },
  { ...stale, count: 2, team: 'SI2C', miscast: true, before: [toDrasi], after: [resolved] },
  { ...stale, count: 5, team: 'DRASI', before: [] },
];

/** The 324 ITOP tickets of the committee's table (opened 01/09/2023 to 22/01/2024). */
export const COMMITTEE_BATCHES: readonly Batch[] = [...RESOLVED, ...RECENT_OPEN, ...STALE_OPEN];
