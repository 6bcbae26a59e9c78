import { describe } from './describe.js';
import { FieldReader } from './fields.js';
import { RESOURCE_KINDS, type Resource } from './resource.js';
import { fromErrors, type Result } from './result.js';
import { isRole, ROLES, type Role } from './roles.js';
import { ACADEMIE_TEAMS } from './ticket.js';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// A host with at least one dot, then an optional path: what a browser opens without guessing.
const HTTPS_URL = /^https:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d{1,5})?(?:[/?#][^\s]*)?$/i;
const MAIL = /^[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i;

/** The longest title and description accepted: a line and a paragraph. */
export const RESOURCE_LIMITS = { title: 120, description: 1000, position: 999 } as const;

/** `key`'s text, or undefined when absent or blank (a form's empty field). */
function optional(r: FieldReader, key: string): string | undefined {
  const text = r.optionalText(key);
  return text === '' ? undefined : text;
}

function longText(r: FieldReader, key: 'title' | 'description'): string {
  const text = r.text(key);
  if (text.length > RESOURCE_LIMITS[key])
    r.error(key, 'out_of_range', `expected at most ${RESOURCE_LIMITS[key]} characters, got ${text.length}`);
  return text;
}

function audienceOf(r: FieldReader): Role[] {
  const raw = r.value('audience');
  if (!Array.isArray(raw) || raw.length === 0) {
    r.error('audience', 'required', `expected a non-empty list of roles among ${ROLES.join(', ')}`);
    return [];
  }
  const roles: Role[] = [];
  raw.forEach((role, i) => {
    if (!isRole(role))
      r.error(
        `audience[${i}]`,
        'invalid_format',
        `expected one of ${ROLES.join(', ')}, got ${describe(role)}`,
      );
    else if (roles.includes(role)) r.error(`audience[${i}]`, 'duplicate', `${role} appears more than once`);
    else roles.push(role);
  });
  // One order whatever the input's: the same audience is the same record.
  return ROLES.filter((role) => roles.includes(role));
}

/**
 * Validates a support resource: an id of lower-case letters, digits and dashes; a title and a
 * description; one of {@link RESOURCE_KINDS}; an https address, a well-formed mail and an ITOP
 * prefix (SI2C or DRASI), each optional; the roles it serves; its position; the day it is listed
 * from and, when retired, the first day it no longer is (not before the first).
 */
export function validateResource(input: unknown, field = 'resource'): Result<Resource> {
  const r = new FieldReader(input, field);
  if (!r.ok) return { ok: false, errors: r.errors };
  const id = r.text('id');
  if (id !== '' && !ID.test(id))
    r.error(
      'id',
      'invalid_format',
      `expected lower-case letters, digits and dashes (e.g. tribu-mf2), got ${describe(id)}`,
    );
  const title = longText(r, 'title');
  const kind = r.oneOf('kind', RESOURCE_KINDS);
  const description = longText(r, 'description');
  const url = optional(r, 'url');
  if (url !== undefined && !HTTPS_URL.test(url))
    r.error(
      'url',
      'invalid_format',
      `expected an address starting with https:// (e.g. https://tribu.phm.education.gouv.fr), got ${describe(url)}`,
    );
  const mail = optional(r, 'mail');
  if (mail !== undefined && !MAIL.test(mail))
    r.error(
      'mail',
      'invalid_format',
      `expected a mail address such as si2c-opale@ac-lille.fr, got ${describe(mail)}`,
    );
  const itopPrefix =
    optional(r, 'itopPrefix') === undefined ? undefined : r.oneOf('itopPrefix', ACADEMIE_TEAMS);
  const audience = audienceOf(r);
  const absent = r.value('position') === undefined || r.value('position') === null;
  const position = absent ? 0 : r.integer('position', 0, RESOURCE_LIMITS.position);
  const activeFrom = r.date('activeFrom');
  const activeUntil = r.optionalDate('activeUntil');
  if (activeUntil && activeFrom && activeUntil < activeFrom)
    r.error(
      'activeUntil',
      'inconsistent',
      `expected a day on or after activeFrom (${activeFrom}), got ${activeUntil}`,
    );
  const value: Resource = {
    id,
    title,
    kind,
    description,
    ...(url === undefined ? {} : { url }),
    ...(mail === undefined ? {} : { mail }),
    ...(itopPrefix === undefined ? {} : { itopPrefix }),
    audience,
    position,
    activeFrom,
    ...(activeUntil === undefined ? {} : { activeUntil }),
  };
  return fromErrors(r.errors, () => value);
}
