import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../gql';
import { EpleFigureLinkFragment } from '../schools/eple-figure-link';
import { downloadedPaths, renderAs } from '../test-utils';
import { BudgetSummary, BudgetSummaryFragment } from './budget-summary';
import { KitBuckets, KitBucketsFragment } from './kit-buckets';

const figure = (
  n: number,
  filter: { kitBucket?: 'below10' | 'from10To30' | 'above30'; budget?: 'executoire' | 'pending' },
) =>
  makeFragmentData(
    {
      __typename: 'EpleFigure' as const,
      figure: n,
      asOf: '2024-01-22',
      wave: 'V6',
      kitBucket: null,
      budget: null,
      inDifficulty: null,
      ...filter,
    },
    EpleFigureLinkFragment,
  );

// V6 as of 22/01/2024, as the API answers it.
const kit = makeFragmentData(
  {
    __typename: 'WaveFigures',
    id: 'V6',
    kit: {
      __typename: 'WaveKit',
      eple: 61,
      actions: 40,
      buckets: { __typename: 'KitBuckets', below10: 16, from10To30: 30, above30: 15 },
      figures: [
        { __typename: 'EpleFigure', kitBucket: 'below10', ...figure(16, { kitBucket: 'below10' }) },
        { __typename: 'EpleFigure', kitBucket: 'from10To30', ...figure(30, { kitBucket: 'from10To30' }) },
        { __typename: 'EpleFigure', kitBucket: 'above30', ...figure(15, { kitBucket: 'above30' }) },
      ],
    },
  },
  KitBucketsFragment,
);

const budget = makeFragmentData(
  {
    __typename: 'WaveFigures',
    id: 'V6',
    attached: { __typename: 'EpleFigure', ...figure(61, {}) },
    budget: {
      __typename: 'WaveBudget',
      exercise: 2024,
      executoire: 50,
      total: 61,
      rate: { __typename: 'Rate', percent: 81.96 },
      figures: [
        {
          __typename: 'EpleFigure',
          budget: 'executoire',
          figure: 50,
          ...figure(50, { budget: 'executoire' }),
        },
        { __typename: 'EpleFigure', budget: 'pending', figure: 11, ...figure(11, { budget: 'pending' }) },
      ],
    },
  },
  BudgetSummaryFragment,
);

const within_ = (ui: React.ReactNode) => renderAs('committee', ui, { url: '/rapport?date=2024-01-22' });

describe('the figures of a wave open onto their EPLE', () => {
  it('links each kit bucket to its list, as of the figure’s day', () => {
    within_(<KitBuckets wave={kit} />);
    const table = screen.getByRole('table');
    const links = within(table).getAllByRole('link');
    expect(links.map((l) => [l.textContent, l.getAttribute('href')])).toEqual([
      ['15', '/etablissements?vague=V6&kit=plus-de-30&date=2024-01-22'],
      ['30', '/etablissements?vague=V6&kit=de-10-a-30&date=2024-01-22'],
      ['16', '/etablissements?vague=V6&kit=moins-de-10&date=2024-01-22'],
    ]);
    expect(links[2]?.getAttribute('aria-label')).toBe(
      '16 : EPLE de la vague V6 à moins de 10 % des actions finalisées, voir ces établissements',
    );
  });

  it('downloads the wave’s kit of the day from the server', async () => {
    within_(<KitBuckets wave={kit} />);
    expect(await downloadedPaths()).toEqual([
      '/exports/kit.xlsx?asOf=2024-01-22&wave=V6',
      '/exports/kit.csv?asOf=2024-01-22&wave=V6',
    ]);
  });

  it('links the budgets exécutoires, the EPLE of the wave and those not yet exécutoire', () => {
    within_(<BudgetSummary wave={budget} asOfLabel="au 22/01/2024" />);
    const hrefs = screen.getAllByRole('link').map((l) => [l.textContent, l.getAttribute('href')]);
    expect(hrefs).toEqual([
      ['50', '/etablissements?vague=V6&budget=executoire&date=2024-01-22'],
      ['61', '/etablissements?vague=V6&date=2024-01-22'],
      ['11\u00a0EPLE', '/etablissements?vague=V6&budget=non-executoire&date=2024-01-22'],
    ]);
    expect(screen.getByText(/budgets intégrés sur/).textContent).toMatch(
      /^50 budgets intégrés sur 61 soit 81,96\s%/,
    );
  });
});
