import {
  type Eple,
  FOLLOW_UP_KIND_LABELS,
  type FollowUp,
  KIT_ACTOR_LABELS,
  type KitActor,
  type KitCompletion,
} from '@opale/domain';
import { frenchDate, type Table } from './table.js';

/** The actions of an EPLE's kit de bascule (those of one actor when `actor` is given) and when each was finalized. */
export function schoolKitTable(eple: Eple, kit: KitCompletion, asOf: string, actor?: KitActor): Table {
  const actions = kit.actions.filter((a) => actor === undefined || a.action.actor === actor);
  const finalized = actions.filter((a) => a.finalizedOn !== null).length;
  return {
    name: 'Kit de bascule',
    title: `Kit de bascule de ${eple.name} (${eple.uai})${actor ? `, ${KIT_ACTOR_LABELS[actor]}` : ''} au ${frenchDate(asOf)} : ${finalized} actions finalisées sur ${actions.length}`,
    header: ['Acteur', 'Identifiant', 'Action', 'Finalisée le'],
    rows: actions.map(({ action, finalizedOn }) => [
      KIT_ACTOR_LABELS[action.actor],
      action.id,
      action.label,
      finalizedOn === null ? null : frenchDate(finalizedOn),
    ]),
  };
}

/** The follow-up actions recorded for an EPLE, oldest first. */
export function followUpsTable(eple: Eple, followUps: readonly FollowUp[]): Table {
  return {
    name: 'Actions de suivi',
    title: `Actions de suivi de ${eple.name} (${eple.uai})`,
    header: ['UAI', 'Date', 'Type', 'Note', 'Par'],
    rows: followUps.map((f) => [
      eple.uai,
      frenchDate(f.on),
      FOLLOW_UP_KIND_LABELS[f.kind],
      f.note,
      f.by ?? null,
    ]),
  };
}
