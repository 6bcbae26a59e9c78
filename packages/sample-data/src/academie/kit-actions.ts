import type { KitAction, KitActor } from '@opale/domain';

// The ministry's kit is not in the slides: this is a plausible list for a GFC → op@le switch,
// ten actions per actor, until the real one is imported.
const LABELS: Record<KitActor, readonly string[]> = {
  'chef-etablissement': [
    "Désigner les utilisateurs op@le de l'établissement",
    'Valider les habilitations de la sphère ordonnateur',
    "Informer le conseil d'administration du passage à op@le",
    'Vérifier la structure budgétaire (services et domaines)',
    'Valider le paramétrage des services et des activités',
    'Déléguer la signature des actes dans op@le',
    'Contrôler la reprise des conventions et contrats pluriannuels',
    "Arrêter le calendrier de bascule avec l'agent comptable",
    'Vérifier les droits constatés à émettre au premier trimestre',
    "Attester la fin de la bascule de l'établissement",
  ],
  'agent-comptable': [
    'Vérifier les habilitations dans op@le',
    "Saisir la balance d'entrée",
    'Contrôler la reprise des comptes de tiers',
    "Arrêter le compte financier GFC de l'exercice précédent",
    "Rapprocher la balance d'entrée de la balance de sortie GFC",
    'Paramétrer les comptes bancaires et le compte au Trésor',
    'Reprendre les restes à recouvrer',
    'Reprendre les restes à payer',
    "Vérifier les régies d'avances et de recettes",
    'Valider la première situation de trésorerie dans op@le',
  ],
  'fonde-de-pouvoir': [
    'Vérifier la reprise des immobilisations et des amortissements',
    "Contrôler le plan comptable de l'établissement",
    "Préparer l'intégration du budget exécutoire",
    'Saisir les prévisions de recettes du budget',
    "Contrôler l'ouverture des crédits par service",
    'Vérifier les tiers (fournisseurs, familles) créés dans op@le',
    'Paramétrer les modes de paiement et de recouvrement',
    'Saisir les premiers engagements juridiques',
    'Contrôler la chaîne de la dépense sur un premier mandat',
    'Émettre un premier titre de recettes',
  ],
  adsi: [
    "Créer les comptes des utilisateurs dans l'annuaire",
    'Distribuer les clés OTP aux utilisateurs',
    "Vérifier l'accès à op@le depuis les postes de gestion",
    'Installer les navigateurs et certificats recommandés',
    "Tester l'accès au bac à sable",
    "Ouvrir l'accès à la plateforme de formation FM1",
    'Configurer les imprimantes pour les éditions op@le',
    "Archiver les données GFC de l'établissement",
    'Paramétrer les échanges dématérialisés avec la banque',
    'Fermer les accès GFC après la bascule',
  ],
};

const PREFIX: Record<KitActor, string> = {
  'chef-etablissement': 'CE',
  'agent-comptable': 'AC',
  'fonde-de-pouvoir': 'FP',
  adsi: 'ADSI',
};

const ACTORS: readonly KitActor[] = ['chef-etablissement', 'agent-comptable', 'fonde-de-pouvoir', 'adsi'];

/** The demo's kit de bascule: 40 actions, 10 for each of the four actors, ids `CE-01` … `ADSI-10`. */
export const defaultKitActions: readonly KitAction[] = ACTORS.flatMap((actor) =>
  LABELS[actor].map((label, i) => ({
    id: `${PREFIX[actor]}-${String(i + 1).padStart(2, '0')}`,
    actor,
    label,
  })),
);
