import type { Dataset } from '@opale/domain';
import { academieBudgets } from './budgets.js';
import { earlyEple } from './eple-early.js';
import { v6Eple } from './eple-v6.js';
import { v7Eple } from './eple-v7.js';
import { v8Eple } from './eple-v8.js';
import { v9Eple } from './eple-v9.js';
import { defaultKitActions } from './kit-actions.js';
import { academieKitEvents } from './kit-events.js';
import { laterBudgets } from './later/budgets.js';
import { laterFollowUps, laterRestitutions } from './later/follow-ups.js';
import { laterKitEvents } from './later/kit-events.js';
import { closedAfterSpring } from './later/ticket-closings.js';
import { laterTickets } from './later/tickets.js';
import { laterGroups, laterStaff, laterTrainers } from './later/training.js';
import { laterWaves } from './later/waves.js';
import { academieResources } from './resources.js';
import { academieFollowUps, academieRestitutions } from './restitutions.js';
import { academieTickets } from './tickets.js';
import { academieGroups, academieStaff, academieTracks, academieTrainers } from './training.js';

/**
 * The académie d'Amiens' records, built record by record, from which the domain gives back every
 * figure of the comité de suivi of 22/01/2024, then the roll-out going on to 31/12/2025 (`later/`).
 * Names of EPLE outside the slides and every person are invented; UAI are invented with valid
 * check letters.
 */
export const academieDemo: Dataset = {
  academie: { code: '20', name: "Académie d'Amiens" },
  waves: laterWaves,
  eple: [...earlyEple, ...v6Eple, ...v7Eple, ...v8Eple, ...v9Eple],
  budgets: [...academieBudgets, ...laterBudgets],
  kit: { actions: defaultKitActions, events: [...academieKitEvents, ...laterKitEvents] },
  tickets: [...closedAfterSpring(academieTickets), ...laterTickets],
  restitutions: [...academieRestitutions, ...laterRestitutions],
  followUps: [...academieFollowUps, ...laterFollowUps],
  training: {
    tracks: academieTracks,
    trainers: [...academieTrainers, ...laterTrainers],
    groups: [...academieGroups, ...laterGroups],
    staff: [...academieStaff, ...laterStaff],
  },
  resources: academieResources,
};
