import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// The API runs on port 4000 (`pnpm start`); the dev server hands it the GraphQL and sign-in calls.
const api = 'http://127.0.0.1:4000';

/**
 * react-dsfr's `start()` loads the DSFR's whole script, the behaviour of all its components
 * (28 kB gzipped); this app loads the core and the components it renders (src/dsfr-script.ts).
 */
const dsfrScript: Plugin = {
  name: 'opale:dsfr-script',
  enforce: 'pre',
  resolveId(source, importer) {
    if (source === './dsfr/dsfr.module' && importer?.includes('@codegouvfr/react-dsfr'))
      return fileURLToPath(new URL('src/dsfr-script.ts', import.meta.url));
    return null;
  },
};

/**
 * react-dsfr's components import its `fr` object (`./fr`, `../fr`…), which holds the DSFR's colour
 * tables (95 kB before gzip) that they never read: src/dsfr-fr.ts stands in for it.
 */
const dsfrFr: Plugin = {
  name: 'opale:dsfr-fr',
  enforce: 'pre',
  resolveId(source, importer) {
    if (/^(\.\.?\/)+fr$/.test(source) && importer?.includes('@codegouvfr/react-dsfr'))
      return fileURLToPath(new URL('src/dsfr-fr.ts', import.meta.url));
    return null;
  },
};

export default defineConfig({
  plugins: [react(), dsfrScript, dsfrFr],
  server: {
    proxy: { '/graphql': api, '/auth': api, '/exports': api },
  },
  build: {
    outDir: 'dist',
    // Read by scripts/check-size.mjs to sum what the first screen loads.
    manifest: true,
    // The entry is 440 kB before gzip, React DOM 200 kB of it: near Vite's default warning (500 kB).
    chunkSizeWarningLimit: 600,
  },
});
