import {
  type Dataset,
  type Trainer,
  type TrainingSummary,
  trainersMissing,
  trainingGroupsOf,
} from '@opale/domain';
import { TRAINING_HEADER, trainingRows } from './follow-tables.js';
import { frenchDate, type Table } from './table.js';

/** How a trainer is written: their name for the roles that read it, otherwise their identifier. */
export type TrainerLabel = (trainer: Trainer) => string;

const asOfText = (asOf: string | null) => (asOf === null ? 'tel qu’enregistré' : `au ${frenchDate(asOf)}`);

/** One wave's tracks (parcours) and its total, as the training page shows them. */
export function waveTracksTable(summary: TrainingSummary): Table {
  return {
    name: `Parcours ${summary.waveId}`,
    title: `Parcours de formation de la vague ${summary.waveId} ${asOfText(summary.asOf)}`,
    header: TRAINING_HEADER,
    rows: trainingRows(summary),
  };
}

/**
 * The groups of a wave's training (those of one track when `trackId` is given), each with its
 * pair of trainers and how many it still lacks.
 */
export function trainingGroupsTable(
  training: Dataset['training'],
  wave: { readonly waveId: string; readonly trackId?: string; readonly asOf: string | null },
  label: TrainerLabel,
): Table {
  const tracks = new Map(training.tracks.map((t) => [t.id, t.label]));
  const trainers = new Map(training.trainers.map((t) => [t.id, t]));
  return {
    name: `Groupes ${wave.waveId}`,
    title: `Groupes de formation de la vague ${wave.waveId}${wave.trackId ? ` (parcours ${wave.trackId})` : ''} ${asOfText(wave.asOf)}`,
    header: [
      'Groupe',
      'Parcours',
      'Stagiaires',
      'Planifié le',
      'Binôme de formateurs',
      'Formateurs manquants',
    ],
    rows: trainingGroupsOf(training, wave.waveId, wave.trackId).map((g) => [
      g.id,
      tracks.get(g.trackId) ?? g.trackId,
      g.size,
      frenchDate(g.plannedOn),
      g.trainerIds
        .flatMap((id) => {
          const trainer = trainers.get(id);
          return trainer ? [`${label(trainer)} (utilisateur ${trainer.fromWave})`] : [];
        })
        .join(' et '),
      trainersMissing(g),
    ]),
  };
}

/** The trainers of a wave's groups, each once, in the order the groups name them. */
export function waveTrainersTable(waveId: string, trainers: readonly Trainer[], label: TrainerLabel): Table {
  return {
    name: `Formateurs ${waveId}`,
    title: `Formateurs de la vague ${waveId} (${trainers.length})`,
    header: ['Identifiant', 'Formateur', 'Utilisateur de la vague'],
    rows: trainers.map((t) => [t.id, label(t), t.fromWave]),
  };
}
