import { can, trainingSummary } from '@opale/domain';
import { type TrainerLabel, trainingGroupsTable, waveTracksTable, waveTrainersTable } from '@opale/store';
import type { Context } from '../context.js';
import { type WaveTraining, waveTrainers, waveTraining } from '../schema/wave-training-of.js';
import { BadParam } from './query-params.js';
import { required, type TableExport, tableExport } from './table-export.js';

/** The arguments of the GraphQL `training` field: a wave, and the day of its plan. */
const WAVE_PARAMS = { wave: 'text', asOf: 'day' } as const;

/** The wave's training as the GraphQL `training(wave, asOf)` reads it, or the 400 naming `wave`. */
async function trainingOf(ctx: Context, params: { wave?: string; asOf?: string }): Promise<WaveTraining> {
  const wave = required(params.wave, 'wave', 'a wave (e.g. V6)');
  const found = waveTraining(await ctx.dataset(), wave, params.asOf ?? null);
  if (!found.ok) throw new BadParam(found.errors.map((e) => e.message).join('; '));
  return found.value;
}

/** Trainers by name for the roles that read the names (as the GraphQL `Trainer.name`), otherwise by identifier. */
const labelFor =
  (ctx: Context): TrainerLabel =>
  (trainer) =>
    ctx.caller && can(ctx.caller.role, 'readTrainerNames') ? trainer.name : trainer.id;

/**
 * The training page's tables, to every signed-in role as the GraphQL `training` field: a wave's
 * tracks and totals, its groups and their pairs, its trainers.
 */
export const TRAINING_EXPORTS: Readonly<Record<string, TableExport>> = {
  'training-tracks': tableExport({
    params: WAVE_PARAMS,
    needs: null,
    table: async (ctx, params) => {
      const w = await trainingOf(ctx, params);
      return waveTracksTable(trainingSummary(w.waveId, w.training, w.asOf ?? undefined));
    },
  }),
  'training-groups': tableExport({
    params: { ...WAVE_PARAMS, track: 'text' },
    needs: null,
    table: async (ctx, params) => {
      const w = await trainingOf(ctx, params);
      return trainingGroupsTable(
        w.training,
        { waveId: w.waveId, trackId: params.track, asOf: w.asOf },
        labelFor(ctx),
      );
    },
  }),
  'training-trainers': tableExport({
    params: WAVE_PARAMS,
    needs: null,
    table: async (ctx, params) => {
      const w = await trainingOf(ctx, params);
      return waveTrainersTable(w.waveId, waveTrainers(w), labelFor(ctx));
    },
  }),
};
