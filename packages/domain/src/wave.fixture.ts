import type { Wave } from './wave.js';

// The académie's calendar as the committee of 22/01/2024 showed it.
const calendar: [string, string, number | null][] = [
  ['V1', '2021-01-01', 1],
  ['V2', '2022-01-01', 6],
  ['V3', '2022-09-01', 0],
  ['V4', '2023-01-01', 9],
  ['V5', '2023-09-01', 5],
  ['V6', '2024-01-01', 61],
  ['V7', '2024-09-01', 28],
  ['V8', '2025-01-01', 144],
  ['V9', '2025-09-01', null],
];
export const waves: Wave[] = calendar.map(([id, switchDate, plannedCount]) => ({
  id,
  number: Number(id.slice(1)),
  switchDate,
  plannedCount,
  milestones: [],
}));

/** A wave of the calendar by id. */
export const wave = (id: string): Wave => waves.find((w) => w.id === id) as Wave;
