import type { AcademieTeam, Sphere } from '@opale/domain';

/** What users ask the business support (SI2C): accounting and budget questions. */
const BUSINESS: readonly string[] = [
  'Ouverture des droits constatés impossible pour le service AED',
  'Intégration du budget 2024 : écart sur le service ALO',
  "Balance d'entrée déséquilibrée après la reprise GFC",
  'Reprise des restes à recouvrer : familles en double',
  'Décision budgétaire modificative bloquée au visa',
  "Mandat rejeté : compte d'imputation introuvable",
  'Titre de recettes : impossible de sélectionner le débiteur',
  'Régie de recettes : encaissements non repris en comptabilité',
  "Paramétrage du service de restauration et d'hébergement à vérifier",
  'Engagement juridique en double sur le marché de restauration',
  'Situation des crédits incohérente sur le domaine VIE',
  'Virement de crédits entre services refusé',
  'Reprise des immobilisations : amortissements manquants',
  'Rapprochement bancaire : relevé du Trésor non repris',
  'Compte financier 2023 : éditions attendues par le conseil',
  'Subvention de la Région non ventilée par service',
  'Facture fournisseur bloquée en liquidation',
  'Saisie des prévisions de recettes : service ALO absent',
  "Édition du budget voté pour le conseil d'administration",
  'Fournisseur créé en double dans les tiers',
  'Charges à payer : écriture de rattachement impossible',
  'Bourses nationales : imputation à vérifier',
  'Reversement à la collectivité : procédure dans op@le',
  'Clôture de la période de janvier impossible',
];

/** What users ask the technical support (DRASI): access, tools, machines. */
const TECHNICAL: readonly string[] = [
  'Accès FM1 refusé avec la clé OTP',
  'Clé OTP non reconnue après son renouvellement',
  "Page blanche à l'ouverture d'op@le",
  'Habilitation agent comptable absente du portail',
  'Connexion au bac à sable impossible',
  'Export PDF des mandats vide',
  'Lenteurs à la validation des écritures',
  "Erreur technique à l'import des relevés bancaires",
  'Éditions op@le non imprimées sur le copieur réseau',
  'Compte utilisateur bloqué après trois tentatives',
  'Certificat du poste de gestion expiré',
  'Session expirée toutes les cinq minutes',
  "Fichier d'échange bancaire rejeté pour format invalide",
  "Profil ordonnateur non visible pour le chef d'établissement",
  "Déconnexion pendant la saisie d'un engagement",
  "Portail d'authentification inaccessible depuis l'établissement",
  "Lien vers op@le absent du portail de l'établissement",
  'Pièces jointes refusées à la numérisation',
  'Adjoint gestionnaire sans accès à la sphère gestionnaire',
  'Délégation de droits impossible pour le fondé de pouvoir',
  "Navigateur non pris en charge sur le poste de l'agence comptable",
  'Erreur au chargement de la situation des crédits',
];

/** Titles users write when they do not follow the slides: no precise subject, or no prefix. */
export const VAGUE_SUBJECTS: readonly string[] = ['Problème op@le', 'Urgent', 'Ça ne marche pas', 'Question'];

/** The subjects of a team: what it would be asked, whatever prefix the user wrote. */
export function subjectsOf(team: AcademieTeam): readonly string[] {
  return team === 'SI2C' ? BUSINESS : TECHNICAL;
}

export const ERROR_MESSAGES: readonly string[] = [
  'Accès refusé : habilitation insuffisante',
  'Erreur technique, veuillez contacter votre assistance',
  'Le service est momentanément indisponible',
  'Opération impossible : la période est clôturée',
  'Montant supérieur aux crédits disponibles',
];

export const OPERATIONS: readonly string[] = [
  'Connexion, choix du profil, ouverture du menu concerné',
  "Saisie de la pièce puis validation : message d'erreur",
  'Même manipulation essayée sur le bac à sable, même résultat',
  'Recherche du tiers puis création de la pièce',
  'Édition lancée depuis le menu des restitutions, aucun fichier produit',
];

// Invented people: surnames made up for the demo, ordinary first names.
export const LAST_NAMES: readonly string[] = [
  'Arvenne',
  'Bellocq',
  'Campagnac',
  'Dorvalle',
  'Estrelin',
  'Faverolle',
  'Garnerin',
  'Hautecour',
  'Isambart',
  'Jolimay',
  'Lardenois',
  'Morvillier',
  'Noirclerc',
  'Orvanne',
  'Pertuisan',
  'Rambervil',
  'Saulnières',
  'Trévalon',
];

export const FIRST_NAMES: readonly string[] = [
  'Claire',
  'Marc',
  'Sophie',
  'Julien',
  'Nadia',
  'Thomas',
  'Isabelle',
  'Karim',
  'Céline',
  'Olivier',
  'Laure',
  'Pascal',
];

/** The function a user would have in the sphère they work in. */
export const FUNCTIONS: Record<Sphere, readonly string[]> = {
  ordonnateur: ["Chef d'établissement", 'Adjoint gestionnaire'],
  gestionnaire: ['Adjoint gestionnaire', 'Secrétaire de gestion'],
  'agent-comptable': ['Agent comptable', 'Fondé de pouvoir', 'Secrétaire comptable'],
};
