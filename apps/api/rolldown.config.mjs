import { defineConfig } from 'rolldown';

// The server as it is started (`pnpm start`): one file and a few chunks instead of the
// thousand-odd modules of its dependencies, which Node.js took 1.3 s to find, read and link at
// each start (0.35 s bundled, measured in turn). It is bundled from the compiled `dist/`, beside
// it at the same depth, so that its paths (`../../web/dist`, `../examples/`) hold; the store's
// worker thread comes with it, as `column-worker.js` next to the chunk that starts it.
// better-sqlite3 is a native addon, loaded from node_modules as it is.
export default defineConfig({
  input: {
    server: 'dist/server.js',
    'column-worker': '../../packages/store/dist/column-worker.js',
  },
  platform: 'node',
  external: ['better-sqlite3', 'pg-native'],
  output: {
    dir: 'bundle',
    cleanDir: true,
    format: 'esm',
    chunkFileNames: '[name]-[hash].js',
    sourcemap: true,
  },
});
