import type { IsoDate } from './date.js';
import type { Uai } from './uai.js';

/** The day a budget of an EPLE became exécutoire (integrated and enforceable) in op@le. */
export interface BudgetExecutoire {
  readonly uai: Uai;
  /** Budget year (exercice), e.g. 2024. */
  readonly exercise: number;
  readonly executoireOn: IsoDate;
}
