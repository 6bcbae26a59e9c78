import { describe, expect, it } from 'vitest';
import { DEFAULT_DIFFICULTY_CONFIG } from './difficulty-config.js';
import { describeDifficultyRule } from './difficulty-words.js';

describe('the difficulty rule in words', () => {
  it('says the default rule with every weight and threshold', () => {
    expect(describeDifficultyRule(DEFAULT_DIFFICULTY_CONFIG)).toBe(
      'Un établissement est signalé quand son score atteint 3 : kit < 10 % (+3), kit entre 10 et 30 % (+1), ' +
        'budget non exécutoire après la bascule (+3), au moins 2 demandes en cours (+1), ' +
        'au moins 1 demande en cours depuis plus de 15 jours (+2), au moins 1 alerte des restitutions op@le (+2). ' +
        'Sont examinés les établissements des vagues dont la bascule est dans les 30 jours à venir ou date de 240 jours au plus.',
    );
  });

  it('follows the configured numbers and names the signals that do not count', () => {
    const text = describeDifficultyRule({
      ...DEFAULT_DIFFICULTY_CONFIG,
      weights: { ...DEFAULT_DIFFICULTY_CONFIG.weights, 'kit-10-to-30': 0, 'open-tickets': 1.5 },
      scoreThreshold: 4,
      budgetGraceDays: 7,
      openTicketsThreshold: 3,
    });
    expect(text).toContain('quand son score atteint 4 :');
    expect(text).toContain('budget non exécutoire plus de 7 jours après la bascule (+3)');
    expect(text).toContain('au moins 3 demandes en cours (+1,5)');
    expect(text).toContain('Ne comptent pas : kit entre 10 et 30 %.');
    expect(text).not.toContain('(+0)');
  });
});
