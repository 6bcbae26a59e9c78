import { type EpleWaveChange, epleWaveHistory } from '@opale/domain';
import { builder } from '../builder.js';
import { EpleRef } from './eple.js';

export const EpleWaveChangeRef = builder.objectRef<EpleWaveChange>('EpleWaveChange').implement({
  description:
    'Un changement de vague d’un EPLE, décidé un jour : les chiffres de ce jour et des suivants le placent dans sa nouvelle vague, ceux des jours d’avant dans l’ancienne.',
  fields: (t) => ({
    from: t.exposeString('from', { description: 'la vague qu’il quitte (ex. V7)' }),
    to: t.exposeString('to', { description: 'la vague qu’il rejoint (ex. V8)' }),
    on: t.expose('on', { type: 'Date', description: 'le jour où le changement a été décidé' }),
    recordedBy: t.exposeString('recordedBy', { description: 'qui l’a enregistré' }),
    recordedAt: t.exposeString('recordedAt', {
      description: 'quand il a été enregistré (instant ISO 8601, UTC)',
    }),
  }),
});

builder.objectField(EpleRef, 'waveHistory', (t) =>
  t.field({
    type: [EpleWaveChangeRef],
    description:
      'ses changements de vague, dans l’ordre où ils ont pris effet ; vide s’il est toujours resté dans sa vague',
    resolve: async (e, _args, ctx) => epleWaveHistory((await ctx.dataset()).waveChanges, e.uai),
  }),
);
