import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { downloadedPaths, mockGraphql, renderAs } from '../test-utils';
import TrainingPage from './training-page';

const track = (id: string, label: string, grouped: boolean) => ({
  __typename: 'TrainingTrack',
  id,
  label,
  grouped,
});
const summaryTrack = (trackId: string, label: string, grouped: boolean, staff: number, groups: number) => ({
  __typename: 'TrackSummary',
  trackId,
  label,
  grouped,
  staff,
  groups,
  pairs: groups,
  trainers: 2 * groups,
  presentialDays: 3,
  remoteHours: 9,
});
const trainer = (id: string, trackIds: string[], unavailableWaves: string[] = []) => ({
  __typename: 'Trainer',
  id,
  name: `Formateur ${id}`,
  fromWave: 'V4',
  trackIds,
  unavailableWaves,
  version: 2,
});
const group = (id: string, trainers: ReturnType<typeof trainer>[]) => ({
  __typename: 'TrainingGroup',
  id,
  size: 19,
  missingTrainers: 2 - trainers.length,
  track: { __typename: 'TrainingTrack', id: 'SG', label: 'Service gestion' },
  trainers,
});

// V7 planned with three SG groups and two volunteers available: two groups lack their pair.
const f1 = trainer('F1', ['SG', 'AC']);
const f2 = trainer('F2', ['SG'], ['V8']);
const groups = [group('V7-SG-1', [f1, f2]), group('V7-SG-2', []), group('V7-SG-3', [])];
const training = {
  waves: ['V6', 'V7', 'V8'].map((id) => ({ __typename: 'Wave', id })),
  training: {
    __typename: 'WaveTraining',
    waveId: 'V7',
    summary: {
      __typename: 'TrainingSummary',
      waveId: 'V7',
      tracks: [
        summaryTrack('AC', 'Agent comptable', true, 0, 0),
        summaryTrack('SG', 'Service gestion', true, 57, 3),
      ],
      totals: { __typename: 'TrainingTotals', staff: 57, groups: 3, pairs: 3, trainers: 2 },
    },
    tracks: [
      track('AC', 'Agent comptable', true),
      track('SG', 'Service gestion', true),
      track('ORD', 'Ordonnateurs', false),
    ],
    groups,
    groupsLackingPair: groups.slice(1),
    // The trainers of the wave's groups: F1 leads the only complete pair.
    trainers: [f1],
  },
  trainers: [f1, f2],
};

describe('the training page', () => {
  it('names the groups lacking a pair, and lists the trainers read-only for the committee', async () => {
    mockGraphql({ Training: training });
    renderAs('committee', <TrainingPage />, { url: '/formation?vague=V7&date=2024-01-22' });
    const lacking = await screen.findByRole('list', { name: 'Groupes sans binôme complet' });
    expect(
      within(lacking)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'V7-SG-2 (Service gestion) : il manque 2 formateurs',
      'V7-SG-3 (Service gestion) : il manque 2 formateurs',
    ]);
    expect(screen.getByText('2 groupes de la vague V7 n’ont pas de binôme complet')).toBeTruthy();
    const row = screen.getByRole('row', { name: /^Formateur F2 / });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['V4', 'SG', 'V8']);
    expect(screen.queryByRole('button', { name: /Modifier|Ajouter un formateur/ })).toBeNull();
  });

  it('downloads the tracks, the groups of the track shown and the trainers of the wave from the server', async () => {
    mockGraphql({ Training: training });
    renderAs('committee', <TrainingPage />, { url: '/formation?vague=V7&parcours=SG&date=2024-01-22' });
    await screen.findByRole('list', { name: 'Groupes sans binôme complet' });
    const paths = await downloadedPaths();
    const of = (what: string) => paths.filter((p) => p.startsWith(`/exports/${what}.`));
    expect(of('training-tracks')).toEqual([
      '/exports/training-tracks.xlsx?wave=V7&asOf=2024-01-22',
      '/exports/training-tracks.csv?wave=V7&asOf=2024-01-22',
    ]);
    expect(of('training-groups')).toEqual([
      '/exports/training-groups.xlsx?wave=V7&asOf=2024-01-22&track=SG',
      '/exports/training-groups.csv?wave=V7&asOf=2024-01-22&track=SG',
    ]);
    expect(of('training-trainers')).toEqual([
      '/exports/training-trainers.xlsx?wave=V7&asOf=2024-01-22',
      '/exports/training-trainers.csv?wave=V7&asOf=2024-01-22',
    ]);
    expect(of('trainers')).toEqual(['/exports/trainers.xlsx', '/exports/trainers.csv']);
  });

  it('lets SI2C change a trainer on the version read and says what was written', async () => {
    const calls = mockGraphql({
      Training: training,
      RecordTrainer: {
        recordTrainer: { __typename: 'MutationRecordTrainerSuccess', data: { ...f2, version: 3 } },
      },
    });
    const user = userEvent.setup();
    renderAs('si2c', <TrainingPage />, { url: '/formation?vague=V7&date=2024-01-22' });
    await user.click(await screen.findByRole('button', { name: 'Modifier Formateur F2' }));
    const form = screen.getByRole('form', { name: 'Modifier le formateur F2' });
    expect((within(form).getByLabelText(/^Identifiant/) as HTMLInputElement).disabled).toBe(true);
    await user.click(within(form).getByLabelText('Agent comptable (AC)'));
    await user.click(within(form).getByLabelText('V8'));
    await user.click(within(form).getByLabelText('V7'));
    await user.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(calls.some((c) => c.operationName === 'RecordTrainer')).toBe(true));
    expect(calls.find((c) => c.operationName === 'RecordTrainer')?.variables).toEqual({
      trainer: {
        id: 'F2',
        name: 'Formateur F2',
        fromWave: 'V4',
        trackIds: ['AC', 'SG'],
        unavailableWaves: ['V7'],
      },
      version: 2,
    });
    expect(await screen.findByText('Formateur F2 enregistré.')).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Modifier le formateur F2' })).toBeNull();
  });

  it('shows why a new trainer was refused, as the API names the field', async () => {
    mockGraphql({
      Training: training,
      RecordTrainer: {
        recordTrainer: {
          __typename: 'InvalidInput',
          message: 'The input was refused.',
          issues: [
            {
              __typename: 'FieldIssue',
              field: 'trainer.trackIds',
              message: 'trainer.trackIds: expected at least one track the trainer can lead',
            },
          ],
        },
      },
    });
    const user = userEvent.setup();
    renderAs('admin', <TrainingPage />, { url: '/formation?vague=V7&date=2024-01-22' });
    await user.click(await screen.findByRole('button', { name: 'Ajouter un formateur' }));
    const form = screen.getByRole('form', { name: 'Ajouter un formateur' });
    await user.type(within(form).getByLabelText(/^Identifiant/), 'F3');
    await user.type(within(form).getByLabelText(/^Nom/), 'Formatrice F3');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText(/expected at least one track the trainer can lead/)).toBeTruthy();
  });
});
