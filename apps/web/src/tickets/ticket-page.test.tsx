import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockGraphql, renderAs } from '../test-utils';
import TicketPage from './ticket-page';

const event = (kind: string, on: string, to: string | null, by: string | null) => ({
  __typename: 'TicketEvent',
  kind,
  on,
  to,
  by,
});

const ticket = {
  __typename: 'Ticket',
  id: 'VGlja2V0OlItMQ==',
  ref: 'R-1',
  title: 'DRASI - Mandat rejeté par le comptable',
  channel: 'itop',
  service: 'op@le',
  uai: '0801666B',
  openedOn: '2024-01-02',
  firstTeam: 'DRASI',
  environment: 'production',
  sphere: 'agent-comptable',
  operations: 'Saisie du mandat puis envoi au comptable',
  errorMessage: 'Erreur 42 : pièce justificative absente',
  screenshots: 2,
  screenshotNames: ['capture-erreur-mandat.png', 'capture-piece.png'],
  requester: {
    __typename: 'TicketRequester',
    lastName: 'Durand',
    firstName: 'Léa',
    function: 'agent comptable',
  },
  wellFormed: true,
  version: 4,
  missing: [],
  history: [
    event('requalified', '2024-01-03', 'SI2C', 'drasi:bob'),
    event('escalated', '2024-01-05', 'c2s-montpellier', null),
    event('returned', '2024-01-10', 'SI2C', 'si2c:alice'),
    event('resolved', '2024-01-25', null, 'si2c:alice'),
  ],
  state: {
    __typename: 'TicketState',
    status: 'open',
    handler: 'SI2C',
    team: 'SI2C',
    escalatedTo: null,
    ageDays: 20,
    openOverThreshold: true,
  },
};

const show = (role: 'committee' | 'si2c' | 'drasi' | 'eple', answer: object = { ticket }) => {
  const calls = mockGraphql({ TicketPage: answer });
  renderAs(role, <TicketPage />, { url: '/tickets/R-1?date=2024-01-22', path: '/tickets/:ref' });
  return calls;
};

const section = (name: string) => {
  const region = screen.getByRole('heading', { name }).closest('section');
  if (!region) throw new Error(`no section ${name}`);
  return within(region);
};

describe('the page of a ticket', () => {
  it('asks the API for the ticket of the address, as of the day shown', async () => {
    const calls = show('committee');
    await screen.findByRole('heading', { name: /Ticket R-1/ });
    expect(calls[0]?.variables).toEqual({ ref: 'R-1', asOf: '2024-01-22' });
  });

  it('shows what the slides ask of a ticket: requester, context, operations, error, screenshots named', async () => {
    show('committee');
    await screen.findByRole('heading', { name: /Ticket R-1/ });
    const requester = section('Demandeur');
    expect(requester.getByText('Durand')).toBeTruthy();
    expect(requester.getByText('Léa')).toBeTruthy();
    expect(requester.getByText('agent comptable')).toBeTruthy();
    expect(requester.getByRole('link', { name: '0801666B' }).getAttribute('href')).toBe(
      '/etablissements/0801666B?date=2024-01-22',
    );
    const context = section('Contexte');
    expect(context.getByText('Production')).toBeTruthy();
    expect(context.getByText('Agent comptable')).toBeTruthy();
    expect(screen.getByText('Erreur 42 : pièce justificative absente')).toBeTruthy();
    expect(
      within(screen.getByRole('list', { name: 'Captures d’écran jointes' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['capture-erreur-mandat.png', 'capture-piece.png']);
  });

  it('shows the history up to the day shown as a timeline, and counts what came later', async () => {
    show('committee');
    const history = await screen.findByRole('list', { name: 'Historique du ticket' });
    expect(
      within(history)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '02/01/2024 — Ouvert, orienté vers DRASI',
      '03/01/2024 — Requalifié vers SI2Cpar drasi:bob',
      '05/01/2024 — Remonté vers C2S de Montpellierauteur non enregistré (import)',
      '10/01/2024 — Renvoyé à l’académie vers SI2Cpar si2c:alice',
    ]);
    expect(screen.getByText(/1 changement enregistré après le 22\/01\/2024/)).toBeTruthy();
  });

  it('offers the actions to the team in charge only', async () => {
    show('si2c');
    await screen.findByRole('heading', { name: /Ticket R-1/ });
    expect(screen.getByRole('form', { name: 'Traiter le ticket R-1' })).toBeTruthy();
  });

  it.each(['committee', 'drasi', 'eple'] as const)('offers no action to %s', async (role) => {
    show(role);
    await screen.findByRole('heading', { name: /Ticket R-1/ });
    expect(screen.queryByRole('form', { name: 'Traiter le ticket R-1' })).toBeNull();
  });

  it('lists what the ticket lacks, as the domain checks it', async () => {
    show('committee', {
      ticket: {
        ...ticket,
        wellFormed: false,
        screenshots: 1,
        screenshotNames: [],
        missing: [
          {
            __typename: 'MissingElement',
            element: 'sphere',
            severity: 'required',
            message: 'Précisez la sphère.',
          },
          {
            __typename: 'MissingElement',
            element: 'screenshots',
            severity: 'recommended',
            message: '1 capture d’écran sans nom.',
          },
        ],
      },
    });
    const missing = await screen.findByRole('list', { name: 'Éléments manquants' });
    expect(
      within(missing)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Précisez la sphère.', '1 capture d’écran sans nom. (conseillé)']);
    expect(screen.getByText('1 élément obligatoire manque :')).toBeTruthy();
    expect(screen.getByText('1 capture jointe, sans nom')).toBeTruthy();
  });

  it('says when the ticket is unknown or out of the user’s reach', async () => {
    show('eple', { ticket: null });
    expect(
      await screen.findByText(/Ce ticket est inconnu, ou votre rôle ne permet pas de le consulter/),
    ).toBeTruthy();
  });
});
