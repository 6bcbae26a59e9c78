import { render, screen } from '@testing-library/react';
import { type ReactNode, Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { lazyPage } from './lazy-page';

const page = () => {
  let loads = 0;
  const Page = lazyPage(async () => {
    loads++;
    return { default: () => <h1>La page</h1> };
  });
  return { Page, loads: () => loads };
};

const inSuspense = (Page: () => ReactNode) => (
  <Suspense fallback={<p>Chargement…</p>}>
    <Page />
  </Suspense>
);

describe('a lazy page', () => {
  it('suspends on its first render when it was not loaded ahead, then shows', async () => {
    const { Page, loads } = page();
    render(inSuspense(Page));
    expect(screen.getByText('Chargement…')).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'La page' })).toBeTruthy();
    expect(loads()).toBe(1);
  });

  it('renders at once, without a fallback, once preloaded; its chunk is loaded once', async () => {
    const { Page, loads } = page();
    await Page.preload();
    await Page.preload();
    render(inSuspense(Page));
    expect(screen.queryByText('Chargement…')).toBeNull();
    expect(screen.getByRole('heading', { name: 'La page' })).toBeTruthy();
    expect(loads()).toBe(1);
  });

  it('asks for its chunk again after a failed load', async () => {
    let fail = true;
    const Page = lazyPage(async () => {
      if (fail) throw new Error('réseau');
      return { default: () => <h1>La page</h1> };
    });
    await expect(Page.preload()).rejects.toThrow('réseau');
    fail = false;
    await Page.preload();
    render(inSuspense(Page));
    expect(screen.getByRole('heading', { name: 'La page' })).toBeTruthy();
  });
});
