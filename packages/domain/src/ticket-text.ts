import { parseTicketTitle } from './ticket.js';
import type { TicketDraft } from './ticket-check.js';
import { OPALE_SERVICE } from './ticket-check.js';

/** A ticket written out for iTop: its title with the team prefix, and a body of labelled lines. */
export interface TicketText {
  readonly title: string;
  readonly body: string;
}

const SPHERE_LABELS: Readonly<Record<string, string>> = {
  ordonnateur: 'ordonnateur',
  gestionnaire: 'gestionnaire',
  'agent-comptable': 'agent comptable',
};
const ENVIRONMENT_LABELS: Readonly<Record<string, string>> = {
  production: 'production',
  sandbox: 'bac à sable',
};
const NOT_GIVEN = 'non renseigné';

const given = (value: string | undefined | null): string =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : NOT_GIVEN;

/**
 * Writes a ticket the way the committee's slides ask it to reach the SI2C or the DRASI in iTop:
 * the title starting with the team (`SI2C - …`, `DRASI - …`, the prefix normalised when the user
 * wrote it otherwise) and a body holding every element of the checklist in French, one per line,
 * "non renseigné" where the draft has none: service, requester (name, first name, function), EPLE
 * (UAI), environment, sphère, operations, error message and number of screenshots. `extra` lines
 * are appended as they are (e.g. the opale reference). The same text is sent to iTop and offered
 * to copy when opale does not reach iTop.
 */
export function ticketText(draft: TicketDraft, extra: readonly string[] = []): TicketText {
  const { team, rest } = parseTicketTitle(draft.title ?? '');
  const title = team ? `${team} - ${rest}` : rest;
  const requester = draft.requester ?? {};
  const operations = given(draft.operations);
  const lines = [
    `Service : ${given(draft.service ?? OPALE_SERVICE)}`,
    `Demandeur : ${given(requester.firstName)} ${given(requester.lastName)}`.replace(
      `${NOT_GIVEN} ${NOT_GIVEN}`,
      NOT_GIVEN,
    ),
    `Fonction : ${given(requester.function)}`,
    `Établissement (UAI) : ${given(draft.uai)}`,
    `Environnement : ${draft.environment ? (ENVIRONMENT_LABELS[draft.environment] ?? draft.environment) : NOT_GIVEN}`,
    `Sphère : ${draft.sphere ? (SPHERE_LABELS[draft.sphere] ?? draft.sphere) : NOT_GIVEN}`,
    operations.includes('\n')
      ? `Opérations effectuées :\n${operations}`
      : `Opérations effectuées : ${operations}`,
    `Message d'erreur : ${given(draft.errorMessage)}`,
    `Captures d'écran jointes : ${typeof draft.screenshots === 'number' ? draft.screenshots : 0}`,
    ...extra,
  ];
  return { title, body: lines.join('\n') };
}
