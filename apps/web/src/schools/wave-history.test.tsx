import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../gql';
import { renderAs } from '../test-utils';
import { WaveChangeFragment, WaveHistory } from './wave-history';

const change = (from: string, to: string, on: string) =>
  makeFragmentData(
    { __typename: 'EpleWaveChange', from, to, on, recordedBy: 'admin:admin' },
    WaveChangeFragment,
  );

describe('the wave history of a school', () => {
  it('lists each change with its day and its waves, linked', () => {
    renderAs(
      'si2c',
      <WaveHistory changes={[change('V7', 'V8', '2024-03-01'), change('V8', 'V9', '2024-06-15')]} />,
      {
        url: '/?date=2024-07-01',
      },
    );
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'Le 01/03/2024 : de V7 vers V8 (enregistré par admin:admin)',
      'Le 15/06/2024 : de V8 vers V9 (enregistré par admin:admin)',
    ]);
    expect(screen.getAllByRole('link', { name: 'V8' }).map((a) => a.getAttribute('href'))).toEqual([
      '/vagues/V8?date=2024-07-01',
      '/vagues/V8?date=2024-07-01',
    ]);
  });

  it('shows nothing for a school that never changed wave', () => {
    renderAs('si2c', <WaveHistory changes={[]} />);
    expect(screen.queryByRole('heading', { name: 'Changements de vague' })).toBeNull();
    expect(screen.queryAllByRole('listitem')).toEqual([]);
  });
});
