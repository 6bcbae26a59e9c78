import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockGraphql, renderAs } from '../test-utils';
import NewTicketPage from './new-ticket-page';

const schools = {
  eples: {
    __typename: 'QueryEplesConnection',
    edges: [{ node: { __typename: 'Eple', uai: '0801666B', name: 'Collège A. Jacques' } }],
  },
};

/** The API's answer when it refuses one field of the ticket. */
const refusedOn = (field: string, message: string) => ({
  openTicket: {
    __typename: 'InvalidInput',
    message: 'The input was refused.',
    issues: [{ __typename: 'FieldIssue', field, message }],
  },
});

const requiredList = () => screen.queryByRole('list', { name: 'Éléments obligatoires manquants' });
const missingText = () => requiredList()?.textContent ?? '';

/** Fills a complete ticket: the team, a precise title, the user, the environment, the sphere and the steps. */
async function fillTicket(
  user: ReturnType<typeof userEvent.setup>,
  team: string,
  title: string,
  environment: string,
) {
  await user.click(screen.getByRole('radio', { name: team }));
  await user.type(screen.getByLabelText(/Titre précis/), title);
  await user.type(screen.getByLabelText('Nom'), 'Martin');
  await user.type(screen.getByLabelText('Prénom'), 'Claire');
  await user.type(screen.getByLabelText(/^Fonction/), 'gestionnaire');
  await user.click(screen.getByRole('radio', { name: environment }));
  await user.click(screen.getByRole('radio', { name: 'Gestionnaire' }));
  await user.type(screen.getByLabelText(/Opérations effectuées/), 'Connexion depuis le portail');
}

