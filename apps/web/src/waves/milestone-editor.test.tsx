import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../gql';
import { downloadedPaths, mockGraphql, renderAs } from '../test-utils';
import { MilestoneEditFragment, MilestoneEditor } from './milestone-editor';
import { MilestoneFragment, MilestoneTable } from './milestone-table';

// V7's late milestone of the committee of 22/01/2024, as the API answers it.
const fiches = {
  __typename: 'Milestone' as const,
  id: 'V7-4',
  version: 1,
  kind: 'other',
  label: 'Retour des fiches de recensement',
  dueOn: '2024-01-12',
  doneOn: null,
};
const history = [
  {
    __typename: 'MilestoneChange' as const,
    on: null,
    label: fiches.label,
    dueOn: '2024-01-10',
    doneOn: null,
    recordedBy: 'test:seed',
  },
  {
    __typename: 'MilestoneChange' as const,
    on: '2023-12-01',
    label: fiches.label,
    dueOn: '2024-01-12',
    doneOn: null,
    recordedBy: 'drasi:bob',
  },
];
const editable = [makeFragmentData({ ...fiches, history }, MilestoneEditFragment)];
const URL = '/?date=2024-01-22';
// What the mocked API answers next: a test changes it between two submits.
let answer: unknown;
const currentAnswer = () => answer;

describe('the wave calendar', () => {
  it('flags the late milestones of the day shown, and downloads the wave’s calendar of that day', async () => {
    const rows = [
      { ...fiches, state: 'late', late: true, daysLate: 10 },
      {
        ...fiches,
        id: 'V7-5',
        label: 'Création',
        dueOn: '2024-06-14',
        state: 'upcoming',
        late: false,
        daysLate: 0,
      },
    ].map((m) => makeFragmentData(m, MilestoneFragment));
    renderAs('eple', <MilestoneTable waveId="V7" milestones={rows} />, { url: '/vagues/V7?date=2024-01-22' });
    const late = within(screen.getByRole('row', { name: /Retour des fiches/ }));
    expect(late.getByText('en retard').className).toContain('fr-badge--error');
    expect(within(screen.getByRole('row', { name: /Création/ })).queryByText('en retard')).toBeNull();
    expect(screen.getByText(/1 jalon en retard à cette date/)).toBeTruthy();
    expect(await downloadedPaths()).toEqual([
      '/exports/milestones.xlsx?asOf=2024-01-22&wave=V7',
      '/exports/milestones.csv?asOf=2024-01-22&wave=V7',
    ]);
  });

  it('is edited by admins and DRASI only', () => {
    mockGraphql({});
    renderAs('si2c', <MilestoneEditor waveId="V7" milestones={editable} />, { url: URL });
    expect(screen.queryByRole('form', { name: 'Ajouter ou modifier un jalon' })).toBeNull();
  });

  it('downloads the chosen milestone’s whole history from the server', async () => {
    mockGraphql({});
    renderAs('drasi', <MilestoneEditor waveId="V7" milestones={editable} />, { url: URL });
    await userEvent.setup().selectOptions(screen.getByLabelText('Jalon'), 'V7-4');
    const history = screen
      .getByRole('table', { name: 'Historique du jalon V7-4' })
      .closest('div.opale-table-block');
    expect(await downloadedPaths(history as HTMLElement)).toEqual([
      '/exports/milestone-history.xlsx?id=V7-4',
      '/exports/milestone-history.csv?id=V7-4',
    ]);
  });

  it('changes a milestone from the version read, and shows the refusals under their fields', async () => {
    const calls = mockGraphql({
      RecordMilestone: {
        recordMilestone: {
          __typename: 'InvalidInput',
          message: 'The input was refused.',
          issues: [
            {
              __typename: 'FieldIssue',
              field: 'milestone.doneOn',
              code: 'inconsistent',
              message:
                'milestone.doneOn: expected a day on or before the day the change is decided (2024-01-22)',
            },
            {
              __typename: 'FieldIssue',
              field: 'milestone.label',
              code: 'too_odd',
              message: 'milestone.label: a reason the form has no French for',
            },
          ],
        },
      },
    });
    const user = userEvent.setup();
    renderAs('drasi', <MilestoneEditor waveId="V7" milestones={editable} />, { url: URL });
    await user.selectOptions(screen.getByLabelText('Jalon'), 'V7-4');
    expect((screen.getByLabelText('Libellé') as HTMLInputElement).value).toBe(
      'Retour des fiches de recensement',
    );
    expect((screen.getByLabelText('Décidé le', { exact: false }) as HTMLInputElement).value).toBe(
      '2024-01-22',
    );
    await user.type(screen.getByLabelText(/^Fait le/), '2024-01-30');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le jalon' }));
    // In French under its field, or as the API says it when the form knows no French for it.
    await waitFor(() =>
      expect(
        screen.getByText(/Un jalon ne peut pas être fait après le jour où le changement est décidé/),
      ).toBeTruthy(),
    );
    expect(screen.getByText('milestone.label: a reason the form has no French for')).toBeTruthy();
    expect(calls.find((c) => c.operationName === 'RecordMilestone')?.variables).toEqual({
      id: 'V7-4',
      version: 1,
      wave: 'V7',
      kind: 'other',
      label: 'Retour des fiches de recensement',
      dueOn: '2024-01-12',
      doneOn: '2024-01-30',
      on: '2024-01-22',
    });
  });

  it('adds a new milestone, and says when someone else changed it first', async () => {
    answer = {
      recordMilestone: {
        __typename: 'MutationRecordMilestoneSuccess',
        data: { __typename: 'Milestone', id: 'V7-8', version: 1 },
      },
    };
    const calls = mockGraphql({ RecordMilestone: currentAnswer });
    const user = userEvent.setup();
    renderAs('admin', <MilestoneEditor waveId="V7" milestones={editable} />, { url: URL });
    await user.selectOptions(screen.getByLabelText('Type'), 'reminder');
    await user.type(screen.getByLabelText('Libellé'), 'Relance des EPLE');
    await user.type(screen.getByLabelText('Prévu le'), '2024-02-01');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le jalon' }));
    await waitFor(() => expect(screen.getByText('Jalon V7-8 enregistré.')).toBeTruthy());
    expect(calls.at(-1)?.variables).toMatchObject({ wave: 'V7', kind: 'reminder', dueOn: '2024-02-01' });
    expect(calls.at(-1)?.variables).not.toHaveProperty('id');

    answer = { recordMilestone: { __typename: 'Conflict', message: 'version: milestone V7-4 was changed' } };
    await user.selectOptions(screen.getByLabelText('Jalon'), 'V7-4');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le jalon' }));
    await waitFor(() => expect(screen.getByText(/modifié par quelqu’un d’autre/)).toBeTruthy());
  });
});
