import type { Alias, UserConfig } from 'vite';

/**
 * The client runs on Preact's React compatibility layer (preact/compat) in place of React DOM:
 * 11 kB gzipped where React and React DOM weigh 66 kB, a third of what the first screen loaded.
 * The sources, react-dsfr, urql and React Router are written for React and stay so; only the
 * bundler swaps the runtime, for the build and the tests, so that the tests run what users get.
 * The dev server keeps React for its Fast Refresh; the types still come from @types/react.
 */
export const preactCompat: Alias[] = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
];

/**
 * The tests' resolution: their runner loads packages as Node would, the CommonJS builds of urql,
 * React Router and Testing Library, which would reach React itself past the aliases. It takes their
 * ES modules instead and runs them through the bundler's pipeline (`inline`), aliases included.
 */
export const preactCompatInTests = {
  resolve: {
    alias: preactCompat,
    mainFields: ['module', 'main'],
    conditions: ['module', 'import', 'development|production'],
  },
  inline: [/@testing-library\/react/, /@codegouvfr\/react-dsfr/, /\/urql\//, /react-router/],
} satisfies { resolve: UserConfig['resolve']; inline: RegExp[] };