describe('the ticket assistant', () => {
  it('shows live what the draft still lacks, by the domain’s check', async () => {
    mockGraphql({ MySchools: schools });
    const user = userEvent.setup();
    renderAs('eple', <NewTicketPage />, { uais: ['0801666B'] });

    expect(screen.getByRole('heading', { name: 'Ce qu’il manque encore' })).toBeTruthy();
    expect(missingText()).toContain('Commencez le titre par SI2C');
    expect(missingText()).toContain("Précisez l'environnement");

    await user.click(screen.getByRole('radio', { name: 'SI2C' }));
    expect(missingText()).not.toContain('Commencez le titre par SI2C');

    await user.type(screen.getByLabelText(/Titre précis/), 'Budget');
    expect(missingText()).toContain('Précisez le titre');
    await user.type(screen.getByLabelText(/Titre précis/), ' 2024 bloqué après la DBM');
    expect(missingText()).not.toContain('titre');
    expect(screen.getByText(/Indice : votre description parle de « Budget », plutôt SI2C/)).toBeTruthy();
  });

  it('opens a complete ticket with the CSRF header and shows the refused fields by field', async () => {
    const calls = mockGraphql({
      MySchools: schools,
      OpenTicket: refusedOn('ticket.title', 'title: too vague for the team'),
    });
    const user = userEvent.setup();
    renderAs('eple', <NewTicketPage />, { uais: ['0801666B'] });

    // A school user with one school finds it chosen.
    await waitFor(() =>
      expect((screen.getByLabelText('Établissement concerné') as HTMLSelectElement).value).toBe('0801666B'),
    );
    await fillTicket(user, 'DRASI', 'Connexion impossible au bac à sable', 'Bac à sable');
    expect(requiredList()).toBeNull();
    expect(screen.getByRole('heading', { name: 'Votre ticket est complet' })).toBeTruthy();
    expect(
      within(screen.getByRole('list', { name: 'Éléments conseillés manquants' })).getAllByRole('listitem'),
    ).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Ouvrir le ticket' }));
    await waitFor(() => expect(screen.getByText('title: too vague for the team')).toBeTruthy());
    const sent = calls.find((c) => c.operationName === 'OpenTicket');
    expect(sent?.variables).toMatchObject({
      title: 'DRASI - Connexion impossible au bac à sable',
      uai: '0801666B',
      environment: 'sandbox',
      sphere: 'gestionnaire',
      lastName: 'Martin',
    });
    expect(sent?.headers.get('x-graphql-yoga-csrf')).toBe('1');
    expect(sent?.headers.get('authorization')).toMatch(/^Bearer /);
  });

  it('lets SI2C record a request received by phone', async () => {
    const calls = mockGraphql({
      OpenTicket: {
        openTicket: {
          __typename: 'MutationOpenTicketSuccess',
          data: { __typename: 'Ticket', id: 'T-9', ref: 'T-9', uai: '0801666B', wellFormed: true },
        },
      },
    });
    const user = userEvent.setup();
    renderAs('si2c', <NewTicketPage />);

    const channel = screen.getByLabelText(/Demande reçue par/) as HTMLSelectElement;
    expect(channel.value).toBe('itop');
    await user.selectOptions(channel, 'phone');
    await user.type(screen.getByLabelText(/UAI de l’établissement/), '0801666B');
    await fillTicket(user, 'SI2C', 'Budget 2024 bloqué après la DBM', 'Production');
    await user.click(screen.getByRole('button', { name: 'Ouvrir le ticket' }));
    await waitFor(() => expect(screen.getByText('Ticket T-9 ouvert')).toBeTruthy());
    expect(calls.find((c) => c.operationName === 'OpenTicket')?.variables).toMatchObject({
      channel: 'phone',
      uai: '0801666B',
    });
  });

  it('does not ask a school user how the request came in', () => {
    mockGraphql({ MySchools: schools });
    renderAs('eple', <NewTicketPage />, { uais: ['0801666B'] });
    expect(screen.queryByLabelText(/Demande reçue par/)).toBeNull();
  });

  it('says at once which screenshot name does not fit, and sends nothing until it does', async () => {
    const calls = mockGraphql({ MySchools: schools });
    const user = userEvent.setup();
    renderAs('eple', <NewTicketPage />, { uais: ['0801666B'] });
    await fillTicket(user, 'SI2C', 'Mandat rejeté par le comptable', 'Production');
    const field = screen.getByLabelText(/Captures d’écran jointes au ticket/);
    await user.type(field, 'capture.png{Enter}dossier/detail.png');
    expect(screen.getByText(/Un nom de capture ne convient pas \(« dossier\/detail.png »\)/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Ouvrir le ticket' }));
    expect(calls.some((c) => c.operationName === 'OpenTicket')).toBe(false);
    await user.clear(field);
    await user.type(field, 'capture.png{Enter}detail.png');
    expect(screen.queryByText(/Un nom de capture ne convient pas/)).toBeNull();
  });

  it('sends the screenshots by name, one a line, and shows a refused name on their field', async () => {
    const calls = mockGraphql({
      MySchools: schools,
      OpenTicket: refusedOn(
        'ticket.screenshotNames[1]',
        'ticket.screenshotNames[1]: expected a file name without / \\ or control characters',
      ),
    });
    const user = userEvent.setup();
    renderAs('eple', <NewTicketPage />, { uais: ['0801666B'] });
    await fillTicket(user, 'SI2C', 'Mandat rejeté par le comptable', 'Production');
    const recommended = () => screen.getByRole('list', { name: 'Éléments conseillés manquants' }).textContent;
    expect(recommended()).toContain('capture');
    const field = screen.getByLabelText(/Captures d’écran jointes au ticket/);
    await user.type(field, 'capture-erreur-mandat.png{Enter}detail.png');
    expect(recommended()).not.toContain('capture');
    await user.click(screen.getByRole('button', { name: 'Ouvrir le ticket' }));
    await waitFor(() => expect(screen.getByText(/expected a file name without/)).toBeTruthy());
    expect(calls.find((c) => c.operationName === 'OpenTicket')?.variables).toMatchObject({
      screenshotNames: ['capture-erreur-mandat.png', 'detail.png'],
    });
    expect(field.getAttribute('aria-invalid') ?? field.closest('.fr-input-group--error')).toBeTruthy();
  });
});

describe('the end of the assistant', () => {
  /** A school user opens a complete DRASI ticket. */
  const openAsSchool = async () => {
    const user = userEvent.setup();
    renderAs('eple', <NewTicketPage />, { uais: ['0801666B'] });
    await waitFor(() =>
      expect((screen.getByLabelText('Établissement concerné') as HTMLSelectElement).value).toBe('0801666B'),
    );
    await fillTicket(user, 'DRASI', 'Connexion impossible au bac à sable', 'Bac à sable');
    await user.click(screen.getByRole('button', { name: 'Ouvrir le ticket' }));
    return user;
  };
  const opened = (itop: unknown) => ({
    openTicket: {
      __typename: 'MutationOpenTicketSuccess',
      data: { __typename: 'Ticket', id: 'OP-1', ref: 'OP-1', uai: '0801666B', wellFormed: true, itop },
    },
  });

  it('without iTop, gives the ticket ready to paste, a copy button and the portal', async () => {
    mockGraphql({
      MySchools: schools,
      ItopSettings: {
        itopSettings: {
          __typename: 'ItopSettings',
          connected: false,
          portalUrl: 'https://itop.example.fr/portail',
        },
      },
      OpenTicket: opened(null),
    });
    const user = await openAsSchool();
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Votre ticket, prêt à coller dans ITOP' })).toBeTruthy(),
    );
    expect((screen.getByLabelText('Titre') as HTMLInputElement).value).toBe(
      'DRASI - Connexion impossible au bac à sable',
    );
    const body = (screen.getByLabelText('Description') as HTMLTextAreaElement).value;
    for (const line of [
      'Service : op@le',
      'Demandeur : Claire Martin',
      'Fonction : gestionnaire',
      'Établissement (UAI) : 0801666B',
      'Environnement : bac à sable',
      'Sphère : gestionnaire',
      'Opérations effectuées : Connexion depuis le portail',
    ])
      expect(body).toContain(line);
    await user.click(screen.getByRole('button', { name: 'Copier la description' }));
    // user-event stands in for the clipboard.
    expect(await navigator.clipboard.readText()).toBe(body);
    expect(screen.getByText('La description est copiée.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ouvrir le portail ITOP' }).getAttribute('href')).toBe(
      'https://itop.example.fr/portail',
    );
  });

  it('with iTop, says the request it became, or that it waits to be sent', async () => {
    mockGraphql({
      MySchools: schools,
      ItopSettings: { itopSettings: { __typename: 'ItopSettings', connected: true, portalUrl: null } },
      OpenTicket: opened({ __typename: 'TicketItop', ref: null, state: 'pending' }),
    });
    await openAsSchool();
    await waitFor(() => expect(screen.getByText(/En attente d’envoi à ITOP/)).toBeTruthy());
    expect(screen.queryByRole('heading', { name: 'Votre ticket, prêt à coller dans ITOP' })).toBeNull();
  });
});
