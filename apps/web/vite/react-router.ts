import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const packageDir = dirname(createRequire(import.meta.url).resolve('react-router/package.json'));

/**
 * React Router's package exports only its development build (dist/development: warnings on, and
 * the code that prints them), for every condition, production included; its production build sits
 * beside it in dist/production. The client's build takes that one.
 */
export const reactRouterProduction: Plugin = {
  name: 'opale:react-router-production',
  apply: 'build',
  enforce: 'pre',
  resolveId(id) {
    return id === 'react-router' ? join(packageDir, 'dist/production/index.mjs') : null;
  },
};
