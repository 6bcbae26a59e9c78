import type { AcademieTeam, Ticket } from './ticket.js';
import { ENVIRONMENTS, parseTicketTitle, SPHERES } from './ticket.js';
import { parseUai, uaiCheckLetter } from './uai.js';

/** The parts of a ticket the slides ask users to fill in. */
export type TicketElement =
  | 'service'
  | 'prefix'
  | 'title'
  | 'lastName'
  | 'firstName'
  | 'function'
  | 'eple'
  | 'environment'
  | 'sphere'
  | 'operations'
  | 'screenshots'
  | 'errorMessage';

/** One element missing from a draft, with what the user should do about it (in French). */
export interface MissingElement {
  readonly element: TicketElement;
  readonly severity: 'required' | 'recommended';
  readonly message: string;
}

export interface TicketCheck {
  /** No required element is missing; recommended ones do not count. */
  readonly wellFormed: boolean;
  readonly missing: MissingElement[];
  /** The team named by the title's prefix. */
  readonly team: AcademieTeam | null;
}

/** A ticket being written: every field may still be missing. */
export type TicketDraft = Partial<
  Pick<
    Ticket,
    | 'service'
    | 'title'
    | 'uai'
    | 'requester'
    | 'environment'
    | 'sphere'
    | 'operations'
    | 'screenshots'
    | 'screenshotNames'
    | 'errorMessage'
    | 'channel'
  >
>;

/** The ITOP service the slides ask users to choose. */
export const OPALE_SERVICE = 'op@le';
/** A precise title has at least this many words after the prefix. */
export const DEFAULT_MIN_TITLE_WORDS = 3;
/** A precise title has at least this many characters after the prefix. */
export const DEFAULT_MIN_TITLE_CHARS = 15;

export interface TicketCheckOptions {
  readonly minTitleWords?: number;
  readonly minTitleChars?: number;
}

function blank(value: string | undefined): boolean {
  return typeof value !== 'string' || value.trim() === '';
}

function titleProblem(rest: string, minWords: number, minChars: number): string | null {
  const words = rest.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const chars = [...rest.replace(/\s+/g, ' ')].length;
  const wanted = `au moins ${minWords} mots et ${minChars} caractères après SI2C ou DRASI`;
  if (rest === '') return `Donnez un titre précis qui résume la demande (${wanted}).`;
  if (words >= minWords && chars >= minChars) return null;
  return `Précisez le titre : ${wanted} (actuellement ${words} mot${words > 1 ? 's' : ''} et ${chars} caractère${chars > 1 ? 's' : ''}).`;
}

function epleProblem(uai: string | undefined): string | null {
  if (blank(uai))
    return "Indiquez l'établissement concerné par son UAI (7 chiffres et une lettre, par ex. 0801234X).";
  const parsed = parseUai(uai);
  if (parsed.ok) return null;
  const digits = (uai as string).trim().slice(0, 7);
  if (parsed.errors[0]?.code === 'invalid_check_letter') {
    return `L'UAI « ${uai} » n'est pas valide : la lettre de contrôle de ${digits} est ${uaiCheckLetter(digits)}.`;
  }
  return `L'UAI « ${uai} » n'est pas valide : indiquez 7 chiffres suivis d'une lettre (par ex. 0801234X).`;
}

function serviceProblem(draft: TicketDraft): string | null {
  if ((draft.channel ?? 'itop') !== 'itop') return null;
  if (blank(draft.service)) return `Choisissez le service ${OPALE_SERVICE} dans ITOP.`;
  if ((draft.service as string).trim().toLowerCase() === OPALE_SERVICE) return null;
  return `Le ticket est déposé dans le service « ${draft.service} » : choisissez le service ${OPALE_SERVICE} dans ITOP.`;
}

// A screenshot counts once it is named: a count alone does not say which screen the teams will see.
function screenshotsProblem(draft: TicketDraft): string | null {
  if ((draft.screenshotNames ?? []).some((name) => !blank(name))) return null;
  const count = typeof draft.screenshots === 'number' ? draft.screenshots : 0;
  if (count >= 1)
    return `${count} capture${count > 1 ? 's' : ''} d'écran sans nom : donnez le nom de chaque fichier (par ex. capture-erreur-mandat.png).`;
  return "Joignez au moins une capture d'écran de l'écran concerné, nommée (par ex. capture-erreur-mandat.png).";
}

/**
 * Checks a draft against the slides' advice for a well-formed ticket and lists, in the order of
 * the form, every missing element with an actionable message in French. The ITOP service
 * `op@le` is required only for the ITOP channel (the default). Screenshots and the error
 * message are recommended: a question may have neither; a screenshot counts once it is named
 * (`screenshotNames`), a bare count does not.
 */
export function checkTicket(draft: TicketDraft, options: TicketCheckOptions = {}): TicketCheck {
  const minWords = options.minTitleWords ?? DEFAULT_MIN_TITLE_WORDS;
  const minChars = options.minTitleChars ?? DEFAULT_MIN_TITLE_CHARS;
  const { team, rest } = parseTicketTitle(typeof draft.title === 'string' ? draft.title : '');
  const requester = draft.requester ?? {};
  const problems: [TicketElement, 'required' | 'recommended', string | null][] = [
    ['service', 'required', serviceProblem(draft)],
    [
      'prefix',
      'required',
      team ? null : 'Commencez le titre par SI2C (question métier) ou DRASI (question technique).',
    ],
    ['title', 'required', titleProblem(rest, minWords, minChars)],
    [
      'lastName',
      'required',
      blank(requester.lastName) ? "Indiquez le nom de l'utilisateur connecté à op@le." : null,
    ],
    [
      'firstName',
      'required',
      blank(requester.firstName) ? "Indiquez le prénom de l'utilisateur connecté à op@le." : null,
    ],
    [
      'function',
      'required',
      blank(requester.function)
        ? "Indiquez la fonction de l'utilisateur connecté (par ex. gestionnaire, agent comptable)."
        : null,
    ],
    ['eple', 'required', epleProblem(draft.uai)],
    [
      'environment',
      'required',
      draft.environment && ENVIRONMENTS.includes(draft.environment)
        ? null
        : "Précisez l'environnement : production ou bac à sable.",
    ],
    [
      'sphere',
      'required',
      draft.sphere && SPHERES.includes(draft.sphere)
        ? null
        : 'Précisez la sphère : ordonnateur, gestionnaire ou agent comptable.',
    ],
    [
      'operations',
      'required',
      blank(draft.operations) ? 'Détaillez les opérations effectuées avant de rencontrer le problème.' : null,
    ],
    ['screenshots', 'recommended', screenshotsProblem(draft)],
    [
      'errorMessage',
      'recommended',
      blank(draft.errorMessage) ? "Recopiez le message d'erreur affiché, s'il y en a un." : null,
    ],
  ];
  const missing: MissingElement[] = [];
  for (const [element, severity, message] of problems) {
    if (message !== null) missing.push({ element, severity, message });
  }
  return { wellFormed: missing.every((m) => m.severity !== 'required'), missing, team };
}
