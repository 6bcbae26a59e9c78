import type { Dataset } from '@opale/domain';
import { academieBudgets } from './budgets.js';
import { earlyEple } from './eple-early.js';
import { v6Eple } from './eple-v6.js';
import { v7Eple } from './eple-v7.js';
import { v8Eple } from './eple-v8.js';
import { v9Eple } from './eple-v9.js';
import { defaultKitActions } from './kit-actions.js';
import { academieKitEvents } from './kit-events.js';
import { academieResources } from './resources.js';
import { academieFollowUps, academieRestitutions } from './restitutions.js';
import { academieTickets } from './tickets.js';
import { academieGroups, academieStaff, academieTracks, academieTrainers } from './training.js';
import { academieWaves } from './waves.js';

/**
 * The académie d'Amiens' records, built record by record, from which the domain gives back every
 * figure of the comité de suivi of 22/01/2024. Names of EPLE outside the slides and every person
 * are invented; UAI are invented with valid check letters.
 */
export const academieDemo: Dataset = {
  academie: { code: '20', name: "Académie d'Amiens" },
  waves: academieWaves,
  eple: [...earlyEple, ...v6Eple, ...v7Eple, ...v8Eple, ...v9Eple],
  budgets: academieBudgets,
  kit: { actions: defaultKitActions, events: academieKitEvents },
  tickets: academieTickets,
  restitutions: academieRestitutions,
  followUps: academieFollowUps,
  training: {
    tracks: academieTracks,
    trainers: academieTrainers,
    groups: academieGroups,
    staff: academieStaff,
  },
  resources: academieResources,
};
