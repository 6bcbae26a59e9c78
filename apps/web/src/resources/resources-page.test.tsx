import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockGraphql, renderAs } from '../test-utils';
import ResourcesPage from './resources-page';

const resource = (over: Record<string, unknown>) => ({
  __typename: 'Resource',
  url: null,
  mail: null,
  itopPrefix: null,
  audience: ['si2c', 'drasi', 'eple'],
  position: 0,
  activeFrom: '2021-01-01',
  activeUntil: null,
  version: 1,
  ...over,
});

const LIST = {
  resources: [
    resource({
      id: 'portail-mf2',
      kind: 'portal',
      title: 'Portail MF2',
      description: 'Avec l’assistant virtuel @loa.',
    }),
    resource({
      id: 'tribu-mf2',
      kind: 'community',
      title: 'Tribu MF²',
      description: 'L’espace documentaire.',
      url: 'https://tribu.phm.education.gouv.fr',
    }),
    resource({
      id: 'expert-budgetaire',
      kind: 'expert',
      title: 'Expert budgétaire et financier',
      description: 'Joignable par ITOP ou par mail.',
      mail: 'si2c-opale@ac-lille.fr',
      itopPrefix: 'SI2C',
      audience: ['si2c', 'eple'],
      activeFrom: '2023-09-01',
    }),
  ],
};

