import { BUDGET_STANDING_LABELS, KIT_BUCKET_LABELS } from '@opale/domain';
import type { EpleListFilter } from './eple-list-params';

/** What an EPLE list holds, in words: "de la vague V6, kit de bascule moins de 10 %, …". */
export function epleListFilterText(filter: EpleListFilter): string {
  const parts = [
    filter.wave ? `de la vague ${filter.wave}` : 'de l’académie',
    filter.kitBucket
      ? `kit de bascule à ${KIT_BUCKET_LABELS[filter.kitBucket]} des actions finalisées`
      : null,
    filter.budget ? BUDGET_STANDING_LABELS[filter.budget] : null,
    filter.inDifficulty === true
      ? 'en difficulté'
      : filter.inDifficulty === false
        ? 'pas en difficulté'
        : null,
  ];
  return parts.filter((p) => p !== null).join(', ');
}
