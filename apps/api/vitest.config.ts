import { defineConfig } from 'vitest/config';

export default defineConfig({
  // graphql 16 ships both index.js and index.mjs; Node (and so the server's dependencies) load
  // index.js, so the tests must too, or two GraphQLError classes would exist side by side.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['src/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default', ['json', { outputFile: '.vitest/results.json' }]],
  },
});
