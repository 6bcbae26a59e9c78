import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { dsfrFr, dsfrScript } from './vite/dsfr';
import { graphqlDocuments } from './vite/graphql-documents';
import { preactCompat } from './vite/preact';
import { reactRouterProduction } from './vite/react-router';

// The API runs on port 4000 (`pnpm start`); the dev server hands it the GraphQL and sign-in calls.
const api = 'http://127.0.0.1:4000';

export default defineConfig(({ command }) => ({
  plugins: [react(), dsfrScript, dsfrFr, graphqlDocuments(), reactRouterProduction],
  // The dev server keeps React: its Fast Refresh (plugin-react's) only knows React.
  resolve: command === 'build' ? { alias: preactCompat } : {},
  server: {
    proxy: { '/graphql': api, '/auth': api, '/exports': api },
  },
  build: {
    outDir: 'dist',
    // Read by scripts/check-size.mjs to sum what the first screen loads.
    manifest: true,
  },
}));
