import { expect, it } from 'vitest';
import { keepScreenshot } from './support/artifacts.js';
import { describeInBrowser } from './support/browser-test.js';
import { settle } from './support/settle.js';
import { signInAs } from './support/sign-in.js';

// The support the committee's slides name, as a school user finds it on the Ressources page.
describeInBrowser('the Ressources page', (browser) => {
  it("shows a school user the slides' resources by kind, with how to reach each", async () => {
    const page = await browser.newPage();
    await signInAs(page, '/ressources?date=2024-01-22', 'eple', '0801666B');
    await page.getByRole('heading', { level: 1, name: 'Ressources d’accompagnement' }).waitFor();
    await page
      .getByRole('navigation', { name: 'Menu principal' })
      .getByRole('link', { name: 'Ressources' })
      .waitFor();
    const kinds = await page.getByRole('heading', { level: 2 }).allInnerTexts();
    expect(kinds.map((k) => k.trim())).toEqual([
      'Portail',
      'Outils du ministère',
      'Espaces documentaires et d’échange',
      'Messagerie instantanée',
      'Tutorat',
      'Expertise budgétaire et financière',
    ]);
    const titles = (await page.getByRole('heading', { level: 3 }).allInnerTexts()).map((t) => t.trim());
    expect(titles).toEqual([
      'Portail MF2',
      'Kit de bascule',
      'Bac à sable',
      'Tribu « MF² – Espace documentaire OP@LE et OPER@ »',
      'Tribu des utilisateurs op@le des Hauts-de-France',
      'Salon Tchap inter-académique op@le Hauts-de-France',
      'Tutorat op@le',
      'Expert budgétaire et financier',
    ]);
    await page.getByText(/l’assistant virtuel @loa/).waitFor();
    const tchap = page.getByRole('link', { name: 'www.tchap.gouv.fr' });
    expect(await tchap.getAttribute('target')).toBe('_blank');
    expect(await tchap.getAttribute('title')).toBe(
      'Salon Tchap inter-académique op@le Hauts-de-France – nouvelle fenêtre',
    );
    const mail = page.getByRole('link', { name: 'si2c-opale@ac-lille.fr' });
    expect(await mail.getAttribute('href')).toBe('mailto:si2c-opale@ac-lille.fr');
    await page.getByText('Par ITOP : un ticket dont le titre commence par SI2C').waitFor();
    expect(await page.getByRole('button', { name: 'Ajouter une ressource' }).count()).toBe(0);
    await settle(page);
    await keepScreenshot(page, 'eple-resources');

    // Before the expert came (01/09/2023) and the tutoring began, the page lists neither.
    await page.goto('/ressources?date=2023-08-31');
    await page.getByRole('heading', { level: 3, name: 'Portail MF2' }).waitFor();
    expect(
      await page.getByRole('heading', { level: 3, name: 'Expert budgétaire et financier' }).count(),
    ).toBe(0);
    expect(await page.getByRole('heading', { level: 3, name: 'Tutorat op@le' }).count()).toBe(0);
  });
});
