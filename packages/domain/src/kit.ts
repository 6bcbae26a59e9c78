import type { IsoDate } from './date.js';
import { describe } from './describe.js';
import type { Eple } from './eple.js';
import { readEpleEvent } from './eple-validate.js';
import { FieldReader } from './fields.js';
import { fromErrors, type Result } from './result.js';
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

/** What can happen to an action of an EPLE's kit: finalized, or its finalization undone. */
export const KIT_CHANGES = ['finalized', 'undone'] as const;
/** One change of an action of the kit (see {@link KIT_CHANGES}). */
export type KitChange = (typeof KIT_CHANGES)[number];

/** An action finalized, or a finalization undone, for one EPLE on a day. */
export interface KitEvent {
  readonly uai: Uai;
  readonly actionId: string;
  readonly kind: KitChange;
  readonly on: IsoDate;
}

/** The actors of the kit, in the order the kit lists them. */
export const KIT_ACTORS: readonly KitActor[] = [
  'chef-etablissement',
  'agent-comptable',
  'fonde-de-pouvoir',
  'adsi',
];

/** The actors as school staff name them. */
export const KIT_ACTOR_LABELS: Record<KitActor, string> = {
  'chef-etablissement': "Chef d'établissement",
  'agent-comptable': 'Agent comptable',
  'fonde-de-pouvoir': 'Fondé de pouvoir',
  adsi: 'ADSI',
};

/**
 * Validates one action of the kit: a non-empty id, one of the four actors, a non-empty French
 * label. Ids and labels are trimmed.
 */
export function validateKitAction(input: unknown, field = 'action'): Result<KitAction> {
  const r = new FieldReader(input, field);
  if (!r.ok) return { ok: false, errors: r.errors };
  const value: KitAction = { id: r.text('id'), actor: r.oneOf('actor', KIT_ACTORS), label: r.text('label') };
  return fromErrors(r.errors, () => value);
}

/**
 * Validates one kit event: the UAI of a known EPLE, the id of a known action, a kind `finalized`
 * or `undone`, and a day not before the EPLE was created in op@le. Every problem is reported.
 */
export function validateKitEvent(
  input: unknown,
  ctx: { readonly eple: ReadonlyMap<Uai, Eple>; readonly actions: ReadonlyMap<string, KitAction> },
  field = 'event',
): Result<KitEvent> {
  const r = new FieldReader(input, field);
  if (!r.ok) return { ok: false, errors: r.errors };
  const { uai, on } = readEpleEvent(r, ctx.eple, 'on', 'a kit action cannot be finalized or undone');
  const actionId = r.text('actionId');
  if (actionId !== '' && !ctx.actions.has(actionId)) {
    r.error(
      'actionId',
      'unknown_reference',
      `expected the identifier of an action of the kit, got ${describe(actionId)}`,
    );
  }
  const kind = r.oneOf('kind', KIT_CHANGES);
  return fromErrors(r.errors, () => ({ uai, actionId, kind, on }));
}
