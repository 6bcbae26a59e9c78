import { builder } from '../builder.js';

const EpleMoveInput = builder.inputType('EpleMoveInput', {
  description: 'Un EPLE déplacé dans une autre vague, dans un scénario.',
  fields: (t) => ({
    uai: t.string({ required: true, description: 'l’UAI de l’EPLE' }),
    toWave: t.string({ required: true, description: 'la vague où il irait (ex. V8)' }),
  }),
});

const SwitchDateInput = builder.inputType('SwitchDateInput', {
  description: 'Une vague dont la bascule changerait de jour, dans un scénario.',
  fields: (t) => ({
    waveId: t.string({ required: true, description: 'la vague (ex. V7)' }),
    switchDate: t.field({ type: 'Date', required: true, description: 'le nouveau jour de bascule' }),
  }),
});

export const ScenarioInput = builder.inputType('ScenarioInput', {
  description:
    'Un scénario de re-planification : des EPLE et des bascules déplacés, sans toucher aux enregistrements.',
  fields: (t) => ({
    moves: t.field({
      type: [EpleMoveInput],
      required: false,
      description: 'les EPLE déplacés (aucun si omis)',
    }),
    switchDates: t.field({
      type: [SwitchDateInput],
      required: false,
      description: 'les bascules déplacées (aucune si omis)',
    }),
  }),
});
