import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SchoolDashboard } from '../dashboard/school-dashboard';
import { makeFragmentData } from '../gql';
import { AgenceSection } from '../report/agence-section';
import { downloadedPaths, mockGraphql, renderAs } from '../test-utils';
import { FollowUpFragment, FollowUps } from './follow-ups';
import { KitByActor, KitByActorFragment } from './kit-by-actor';

const UAI = '0801234G';
const URL = `/etablissements/${UAI}?date=2024-01-22`;
const progress = (actor: string) => ({
  __typename: 'ActorProgress' as const,
  actor,
  finalized: 1,
  total: 1,
  rate: { __typename: 'Rate' as const, percent: 100 },
});
const kit = makeFragmentData(
  {
    __typename: 'KitCompletion',
    byActor: [progress('adsi'), progress('agent-comptable')],
    actions: [
      {
        __typename: 'KitActionState',
        id: 'A1',
        actor: 'adsi',
        label: 'Habilitations',
        finalizedOn: '2024-01-10',
      },
      {
        __typename: 'KitActionState',
        id: 'A2',
        actor: 'agent-comptable',
        label: 'Balance',
        finalizedOn: '2024-01-12',
      },
    ],
  },
  KitByActorFragment,
);

describe('a school’s downloads', () => {
  it('give each actor’s actions of the kit as of the day, from the server', async () => {
    renderAs('eple', <KitByActor uai={UAI} kit={kit} />, { url: URL, uais: [UAI] });
    expect(await downloadedPaths()).toEqual([
      `/exports/school-kit.xlsx?uai=${UAI}&asOf=2024-01-22&actor=adsi`,
      `/exports/school-kit.csv?uai=${UAI}&asOf=2024-01-22&actor=adsi`,
      `/exports/school-kit.xlsx?uai=${UAI}&asOf=2024-01-22&actor=agent-comptable`,
      `/exports/school-kit.csv?uai=${UAI}&asOf=2024-01-22&actor=agent-comptable`,
    ]);
  });

  it('give every follow-up of the school', async () => {
    const followUps = [
      makeFragmentData(
        { __typename: 'FollowUp', on: '2024-01-15', kind: 'visio', note: 'Point', by: 'si2c' },
        FollowUpFragment,
      ),
    ];
    renderAs('committee', <FollowUps uai={UAI} followUps={followUps} />, { url: URL });
    expect(await downloadedPaths()).toEqual([
      `/exports/school-follow-ups.xlsx?uai=${UAI}`,
      `/exports/school-follow-ups.csv?uai=${UAI}`,
    ]);
  });

  it('give a school user their own schools as of the day, by name', async () => {
    mockGraphql({
      SchoolDashboard: {
        waves: [],
        environments: { __typename: 'EnvironmentDates', sandbox: '2024-01-21', fm1: '2024-01-14' },
        eples: {
          __typename: 'QueryEplesConnection',
          edges: [
            {
              node: {
                __typename: 'Eple',
                uai: UAI,
                name: 'Collège A',
                commune: 'Amiens',
                waveId: 'V6',
                kit: { finalized: 1, total: 2, rate: { percent: 50 } },
                budget: { exercise: 2024, executoireOn: null },
              },
            },
          ],
        },
      },
    });
    renderAs('eple', <SchoolDashboard />, { url: '/?date=2024-01-22', uais: [UAI] });
    const table = await screen.findByRole('table', { name: 'Mes établissements : kit de bascule et budget' });
    expect(await downloadedPaths(table.closest('div.opale-table-block') as HTMLElement)).toEqual([
      '/exports/eples-list.xlsx?asOf=2024-01-22&orderBy=name',
      '/exports/eples-list.csv?asOf=2024-01-22&orderBy=name',
    ]);
  });

  it('give the previous wave’s EPLE beside their agence comptable', async () => {
    mockGraphql({
      WaveAgences: {
        eples: {
          __typename: 'QueryEplesConnection',
          edges: [
            { node: { __typename: 'Eple', uai: UAI, name: 'Collège A', commune: 'Amiens', agenceUai: UAI } },
          ],
        },
        agences: [],
      },
    });
    renderAs('committee', <AgenceSection waveId="V5" />, { url: '/rapport?date=2024-01-22' });
    await screen.findByRole('table');
    expect(await downloadedPaths()).toEqual([
      '/exports/agences.xlsx?wave=V5',
      '/exports/agences.csv?wave=V5',
    ]);
  });
});
