import { builder } from '../builder.js';

// One file per type, each with the query and mutation fields that return it: importing the files
// registers them, and the schema is built once every type is known.
import './scalars.js';
import './field-issue.js';
import './invalid-input.js';
import './conflict.js';
import './rate.js';
import './committee-report.js';
import './wave-figures.js';
import './wave-counts.js';
import './milestone.js';
import './wave-budget.js';
import './wave-kit.js';
import './kit-buckets.js';
import './ticket-table.js';
import './ticket-row.js';
import './outside-itop.js';
import './ticket-cell.js';
import './ticket-cell-row.js';
import './ticket-cell-column.js';
import './ticket-cell-input.js';
import './difficulty-assessment.js';
import './difficulty-reason.js';
import './follow-up.js';
import './training-summary.js';
import './track-summary.js';
import './training-totals.js';
import './environment-dates.js';
import './agence-rule-violation.js';
import './agence-comptable.js';
import './eple.js';
import './eple-wave-change.js';
import './eple-order.js';
import './eple-budget.js';
import './kit-completion.js';
import './kit-change.js';
import './actor-progress.js';
import './kit-action-state.js';
import './ticket.js';
import './tickets.js';
import './national-service.js';
import './open-ticket.js';
import './ticket-state.js';
import './ticket-event.js';
import './missing-element.js';
import './ticket-change-kind.js';
import './handler.js';
import './ticket-status.js';
import './academie-team.js';
import './assistance-level.js';
import './wave-training.js';
import './training-group.js';
import './training-track.js';
import './trainer.js';
import './trainer-input.js';
import './staff-count-input.js';
import './budget-standing.js';
import './eple-figure.js';
import './assistance-forecast.js';
import './rollout-week.js';
import './scenario-input.js';
import './scenario-comparison.js';
import './scenario-draft.js';
import './milestone-change.js';
import './restitution-alert.js';
import './restitution-severity.js';
import './ticket-requester.js';
import './ticket-details.js';
import './requalified-share.js';
import './resource.js';
import './resource-kind.js';
import './role.js';
import './itop-delivery-state.js';
import './ticket-itop.js';
import './itop-settings.js';
import './itop-sync-run.js';
import './itop-outbox-entry.js';
import './itop-sync.js';
import './difficulty-weight.js';
import './difficulty-rule.js';
import './difficulty-rule-as-of.js';
import './unfollowed-difficulty.js';

builder.queryType({
  description:
    'Ce que l’on peut lire : les chiffres du comité, au jour demandé, et les enregistrements dont ils viennent.',
});
builder.mutationType({
  description:
    'Ce que l’on peut enregistrer ; chaque changement répond ce qu’il a écrit, ou `InvalidInput` / `Conflict`.',
});

/** The whole schema. */
export const schema = builder.toSchema({ sortSchema: true });
