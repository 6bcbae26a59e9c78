import { type Eple, type KitAction, type KitActor, type KitEvent, toEpochDay } from '@opale/domain';
import { defaultKitActions } from '../academie/kit-actions.js';
import { chance, type Random, randomInt } from '../prng.js';
import { isoDay } from './days.js';

const EXTRA: Record<KitActor, readonly string[]> = {
  'chef-etablissement': [
    'Valider la nomenclature des activités',
    'Présenter le premier compte rendu op@le au conseil',
    'Vérifier les accès des adjoints',
    'Signer la convention de tutorat',
    'Valider la liste des actes dématérialisés',
  ],
  'agent-comptable': [
    'Contrôler les soldes des comptes de classe 4',
    'Valider la reprise des cautions',
    'Vérifier les comptes de liaison des budgets annexes',
    'Paramétrer les recouvrements contentieux',
    'Valider la première clôture mensuelle',
  ],
  'fonde-de-pouvoir': [
    'Reprendre les marchés en cours',
    'Contrôler les imputations des bourses',
    'Saisir les charges à payer reprises',
    'Vérifier les subventions à recevoir',
    'Contrôler le premier état de rapprochement',
  ],
  adsi: [
    'Recenser les postes utilisant op@le',
    'Tester la numérisation des pièces',
    'Configurer la messagerie des notifications',
    'Vérifier les sauvegardes des exports',
    "Documenter l'accès de secours",
  ],
};
const PREFIX: Record<KitActor, string> = {
  'chef-etablissement': 'CE',
  'agent-comptable': 'AC',
  'fonde-de-pouvoir': 'FP',
  adsi: 'ADSI',
};

/** The national kit: the demo's 40 actions and 5 more per actor, 60 in all. */
export const nationalKitActions: readonly KitAction[] = [
  ...defaultKitActions,
  ...(Object.keys(EXTRA) as KitActor[]).flatMap((actor) =>
    EXTRA[actor].map((label, i) => ({
      id: `${PREFIX[actor]}-${String(11 + i).padStart(2, '0')}`,
      actor,
      label,
    })),
  ),
];

// Kit work goes on from the creation in op@le to two months after the bascule.
const DAYS_AFTER_SWITCH = 60;

/** How many actions an EPLE ends up finalizing: most the whole kit, some lag far behind. */
function finalCount(random: Random, total: number): number {
  const roll = random();
  if (roll < 0.85) return total;
  if (roll < 0.95) return randomInt(random, Math.floor(total * 0.66), total - 1);
  return randomInt(random, 0, Math.floor(total * 0.66) - 1);
}

/** Kit events of every EPLE, with a few finalizations undone then redone. */
export function nationalKitEvents(
  random: Random,
  eple: readonly Eple[],
  switchDay: ReadonlyMap<string, number>,
): KitEvent[] {
  const ids = nationalKitActions.map((a) => a.id);
  const events: KitEvent[] = [];
  for (const e of eple) {
    const first = toEpochDay(e.createdOn);
    const span = (switchDay.get(e.waveId) ?? first) + DAYS_AFTER_SWITCH - first;
    const n = finalCount(random, ids.length);
    const start = randomInt(random, 0, ids.length - 1);
    const days = Array.from({ length: n }, () => first + randomInt(random, 0, span)).sort((a, b) => a - b);
    for (let i = 0; i < n; i += 1) {
      const actionId = ids[(start + i) % ids.length] as string;
      const on = days[i] as number;
      events.push({ uai: e.uai, actionId, kind: 'finalized', on: isoDay(on) });
      if (i < 6 && chance(random, 0.05)) {
        events.push({ uai: e.uai, actionId, kind: 'undone', on: isoDay(on + 2) });
        events.push({ uai: e.uai, actionId, kind: 'finalized', on: isoDay(on + 6) });
      }
    }
  }
  return events;
}
