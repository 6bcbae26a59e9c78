import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // One server and one Chromium at a time: the files share the server the global setup starts.
    globalSetup: ['src/global-setup.ts'],
    fileParallelism: false,
    // Generous: a slow machine must never fail a test; speed is measured and printed, not judged.
    testTimeout: 300_000,
    hookTimeout: 180_000,
    reporters: ['default', ['json', { outputFile: '.vitest/results.json' }]],
  },
});
