import { type ComponentType, createElement, lazy } from 'react';

interface PageModule {
  readonly default: ComponentType;
}

/** A page of its own chunk: rendered like `React.lazy`'s, and loadable ahead of its first render. */
export interface LazyPage {
  (): ReturnType<typeof createElement>;
  /** Loads the page's chunk; the page then renders at once, without suspending. */
  preload(): Promise<unknown>;
}

/**
 * `React.lazy` with a `preload`. Once React has shown a Suspense fallback, it keeps it on screen
 * for 300 ms before it reveals what resolved: a page whose chunk comes from the browser's cache a
 * few milliseconds after the first render would wait that long before it even sent its query.
 * Loaded ahead (main.tsx does it for the first screen), the page never suspends.
 */
export function lazyPage(load: () => Promise<PageModule>): LazyPage {
  let loaded: ComponentType | undefined;
  let loading: Promise<PageModule> | undefined;
  const preload = () => {
    loading ??= load().then(
      (module) => {
        loaded = module.default;
        return module;
      },
      (error: unknown) => {
        // A chunk that failed to load (the network, a new deployment) is asked for again next time.
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  const Lazy = lazy(preload);
  // biome-ignore lint/correctness/noComponentHookFactories: made once per page at module level, as React.lazy is
  const Page = () => createElement(loaded ?? Lazy);
  return Object.assign(Page, { preload });
}
