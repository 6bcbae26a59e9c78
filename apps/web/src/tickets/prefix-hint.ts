import type { AcademieTeam } from '@opale/domain';

// Words that usually point at one team, from the slides' split: SI2C for business questions
// (budget, accounting), DRASI for technical ones (access, rights, workstation). A hint only:
// the teams requalify a ticket sent to the wrong one.
const HINTS: readonly [AcademieTeam, RegExp][] = [
  [
    'DRASI',
    /\b(connexion|connecter|mot de passe|habilitations?|otp|cl[ée]s?|navigateur|acc[eè]s|imprim\w*|lenteurs?|certificats?|[ée]cran blanc|url|portail|compte utilisateur)\b/iu,
  ],
  [
    'SI2C',
    /\b(budgets?|dbm|mandats?|titres? de recette|recettes?|d[ée]penses?|engagements?|cr[ée]dits?|comptab\w*|[ée]critures?|balance|r[ée]gies?|inventaire|tiers|tr[ée]sorerie|droits constat[ée]s|restitutions?)\b/iu,
  ],
];

/** The team the words of a draft point at, and the word that did, or null when none does. */
export function suggestTeam(text: string): { team: AcademieTeam; word: string } | null {
  for (const [team, pattern] of HINTS) {
    const match = pattern.exec(text);
    if (match) return { team, word: match[0] };
  }
  return null;
}
