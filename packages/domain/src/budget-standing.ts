/** Where an EPLE stands on the budget of its wave as of a day: exécutoire, or not yet. */
export type BudgetStanding = 'executoire' | 'pending';

/** Both budget standings, exécutoire first as the committee counts them. */
export const BUDGET_STANDINGS: readonly BudgetStanding[] = ['executoire', 'pending'];

/** The standings as the committee writes them. */
export const BUDGET_STANDING_LABELS: Record<BudgetStanding, string> = {
  executoire: 'budget exécutoire',
  pending: 'budget pas encore exécutoire',
};
