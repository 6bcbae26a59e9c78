import type { IsoDate } from '@opale/domain';
import { DEMO_AS_OF } from './as-of.js';
import type { Batch, Step } from './ticket-builder.js';

// Tickets the committee's table must leave out, so that its filters are seen to work.

const resolved: Step = { kind: 'resolved' };
const escalated: Step = { kind: 'escalated' };

const LAST_YEAR_END: IsoDate = '2023-08-31';

/** 40 ITOP tickets of the school year 2022-2023, all resolved, 3 of them only in September 2023. */
const LAST_SCHOOL_YEAR: readonly Batch[] = [
  {
    count: 14,
    team: 'SI2C',
    opened: ['2022-09-01', LAST_YEAR_END],
    horizon: LAST_YEAR_END,
    before: [resolved],
  },
  {
    count: 14,
    team: 'DRASI',
    opened: ['2022-09-01', LAST_YEAR_END],
    horizon: LAST_YEAR_END,
    before: [resolved],
  },
  {
    count: 6,
    team: 'DRASI',
    opened: ['2022-09-01', LAST_YEAR_END],
    horizon: LAST_YEAR_END,
    before: [escalated, resolved],
  },
  {
    count: 3,
    team: 'DRASI',
    miscast: true,
    opened: ['2022-09-01', LAST_YEAR_END],
    horizon: LAST_YEAR_END,
    before: [{ kind: 'requalified', to: 'SI2C' }, resolved],
  },
  {
    count: 3,
    team: 'SI2C',
    opened: ['2023-08-21', LAST_YEAR_END],
    horizon: LAST_YEAR_END,
    before: [],
    after: [resolved],
  },
];

const period = { opened: ['2023-09-04', '2024-01-19'], horizon: DEMO_AS_OF } as const;

/** 25 requests by mail, phone and visio during the period: recorded, not in the ITOP table. */
const OTHER_CHANNELS: readonly Batch[] = [
  { ...period, channel: 'mail', count: 10, team: 'SI2C', before: [resolved] },
  { ...period, channel: 'mail', count: 2, team: 'DRASI', before: [], after: [resolved] },
  { ...period, channel: 'phone', count: 6, team: 'DRASI', before: [resolved] },
  { ...period, channel: 'phone', count: 2, team: 'SI2C', before: [] },
  { ...period, channel: 'visio', count: 5, team: 'SI2C', before: [resolved] },
];

const SPRING_END: IsoDate = '2024-03-31';
const spring = { opened: ['2024-02-01', '2024-03-27'], horizon: SPRING_END } as const;

/** 30 ITOP tickets opened after the committee, in February and March 2024. */
const AFTER_COMMITTEE: readonly Batch[] = [
  { ...spring, count: 11, team: 'DRASI', before: [resolved] },
  { ...spring, count: 8, team: 'SI2C', before: [resolved] },
  { ...spring, count: 3, team: 'SI2C', before: [escalated, resolved] },
  { ...spring, count: 2, team: 'DRASI', miscast: true, before: [{ kind: 'requalified', to: 'SI2C' }] },
  { ...spring, count: 4, team: 'DRASI', before: [] },
  { ...spring, count: 2, team: 'SI2C', before: [escalated] },
];

/** Tickets outside the committee's table: last school year, other channels, after the committee. */
export const OTHER_BATCHES: readonly Batch[] = [...LAST_SCHOOL_YEAR, ...OTHER_CHANNELS, ...AFTER_COMMITTEE];
