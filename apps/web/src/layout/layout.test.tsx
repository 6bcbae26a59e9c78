import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAs } from '../test-utils';
import '../dsfr';
import { Layout } from './layout';

const nav = () => screen.getAllByRole('link').map((l) => l.textContent);

describe('the frame by role', () => {
  it('shows the role and offers the committee’s report to the readers', () => {
    renderAs('committee', <Layout />, { url: '/?date=2024-01-22' });
    // The DSFR header repeats its quick access in the mobile menu.
    expect(screen.getAllByText('Membre du comité de suivi').length).toBeGreaterThan(0);
    expect(nav()).toContain('Rapport du comité');
    // The committee reads: it opens no ticket, so none is offered (the API refuses it).
    expect(nav()).not.toContain('Nouveau ticket');
    expect(screen.getByRole('link', { name: 'Tickets' }).getAttribute('href')).toBe(
      '/tickets?date=2024-01-22',
    );
  });

  it('does not offer the report to a school user', () => {
    renderAs('eple', <Layout />, { uais: ['0801666B'] });
    expect(screen.getAllByText('Personnel d’établissement').length).toBeGreaterThan(0);
    expect(nav()).not.toContain('Rapport du comité');
    expect(nav()).toContain('Nouveau ticket');
  });
});
