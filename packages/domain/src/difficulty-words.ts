import type { DifficultyConfig, DifficultySignal } from './difficulty-config.js';

const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;

/** What fires each signal, in French, with the thresholds of `config` (e.g. « kit < 10 % »). */
export function describeDifficultySignals(config: DifficultyConfig): Record<DifficultySignal, string> {
  const grace =
    config.budgetGraceDays > 0
      ? `plus de ${plural(config.budgetGraceDays, 'jour')} après la bascule`
      : 'après la bascule';
  return {
    'kit-below-10': 'kit < 10 %',
    'kit-10-to-30': 'kit entre 10 et 30 %',
    'budget-not-executoire': `budget non exécutoire ${grace}`,
    'open-tickets': `au moins ${plural(Math.max(config.openTicketsThreshold, 1), 'demande')} en cours`,
    'stale-tickets': `au moins ${plural(Math.max(config.staleTicketsThreshold, 1), 'demande')} en cours depuis plus de ${plural(config.staleAfterDays, 'jour')}`,
    'restitution-alerts': `au moins ${plural(Math.max(config.restitutionAlertsThreshold, 1), 'alerte')} des restitutions op@le`,
  };
}

/**
 * The difficulty rule in French words, as the committee reads it next to the list of EPLE in
 * difficulty: the score that flags, each signal with its weight (signals of weight 0 are said
 * not to count), and which EPLE are followed. E.g. « Un établissement est signalé quand son score
 * atteint 3 : kit < 10 % (+3), … ».
 */
export function describeDifficultyRule(config: DifficultyConfig): string {
  const words = describeDifficultySignals(config);
  const entries = Object.entries(words) as [DifficultySignal, string][];
  const counted = entries.filter(([s]) => config.weights[s] > 0);
  const ignored = entries.filter(([s]) => config.weights[s] <= 0);
  const threshold = Math.max(config.scoreThreshold, 1);
  const parts = counted.map(([s, text]) => `${text} (+${String(config.weights[s]).replace('.', ',')})`);
  const head =
    counted.length > 0
      ? `Un établissement est signalé quand son score atteint ${threshold} : ${parts.join(', ')}.`
      : 'Aucun signal ne compte : aucun établissement n’est signalé.';
  const off = ignored.length > 0 ? ` Ne comptent pas : ${ignored.map(([, t]) => t).join(', ')}.` : '';
  const window = ` Sont examinés les établissements des vagues dont la bascule est dans les ${plural(config.leadDays, 'jour')} à venir ou date de ${plural(config.followDays, 'jour')} au plus.`;
  return `${head}${off}${window}`;
}

/** The thresholds and day counts of a rule, in French, in the order forms and tables show them. */
export const DIFFICULTY_COUNT_LABELS: Readonly<Record<Exclude<keyof DifficultyConfig, 'weights'>, string>> = {
  scoreThreshold: 'Score à partir duquel un EPLE est signalé',
  openTicketsThreshold: 'Demandes en cours qui comptent (à partir de)',
  staleTicketsThreshold: 'Demandes anciennes qui comptent (à partir de)',
  staleAfterDays: 'Une demande en cours est ancienne après (jours)',
  restitutionAlertsThreshold: 'Alertes des restitutions qui comptent (à partir de)',
  budgetGraceDays: 'Délai avant de compter un budget non exécutoire (jours après la bascule)',
  leadDays: 'EPLE examinés à partir de (jours avant la bascule)',
  followDays: 'EPLE examinés jusqu’à (jours après la bascule)',
};
