import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../gql';
import { renderAs } from '../test-utils';
import { TicketTable, TicketTableFragment } from './ticket-table';

const row = (total: number, national: number, si2c: number, drasi: number) => ({
  __typename: 'TicketRow' as const,
  total,
  national,
  si2c,
  drasi,
});

// The committee's table of 22/01/2024, as the API answers it.
const committeeTable = makeFragmentData(
  {
    __typename: 'TicketTable',
    from: '2023-09-01',
    asOf: '2024-01-22',
    staleAfterDays: 15,
    all: row(324, 48, 65, 211),
    resolved: row(264, 36, 62, 166),
    inProgress: row(60, 12, 3, 45),
    inProgressOverThreshold: row(28, 2, 0, 26),
  },
  TicketTableFragment,
);

const renderTable = () =>
  renderAs('committee', <TicketTable table={committeeTable} />, { url: '/?date=2024-01-22' });

const cells = (name: RegExp) =>
  within(screen.getByRole('row', { name }))
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

describe('the ticket table', () => {
  it('has the slide’s caption and columns', () => {
    renderTable();
    const table = screen.getByRole('table', {
      name: /Demandes d’assistance sur ITOP depuis la rentrée 2023/,
    });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Ligne',
      'Total',
      'Remontées au national',
      'Prise en charge par le SI2C',
      'Prise en charge par la DRASI',
    ]);
  });

  it('has the slide’s rows, in its order, with the committee’s figures', () => {
    renderTable();
    expect(screen.getAllByRole('rowheader').map((h) => h.textContent)).toEqual([
      'Tous statuts',
      'Demandes résolues',
      'Demandes en cours',
      'Demandes en cours de plus de 15\u00a0j',
    ]);
    expect(cells(/Tous statuts/)).toEqual(['324', '48', '65', '211']);
    expect(cells(/Demandes résolues/)).toEqual(['264', '36', '62', '166']);
    expect(cells(/^Demandes en cours 60/)).toEqual(['60', '12', '3', '45']);
    expect(cells(/plus de 15/)).toEqual(['28', '2', '0', '26']);
  });

  it('offers the table from the server, as a CSV file or a workbook', () => {
    renderTable();
    expect(screen.getByRole('button', { name: 'Télécharger (CSV)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Télécharger (Excel (XLSX))' })).toBeTruthy();
  });

  it('opens each figure onto the tickets it counts, as of the same day', () => {
    renderTable();
    const drasi = screen.getByRole('link', { name: /^26 : Demandes en cours de plus de 15.j, DRASI/ });
    expect(drasi.getAttribute('href')).toBe(
      '/tickets?ligne=inProgressOverThreshold&colonne=DRASI&date=2024-01-22',
    );
    expect(screen.getAllByRole('link')).toHaveLength(16);
  });
});
