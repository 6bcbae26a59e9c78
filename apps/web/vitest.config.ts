import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { preactCompatInTests } from './vite/preact';

export default defineConfig({
  plugins: [react()],
  resolve: preactCompatInTests.resolve,
  test: {
    server: { deps: { inline: preactCompatInTests.inline } },
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}', 'vite/**/*.test.ts'],
    setupFiles: ['src/test-setup.ts'],
    // Rendering a page with its queries takes a few seconds when the other suites share the CPU.
    testTimeout: 30_000,
    reporters: ['default', ['json', { outputFile: '.vitest/results.json' }]],
  },
});
