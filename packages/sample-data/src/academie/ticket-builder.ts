import {
  type AcademieTeam,
  addDays,
  daysBetween,
  type Eple,
  type EscalationTarget,
  type IsoDate,
  type Sphere,
  type Ticket,
  type TicketChannel,
  type TicketEvent,
} from '@opale/domain';
import { chance, pick, type Random, randomInt } from '../prng.js';
import {
  ERROR_MESSAGES,
  FIRST_NAMES,
  FUNCTIONS,
  LAST_NAMES,
  OPERATIONS,
  subjectsOf,
  VAGUE_SUBJECTS,
} from './ticket-texts.js';

/** One step of a ticket's history; an escalation without a target gets a plausible one. */
export type Step =
  | { readonly kind: 'requalified' | 'returned'; readonly to: AcademieTeam }
  | { readonly kind: 'escalated'; readonly to?: EscalationTarget }
  | { readonly kind: 'resolved' | 'reopened' };

/**
 * A batch of tickets alike: same first team, same history shape. `before` happens on or before
 * `horizon` (the day the batch is looked at), `after` strictly later; dates are drawn.
 */
export interface Batch {
  readonly count: number;
  /** The team the user named in the title (the ticket's first team). */
  readonly team: AcademieTeam;
  /** The question belongs to the other team: the user chose the wrong prefix. */
  readonly miscast?: boolean;
  /** Range of opening days, both included. */
  readonly opened: readonly [IsoDate, IsoDate];
  readonly horizon: IsoDate;
  readonly before: readonly Step[];
  readonly after?: readonly Step[];
  readonly channel?: TicketChannel;
}

/** A ticket before its reference is given (references follow the opening order). */
export type Draft = Omit<Ticket, 'ref'>;

const OTHER: Record<AcademieTeam, AcademieTeam> = { SI2C: 'DRASI', DRASI: 'SI2C' };
const TARGETS: readonly EscalationTarget[] = [
  'c2s-montpellier',
  'c2s-montpellier',
  'daf',
  'guerande',
  'integrator',
];
const SPHERES: readonly Sphere[] = ['ordonnateur', 'gestionnaire', 'gestionnaire', 'agent-comptable'];

function gap(random: Random, step: Step): number {
  return step.kind === 'resolved' ? randomInt(random, 1, 12) : randomInt(random, 1, 5);
}

function event(random: Random, step: Step, on: IsoDate): TicketEvent {
  switch (step.kind) {
    case 'escalated':
      return { kind: 'escalated', on, to: step.to ?? pick(random, TARGETS) };
    case 'requalified':
    case 'returned':
      return { kind: step.kind, on, to: step.to, by: step.to };
    default:
      return { kind: step.kind, on };
  }
}

/** Dates of the steps: the opening day, then each step a few days after the previous one. */
function schedule(random: Random, batch: Batch): { openedOn: IsoDate; history: TicketEvent[] } {
  const [from, to] = batch.opened;
  let gaps = batch.before.map((s) => gap(random, s));
  let span = gaps.reduce((a, b) => a + b, 0);
  if (daysBetween(from, batch.horizon) < span) {
    gaps = gaps.map(() => 1);
    span = gaps.length;
  }
  const latest = Math.min(daysBetween(from, to), daysBetween(from, batch.horizon) - span);
  if (latest < 0)
    throw new Error(`ticket batch opened ${from}…${to}: no room for ${span} days before ${batch.horizon}`);
  const openedOn = addDays(from, randomInt(random, 0, latest));
  const history: TicketEvent[] = [];
  let on = openedOn;
  batch.before.forEach((step, i) => {
    on = addDays(on, gaps[i] as number);
    history.push(event(random, step, on));
  });
  if (batch.after && batch.after.length > 0) {
    // After-steps start from the horizon, or from the last step if it came later.
    on = addDays(batch.horizon, Math.max(0, daysBetween(batch.horizon, on)) + randomInt(random, 0, 20));
    for (const step of batch.after) {
      on = addDays(on, gap(random, step));
      history.push(event(random, step, on));
    }
  }
  return { openedOn, history };
}

/** The EPLE a ticket opened on a day can be about: those already created in op@le. */
export type EpleChooser = (random: Random, openedOn: IsoDate) => Eple;

function title(random: Random, batch: Batch, subject: string): string {
  const roll = random();
  // About one ticket in twelve is ill-formed: a vague title or no prefix at all.
  if (roll < 0.05) return `${batch.team} - ${pick(random, VAGUE_SUBJECTS)}`;
  if (roll < 0.08) return subject;
  return `${batch.team} - ${subject}`;
}

// Screenshots named after the subject, drawn from no further random number: the demo records
// stay the same as before the names, and so do their figures.
function screenshotsOf(subject: string, count: number): Pick<Draft, 'screenshots' | 'screenshotNames'> {
  const slug = subject
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  const names = Array.from({ length: count }, (_, i) => `capture-${slug}${count > 1 ? `-${i + 1}` : ''}.png`);
  return { screenshots: count, screenshotNames: names };
}

/** Builds the tickets of a batch; about one in ten misses some of the fields the slides ask for. */
export function draftBatch(random: Random, batch: Batch, chooseEple: EpleChooser): Draft[] {
  const topic = batch.miscast ? OTHER[batch.team] : batch.team;
  const channel = batch.channel ?? 'itop';
  return Array.from({ length: batch.count }, (): Draft => {
    const { openedOn, history } = schedule(random, batch);
    const subject = pick(random, subjectsOf(topic));
    const sphere = pick(random, SPHERES);
    const eple = chooseEple(random, openedOn);
    const complete = !chance(random, 0.1);
    const base: Draft = {
      channel,
      title: channel === 'itop' ? title(random, batch, subject) : subject,
      openedOn,
      uai: eple.uai,
      team: batch.team,
      history,
    };
    if (channel !== 'itop') return base;
    if (!complete)
      return { ...base, service: 'op@le', requester: { function: pick(random, FUNCTIONS[sphere]) } };
    return {
      ...base,
      service: 'op@le',
      requester: {
        lastName: pick(random, LAST_NAMES),
        firstName: pick(random, FIRST_NAMES),
        function: pick(random, FUNCTIONS[sphere]),
      },
      environment: chance(random, 0.85) ? 'production' : 'sandbox',
      sphere,
      operations: pick(random, OPERATIONS),
      ...screenshotsOf(subject, randomInt(random, 0, 3)),
      ...(topic === 'DRASI' || chance(random, 0.3) ? { errorMessage: pick(random, ERROR_MESSAGES) } : {}),
    };
  });
}
