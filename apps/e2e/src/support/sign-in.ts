import type { Locator, Page } from 'playwright-core';
import { settle } from './settle.js';

/** The roles these tests sign in with, as the sign-in page names them. */
const ROLE_LABELS = {
  admin: 'Administrateur',
  committee: 'Membre du comité de suivi',
  si2c: 'SI2C — assistance métier',
  drasi: 'DRASI — assistance technique',
  eple: 'Personnel d’établissement',
} as const;

/** The roles whose pages the tours visit; DRASI signs in for its own writes only. */
export type Role = Exclude<keyof typeof ROLE_LABELS, 'drasi'>;

/**
 * Opens `path` and signs in through the demo form, as a user does: a role, and a school for a
 * school user. Resolves once the page shows who is signed in and has loaded what it shows.
 */
export async function signInAs(
  page: Page,
  path: string,
  role: keyof typeof ROLE_LABELS,
  uai?: string,
): Promise<void> {
  await page.goto(path);
  await page.getByRole('heading', { name: 'Connexion à opale' }).waitFor();
  await choose(page.getByRole('radio', { name: ROLE_LABELS[role] }));
  if (uai) await page.getByRole('combobox', { name: /^Établissement/ }).selectOption(uai);
  await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
  await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
  await settle(page);
}

/**
 * Chooses a radio button as a keyboard user does (focus, Space): the DSFR draws the button on its
 * label, which takes the pointer's clicks in place of the hidden input.
 */
export async function choose(radio: Locator): Promise<void> {
  await radio.press('Space');
  if (!(await radio.isChecked())) throw new Error('the radio button was not checked by Space');
}
