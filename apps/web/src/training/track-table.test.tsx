import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../gql';
import { downloadedPaths, renderAs } from '../test-utils';
import { TrackTable, TrackTableFragment } from './track-table';

const track = (trackId: string, groups: number, grouped = true) => ({
  __typename: 'TrackSummary' as const,
  trackId,
  label: trackId,
  grouped,
  staff: groups * 20,
  groups,
  pairs: groups,
  trainers: 2 * groups,
  presentialDays: 3,
  remoteHours: 9,
});

const summary = makeFragmentData(
  {
    __typename: 'TrainingSummary',
    waveId: 'V6',
    tracks: [track('AC', 1), track('SG', 4), track('ORD', 0, false)],
    totals: { __typename: 'TrainingTotals', staff: 100, groups: 5, pairs: 5, trainers: 10 },
  },
  TrackTableFragment,
);

describe('the training tracks', () => {
  it('link each count of groups to the groups it counts, and the count of trainers to the trainers', async () => {
    renderAs('eple', <TrackTable summary={summary} />, { url: '/rapport?date=2024-01-22' });
    expect(screen.getAllByRole('link').map((l) => [l.textContent, l.getAttribute('href')])).toEqual([
      ['1', '/formation?vague=V6&parcours=AC&date=2024-01-22'],
      ['4', '/formation?vague=V6&parcours=SG&date=2024-01-22'],
      ['5', '/formation?vague=V6&date=2024-01-22'],
      ['10', '/formation?vague=V6&date=2024-01-22#formateurs'],
    ]);
    expect(await downloadedPaths()).toEqual([
      '/exports/training-tracks.xlsx?wave=V6&asOf=2024-01-22',
      '/exports/training-tracks.csv?wave=V6&asOf=2024-01-22',
    ]);
  });
});
