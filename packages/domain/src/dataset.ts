import type { BudgetExecutoire } from './budget.js';
import type { DifficultySetting } from './difficulty-settings.js';
import type { Eple } from './eple.js';
import type { FollowUp } from './follow-up.js';
import type { KitAction, KitEvent } from './kit.js';
import type { Resource } from './resource.js';
import type { RestitutionAlert } from './restitution.js';
import type { Ticket } from './ticket.js';
import type { StaffCount, Trainer, TrainingGroup, TrainingTrack } from './training.js';
import type { Wave } from './wave.js';
import type { WaveChange } from './wave-history.js';

/** The académie the records belong to. */
export interface Academie {
  /** Code of the académie, e.g. `20` for Amiens. */
  readonly code: string;
  readonly name: string;
}

/**
 * All the records of an académie. Every figure is computed from these, as of a date: nothing
 * here is a total or a rate.
 */
export interface Dataset {
  readonly academie: Academie;
  readonly waves: readonly Wave[];
  readonly eple: readonly Eple[];
  readonly budgets: readonly BudgetExecutoire[];
  readonly kit: { readonly actions: readonly KitAction[]; readonly events: readonly KitEvent[] };
  readonly tickets: readonly Ticket[];
  readonly restitutions: readonly RestitutionAlert[];
  readonly followUps: readonly FollowUp[];
  /** The difficulty rule's history; none (or absent) means the defaults are in force every day. */
  readonly difficultySettings?: readonly DifficultySetting[];
  readonly training: {
    readonly tracks: readonly TrainingTrack[];
    readonly trainers: readonly Trainer[];
    readonly groups: readonly TrainingGroup[];
    readonly staff: readonly StaffCount[];
  };
  /** The support offered to users (Tribu, portail MF2, Tchap, tutoring, the expert…), each dated. */
  readonly resources: readonly Resource[];
  /**
   * The plan's dated changes (EPLE moved between waves, bascules moved), in the order recorded;
   * `eple` and `waves` hold the plan after all of them. None (or absent): the plan never changed.
   */
  readonly waveChanges?: readonly WaveChange[];
}
