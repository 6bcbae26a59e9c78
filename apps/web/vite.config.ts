import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API runs on port 4000 (`pnpm start`); the dev server hands it the GraphQL and sign-in calls.
const api = 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: { '/graphql': api, '/auth': api },
  },
  build: {
    outDir: 'dist',
    // Read by scripts/check-size.mjs to sum what the first screen loads.
    manifest: true,
    // The DSFR's own assets are served from public/dsfr and are not part of the bundle.
    chunkSizeWarningLimit: 600,
  },
});
