import type { IsoDate } from './date.js';
import type { Uai } from './uai.js';

/** Who must carry out a kit action. */
export type KitActor = 'chef-etablissement' | 'agent-comptable' | 'fonde-de-pouvoir' | 'adsi';

/** One action of the ministry's switch-over checklist (kit de bascule). */
export interface KitAction {
  readonly id: string;
  readonly actor: KitActor;
  /** French label, as the kit words it. */
  readonly label: string;
}

/** An action finalized, or a finalization undone, for one EPLE on a day. */
export interface KitEvent {
  readonly uai: Uai;
  readonly actionId: string;
  readonly kind: 'finalized' | 'undone';
  readonly on: IsoDate;
}
