/**
 * @opale/domain — the op@le roll-out, as pure types and functions. Every figure is computed from
 * records as of a date given by the caller; bad input comes back as typed errors, never throws.
 */
export * from './agence.js';
export * from './assistance.js';
export * from './budget.js';
export type { Academie, Dataset } from './dataset.js';
export * from './dataset-validate.js';
export * from './date.js';
export * from './day-in-paris.js';
export * from './describe.js';
export * from './difficulty.js';
export * from './difficulty-config.js';
export * from './difficulty-settings.js';
export * from './difficulty-since.js';
export * from './difficulty-unfollowed.js';
export * from './difficulty-words.js';
export * from './environment.js';
export * from './eple.js';
export * from './eple-list.js';
export * from './eple-validate.js';
export { knownUai } from './fields.js';
export * from './follow-up.js';
export * from './kit.js';
export * from './kit-progress.js';
export * from './one-of.js';
export * from './outside-itop.js';
export * from './rate.js';
export * from './report.js';
export * from './report-markdown.js';
export * from './restitution.js';
export * from './result.js';
export * from './roles.js';
export * from './ticket.js';
export * from './ticket-check.js';
export * from './ticket-list.js';
export * from './ticket-state.js';
export * from './ticket-table.js';
export * from './ticket-validate.js';
export * from './training.js';
export * from './training-plan.js';
export * from './training-validate.js';
export * from './uai.js';
export * from './wave.js';
export * from './wave-counts.js';
export * from './wave-validate.js';
