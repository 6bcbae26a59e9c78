import {
  type Environment,
  MAX_SCREENSHOT_NAME_CHARS,
  MAX_SCREENSHOTS,
  type Sphere,
  splitScreenshotNames,
  type TicketChannel,
  type TicketDraft,
  validateScreenshotNames,
} from '@opale/domain';

/** The assistant's fields as the user types them. */
export interface DraftFields {
  /** How the request came in; only the académie's teams record one made outside ITOP. */
  channel: TicketChannel;
  uai: string;
  prefix: '' | 'SI2C' | 'DRASI';
  title: string;
  environment: '' | Environment;
  sphere: '' | Sphere;
  operations: string;
  /** The screenshots' file names, one a line. */
  screenshots: string;
  errorMessage: string;
  lastName: string;
  firstName: string;
  function: string;
}

export const EMPTY_DRAFT: DraftFields = {
  channel: 'itop',
  uai: '',
  prefix: '',
  title: '',
  environment: '',
  sphere: '',
  operations: '',
  screenshots: '',
  errorMessage: '',
  lastName: '',
  firstName: '',
  function: '',
};

/** The title as ITOP receives it: the team's prefix, then the user's words. */
export const fullTitle = (f: DraftFields) => (f.prefix ? `${f.prefix} - ${f.title.trim()}` : f.title.trim());

const blankToUndefined = (s: string) => (s.trim() === '' ? undefined : s.trim());

/** The draft the domain's check reads: one filed in ITOP is under the op@le service, as the form does. */
export function toTicketDraft(f: DraftFields): TicketDraft {
  const screenshotNames = splitScreenshotNames(f.screenshots);
  return {
    channel: f.channel,
    service: 'op@le',
    title: fullTitle(f),
    uai: blankToUndefined(f.uai.toUpperCase()),
    requester: {
      lastName: blankToUndefined(f.lastName),
      firstName: blankToUndefined(f.firstName),
      function: blankToUndefined(f.function),
    },
    environment: f.environment || undefined,
    sphere: f.sphere || undefined,
    operations: blankToUndefined(f.operations),
    screenshotNames: screenshotNames.length > 0 ? screenshotNames : undefined,
    errorMessage: blankToUndefined(f.errorMessage),
  };
}

/**
 * What is wrong with the screenshots' names typed, in French, by the domain's own rule (the one
 * the API applies); null when they are fine.
 */
export function screenshotNamesProblem(draft: TicketDraft): string | null {
  const names = draft.screenshotNames ?? [];
  const checked = validateScreenshotNames(names, 'screenshots');
  if (checked.ok) return null;
  const index = /\[(\d+)\]/.exec(checked.errors[0]?.field ?? '')?.[1];
  const which = index === undefined ? '' : ` (« ${names[Number(index)]} »)`;
  return `Un nom de capture ne convient pas${which} : ${MAX_SCREENSHOTS} captures au plus, chacune nommée une seule fois par son nom de fichier, sans / ni \\, en ${MAX_SCREENSHOT_NAME_CHARS} caractères au plus.`;
}