describe('the Ressources page', () => {
  it('shows a school user the resources by kind, with their links and how to reach the expert', async () => {
    const calls = mockGraphql({ Resources: LIST });
    renderAs('eple', <ResourcesPage />, { url: '/ressources?date=2024-01-22', uais: ['0801666B'] });

    await screen.findByRole('heading', { name: 'Ressources d’accompagnement' });
    expect(calls[0]?.variables).toEqual({ asOf: '2024-01-22' });
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Portail',
      'Espaces documentaires et d’échange',
      'Expertise budgétaire et financière',
    ]);
    const tribu = screen.getByRole('link', { name: 'tribu.phm.education.gouv.fr' });
    expect(tribu.getAttribute('href')).toBe('https://tribu.phm.education.gouv.fr');
    expect(tribu.getAttribute('target')).toBe('_blank');
    expect(tribu.getAttribute('rel')).toContain('noopener');
    expect(tribu.getAttribute('title')).toBe('Tribu MF² – nouvelle fenêtre');

    const expert = screen
      .getByRole('heading', { name: 'Expert budgétaire et financier' })
      .closest('li') as HTMLElement;
    expect(within(expert).getByRole('link', { name: 'si2c-opale@ac-lille.fr' }).getAttribute('href')).toBe(
      'mailto:si2c-opale@ac-lille.fr',
    );
    expect(expert.textContent).toContain('un ticket dont le titre commence par SI2C');
    expect(within(expert).getByRole('link', { name: 'rédiger le ticket' }).getAttribute('href')).toBe(
      '/tickets/nouveau?date=2024-01-22',
    );
    expect(expert.textContent).toContain('proposée depuis le 01/09/2023');
    expect(screen.queryByRole('button', { name: /Ajouter|Modifier|Retirer/ })).toBeNull();
  });

  it('lets the admin add one, showing each refused field beside it, then saving it', async () => {
    let attempt = 0;
    const answerRecord = () => {
      attempt += 1;
      if (attempt === 1)
        return {
          recordResource: {
            __typename: 'InvalidInput',
            message: 'refused',
            issues: [
              {
                __typename: 'FieldIssue',
                field: 'resource.url',
                message: 'url: expected an address starting with https://',
              },
              {
                __typename: 'FieldIssue',
                field: 'resource.audience',
                message: 'audience: expected a non-empty list',
              },
            ],
          },
        };
      return {
        recordResource: {
          __typename: 'MutationRecordResourceSuccess',
          data: resource({ id: 'tchap-hdf', kind: 'chat', title: 'Tchap HDF', description: 'Entraide.' }),
        },
      };
    };
    const calls = mockGraphql({ Resources: LIST, RecordResource: answerRecord });
    const user = userEvent.setup();
    renderAs('admin', <ResourcesPage />, { url: '/ressources?date=2024-01-22' });
    await user.click(await screen.findByRole('button', { name: 'Ajouter une ressource' }));
    const form = screen.getByRole('form', { name: 'Ajouter une ressource' });
    await user.type(within(form).getByLabelText(/^Identifiant/), 'tchap-hdf');
    await user.type(within(form).getByLabelText('Titre'), 'Tchap HDF');
    await user.selectOptions(within(form).getByLabelText('Type'), 'chat');
    await user.type(within(form).getByLabelText(/^Description/), 'Entraide.');
    await user.type(within(form).getByLabelText(/^Adresse \(facultative\)/), 'http://tchap.gouv.fr');
    await user.click(within(form).getByRole('button', { name: 'Ajouter la ressource' }));

    expect(await within(form).findByText('url: expected an address starting with https://')).toBeTruthy();
    expect(within(form).getByText('audience: expected a non-empty list')).toBeTruthy();
    const sent = calls.find((c) => c.operationName === 'RecordResource')?.variables;
    expect(sent).toMatchObject({
      id: 'tchap-hdf',
      kind: 'chat',
      url: 'http://tchap.gouv.fr',
      mail: null,
      itopPrefix: null,
      audience: ['si2c', 'drasi', 'eple'],
      position: 0,
      version: null,
    });

    await user.click(within(form).getByRole('button', { name: 'Ajouter la ressource' }));
    expect(await screen.findByText('« Tchap HDF » est enregistrée.')).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Ajouter une ressource' })).toBeNull();
  });

  it('lets the admin change one on its version and says when someone else changed it first', async () => {
    const calls = mockGraphql({
      Resources: LIST,
      RecordResource: {
        recordResource: {
          __typename: 'Conflict',
          message: 'version: resource portail-mf2 was changed by someone else',
        },
      },
    });
    const user = userEvent.setup();
    renderAs('admin', <ResourcesPage />, { url: '/ressources?date=2024-01-22' });
    const portal = (await screen.findByRole('heading', { name: 'Portail MF2' })).closest('li') as HTMLElement;
    await user.click(within(portal).getByRole('button', { name: 'Modifier' }));
    const form = screen.getByRole('form', { name: 'Modifier « Portail MF2 »' });
    expect((within(form).getByLabelText(/^Identifiant/) as HTMLInputElement).disabled).toBe(true);
    await user.click(within(form).getByRole('button', { name: 'Enregistrer la modification' }));
    await waitFor(() =>
      expect(within(form).getByText(/Quelqu’un d’autre a modifié cette ressource/)).toBeTruthy(),
    );
    expect(calls.find((c) => c.operationName === 'RecordResource')?.variables).toMatchObject({
      id: 'portail-mf2',
      version: 1,
    });
  });

  it('lets the admin retire one from today, the days before keeping it', async () => {
    const calls = mockGraphql({
      Resources: LIST,
      RetireResource: { retireResource: { __typename: 'MutationRetireResourceSuccess' } },
    });
    const user = userEvent.setup();
    renderAs('admin', <ResourcesPage />, { url: '/ressources?date=2024-01-22' });
    const tribu = (await screen.findByRole('heading', { name: 'Tribu MF²' })).closest('li') as HTMLElement;
    await user.click(within(tribu).getByRole('button', { name: 'Retirer à partir d’aujourd’hui' }));
    expect(await screen.findByText(/« Tribu MF² » n’est plus proposée à partir du/)).toBeTruthy();
    const sent = calls.find((c) => c.operationName === 'RetireResource')?.variables;
    expect(sent).toMatchObject({ id: 'tribu-mf2', version: 1 });
    expect(sent?.on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
