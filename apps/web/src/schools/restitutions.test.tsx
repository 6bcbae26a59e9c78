import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../gql';
import { actionButtons, downloadedPaths, mockGraphql, renderAs } from '../test-utils';
import { RestitutionAlertFragment, Restitutions } from './restitutions';

const UAI = '0801234G';
const alert = (report: string, on: string, clearedOn: string | null, severity: 'warning' | 'critical') =>
  makeFragmentData(
    {
      __typename: 'RestitutionAlert',
      id: `${UAI}/${on}/${report}`,
      report,
      severity,
      message: `Message de ${report}`,
      on,
      clearedOn,
      active: clearedOn === null,
    },
    RestitutionAlertFragment,
  );
const alerts = [
  alert('Balance générale', '2024-01-16', null, 'critical'),
  alert('Situation des crédits', '2024-01-10', '2024-01-15', 'warning'),
];
const show = (role: 'si2c' | 'drasi' | 'eple') =>
  renderAs(role, <Restitutions uai={UAI} alerts={alerts} />, { url: '/?date=2024-01-22', uais: [UAI] });
const cells = (name: string) =>
  within(screen.getByRole('row', { name: new RegExp(name) }))
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('the restitutions of a school', () => {
  it('lists the alerts as of the day, active or cleared, with nothing to change for a reader', () => {
    show('drasi');
    expect(screen.getByRole('table', { name: 'Alertes des restitutions op@le au 22/01/2024' })).toBeTruthy();
    expect(cells('Balance générale')).toEqual([
      'Critique',
      'Message de Balance générale',
      '16/01/2024',
      'Active',
    ]);
    expect(cells('Situation des crédits')).toEqual([
      'Avertissement',
      'Message de Situation des crédits',
      '10/01/2024',
      'Levée le 15/01/2024',
    ]);
    expect(screen.queryByRole('button', { name: /Lever/ })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Enregistrer une alerte' })).toBeNull();
  });

  it('clears an active alert on the selected day, and says when someone did first', async () => {
    const calls = mockGraphql({
      ClearRestitutionAlert: {
        clearRestitutionAlert: { __typename: 'Conflict', message: 'cleared on 2024-01-20 already' },
      },
    });
    const user = userEvent.setup();
    show('si2c');
    expect(screen.getAllByRole('button', { name: /Lever au/ })).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Lever au 22/01/2024' }));
    await waitFor(() => expect(screen.getByText(/Déjà levée par ailleurs/)).toBeTruthy());
    expect(calls[0]?.variables).toEqual({
      uai: UAI,
      report: 'Balance générale',
      on: '2024-01-16',
      clearedOn: '2024-01-22',
    });
  });

  it('records an alert and shows the refused fields by field', async () => {
    const calls = mockGraphql({
      RecordRestitutionAlert: {
        recordRestitutionAlert: {
          __typename: 'InvalidInput',
          message: 'refused',
          issues: [
            { __typename: 'FieldIssue', field: 'restitution.report', message: 'report: exists already' },
          ],
        },
      },
    });
    const user = userEvent.setup();
    show('si2c');
    const form = screen.getByRole('form', { name: 'Enregistrer une alerte' });
    await user.type(within(form).getByLabelText(/Restitution/), 'Balance générale');
    await user.selectOptions(within(form).getByLabelText('Gravité'), 'Critique');
    await user.type(within(form).getByLabelText('Message'), 'Compte de liaison non soldé');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer l’alerte' }));
    await waitFor(() => expect(screen.getByText('report: exists already')).toBeTruthy());
    expect(calls[0]?.variables).toEqual({
      uai: UAI,
      report: 'Balance générale',
      severity: 'critical',
      message: 'Compte de liaison non soldé',
      on: '2024-01-22',
    });
  });

  it('offers a school user nothing to change, and every alert of the day from the server', async () => {
    show('eple');
    expect(actionButtons()).toEqual([]);
    const query = `uai=${UAI}&asOf=2024-01-22`;
    expect(await downloadedPaths()).toEqual([
      `/exports/school-restitutions.xlsx?${query}`,
      `/exports/school-restitutions.csv?${query}`,
    ]);
  });
});
