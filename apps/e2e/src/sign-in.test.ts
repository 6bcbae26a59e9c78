import { expect, it } from 'vitest';
import { describeInBrowser } from './support/browser-test.js';
import { signInAs } from './support/sign-in.js';

/** A token from the demo sign-in, as an académie would hand one over. */
async function demoToken(baseUrl: string, role: string): Promise<string> {
  const response = await fetch(`${baseUrl}/auth/demo`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role }),
  });
  return ((await response.json()) as { token: string }).token;
}

describeInBrowser('signing in and out', (browser) => {
  it('refuses what is not a token, signs in with a pasted one, and signs out', async () => {
    const page = await browser.newPage();
    await page.goto('/tickets?date=2024-01-22');
    const field = page.getByRole('textbox', { name: /^Jeton d’accès/ });
    const submit = page.getByRole('button', { name: 'Se connecter avec ce jeton' });

    await field.fill('pas un jeton');
    await submit.click();
    await page.getByText('Ce jeton n’est pas un jeton opale valide, ou il a expiré.').waitFor();

    await field.fill(await demoToken(browser.baseUrl, 'si2c'));
    await submit.click();
    // The page asked for is shown, for the role the token names.
    await page
      .getByRole('heading', { level: 1, name: 'Tickets d’assistance au lundi 22 janvier 2024' })
      .waitFor();
    expect(
      await page.getByText('Connecté en tant que SI2C — assistance métier').filter({ visible: true }).count(),
    ).toBe(1);
    await page.getByRole('columnheader', { name: 'Actions' }).waitFor();

    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Connexion à opale' }).waitFor();
    // The session is gone for good, not only hidden.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Connexion à opale' }).waitFor();
  });

  it('keeps the session of the tab across a reload', async () => {
    const page = await browser.newPage();
    await signInAs(page, '/formation?date=2024-01-22', 'committee');
    await page.reload();
    await page
      .getByRole('heading', { level: 1, name: 'Formation des utilisateurs au lundi 22 janvier 2024' })
      .waitFor();
  });
});
