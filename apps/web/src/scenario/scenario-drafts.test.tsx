import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { mockGraphql, renderAs } from '../test-utils';
import { ScenarioDrafts } from './scenario-drafts';

const V7_IN_JANUARY = { moves: [], switchDates: [{ waveId: 'V7', switchDate: '2025-01-06' }] };
const draft = {
  __typename: 'ScenarioDraft',
  id: 'd1',
  name: 'V7 en janvier',
  moves: [],
  switchDates: [{ __typename: 'DraftSwitchDate', waveId: 'V7', switchDate: '2025-01-06' }],
  createdBy: 'si2c:marie',
  updatedAt: '2024-01-22T10:00:00.000Z',
  version: 3,
  appliedAt: null,
  appliedBy: null,
};
const drafts = { scenarioDrafts: [draft] };

describe('the drafts of the re-planning page', () => {
  it('saves the scenario under a name and opens each draft by its link, without applying it', async () => {
    const calls = mockGraphql({
      ScenarioDrafts: drafts,
      SaveScenarioDraft: {
        saveScenarioDraft: {
          __typename: 'MutationSaveScenarioDraftSuccess',
          data: { __typename: 'ScenarioDraft', id: 'd2', name: 'Mon plan' },
        },
      },
    });
    renderAs('si2c', <ScenarioDrafts scenario={V7_IN_JANUARY} />);
    const link = await screen.findByRole('link', { name: 'V7 en janvier' });
    expect(new URL(link.getAttribute('href') ?? '', 'http://opale.test').searchParams.get('scenario')).toBe(
      JSON.stringify({ moves: [], switchDates: [{ waveId: 'V7', switchDate: '2025-01-06' }] }),
    );
    expect(screen.queryByRole('button', { name: 'Appliquer' })).toBeNull();
    const form = screen.getByRole('form', { name: 'Enregistrer le scénario' });
    await userEvent.type(within(form).getByLabelText('Nom du brouillon'), 'Mon plan');
    await userEvent.click(within(form).getByRole('button'));
    expect(await screen.findByText('Brouillon « Mon plan » enregistré.')).toBeTruthy();
    expect(calls.find((c) => c.operationName === 'SaveScenarioDraft')?.variables).toEqual({
      name: 'Mon plan',
      scenario: V7_IN_JANUARY,
    });
  });

  it('offers the committee no saving', async () => {
    mockGraphql({ ScenarioDrafts: drafts });
    renderAs('committee', <ScenarioDrafts scenario={V7_IN_JANUARY} />);
    await screen.findByRole('link', { name: 'V7 en janvier' });
    expect(screen.queryByRole('form', { name: 'Enregistrer le scénario' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Appliquer' })).toBeNull();
  });

  it('lets an admin apply a draft after confirming, on the version read, and says what changed', async () => {
    const calls = mockGraphql({
      ScenarioDrafts: drafts,
      ApplyScenarioDraft: {
        applyScenarioDraft: {
          __typename: 'MutationApplyScenarioDraftSuccess',
          data: {
            __typename: 'ScenarioApplication',
            moves: 0,
            switchDates: 1,
            draft: { __typename: 'ScenarioDraft', id: 'd1', name: 'V7 en janvier' },
          },
        },
      },
    });
    const applied = vi.fn();
    renderAs('admin', <ScenarioDrafts scenario={V7_IN_JANUARY} onApplied={applied} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Appliquer' }));
    expect(calls.some((c) => c.operationName === 'ApplyScenarioDraft')).toBe(false);
    const confirm = screen.getByRole('group', { name: 'Confirmer l’application de « V7 en janvier »' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Confirmer l’application' }));
    expect(
      await screen.findByText(
        'Brouillon « V7 en janvier » appliqué : 0 EPLE changé(s) de vague, 1 bascule(s) changée(s) de jour.',
      ),
    ).toBeTruthy();
    expect(applied).toHaveBeenCalledOnce();
    expect(calls.find((c) => c.operationName === 'ApplyScenarioDraft')?.variables).toEqual({
      id: 'd1',
      version: 3,
    });
  });

  it('shows the refusal when the records no longer hold the draft', async () => {
    mockGraphql({
      ScenarioDrafts: drafts,
      ApplyScenarioDraft: {
        applyScenarioDraft: {
          __typename: 'InvalidInput',
          message: 'scenario.switchDates[0].waveId: expected a wave of the records, got "V7"',
          issues: [],
        },
      },
    });
    renderAs('admin', <ScenarioDrafts scenario={V7_IN_JANUARY} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Appliquer' }));
    await userEvent.click(screen.getByRole('button', { name: 'Confirmer l’application' }));
    expect(
      await screen.findByText(
        'Rien n’a été enregistré : scenario.switchDates[0].waveId: expected a wave of the records, got "V7"',
      ),
    ).toBeTruthy();
  });
});
