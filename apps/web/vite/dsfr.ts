import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const source = (path: string) => fileURLToPath(new URL(`../src/${path}`, import.meta.url));

/**
 * react-dsfr's `start()` loads the DSFR's whole script, the behaviour of all its components
 * (28 kB gzipped); this app loads the core and the components it renders (src/dsfr-script.ts).
 */
export const dsfrScript: Plugin = {
  name: 'opale:dsfr-script',
  enforce: 'pre',
  resolveId(id, importer) {
    if (id === './dsfr/dsfr.module' && importer?.includes('@codegouvfr/react-dsfr'))
      return source('dsfr-script.ts');
    return null;
  },
};

/**
 * react-dsfr's components import its `fr` object (`./fr`, `../fr`…), which holds the DSFR's colour
 * tables (95 kB before gzip) that they never read: src/dsfr-fr.ts stands in for it.
 */
export const dsfrFr: Plugin = {
  name: 'opale:dsfr-fr',
  enforce: 'pre',
  resolveId(id, importer) {
    if (/^(\.\.?\/)+fr$/.test(id) && importer?.includes('@codegouvfr/react-dsfr'))
      return source('dsfr-fr.ts');
    return null;
  },
};
