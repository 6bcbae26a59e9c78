import type { IsoDate } from './date.js';
import type { Role } from './roles.js';
import type { AcademieTeam } from './ticket.js';

/**
 * The kinds of support the committee's slides name, in the order the page lays them out: the
 * ministry's portal and tools, the documentary and users' spaces (Tribu), the chat room (Tchap),
 * tutoring, and the budget and financial expert.
 */
export const RESOURCE_KINDS = ['portal', 'tool', 'community', 'chat', 'tutoring', 'expert'] as const;
/** What kind of support a resource is. */
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** The kinds as the page titles them. */
export const RESOURCE_KIND_LABELS: Record<ResourceKind, string> = {
  portal: 'Portail',
  tool: 'Outils du ministère',
  community: 'Espaces documentaires et d’échange',
  chat: 'Messagerie instantanée',
  tutoring: 'Tutorat',
  expert: 'Expertise budgétaire et financière',
};

/**
 * A support offered to op@le's users: where to find documentation, help or a person to ask. It
 * is listed from `activeFrom` and, once retired, until the day before `activeUntil`, so that the
 * list as of a past day stays what it was when later records arrive.
 */
export interface Resource {
  /** A stable identifier chosen by the admin, e.g. `tribu-mf2`: lower-case letters, digits and dashes. */
  readonly id: string;
  readonly title: string;
  readonly kind: ResourceKind;
  /** What it offers and how to get to it, in French, as users read it. */
  readonly description: string;
  /** Its address (https only). */
  readonly url?: string;
  /** A mail address that reaches it. */
  readonly mail?: string;
  /** The team an ITOP ticket must name at the start of its title to reach it. */
  readonly itopPrefix?: AcademieTeam;
  /** The roles it serves: school users see only what serves them. */
  readonly audience: readonly Role[];
  /** Its order within its kind, from 0. */
  readonly position: number;
  /** The first day it is listed. */
  readonly activeFrom: IsoDate;
  /** The first day it is no longer listed (retired); absent while it is offered. */
  readonly activeUntil?: IsoDate;
}

/** Whether `resource` is listed on `asOf`. */
export function isResourceActive(resource: Resource, asOf: IsoDate): boolean {
  return resource.activeFrom <= asOf && (resource.activeUntil === undefined || asOf < resource.activeUntil);
}

/**
 * The resources listed on `asOf`, by kind (in {@link RESOURCE_KINDS} order), then position, then
 * title; for `role` when given, only those whose audience includes it. Records that start later
 * never show on an earlier day.
 */
export function resourcesAsOf(resources: readonly Resource[], asOf: IsoDate, role?: Role): Resource[] {
  const rank = (r: Resource) => RESOURCE_KINDS.indexOf(r.kind);
  return resources
    .filter((r) => isResourceActive(r, asOf) && (role === undefined || r.audience.includes(role)))
    .sort(
      (a, b) =>
        rank(a) - rank(b) || a.position - b.position || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0),
    );
}
