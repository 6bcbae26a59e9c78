// react-dsfr's `fr` object without its colour tables: the components this app renders read only
// `fr.cx`, and react-dsfr's colour-scheme script reads one colour (the page's background, for the
// `theme-color` meta). The tables (`fr.colors.options`, `fr.colors.decisions`: 95 kB before gzip)
// would otherwise ship in the first screen's script. vite.config.ts puts this module in place of
// react-dsfr's own `fr` for react-dsfr's modules only.
import { breakpoints } from '@codegouvfr/react-dsfr/fr/breakpoints';
import { cx } from '@codegouvfr/react-dsfr/fr/cx';
import { typography } from '@codegouvfr/react-dsfr/fr/generatedFromCss/typography';
import { spacing } from '@codegouvfr/react-dsfr/fr/spacing';

/** The DSFR's `background-default-grey`, light and dark: what the `theme-color` meta is set to. */
const BACKGROUND = { light: '#ffffff', dark: '#161616' };

export const fr = {
  breakpoints,
  spacing,
  cx,
  typography,
  colors: {
    getHex: ({ isDark }: { isDark: boolean }) => ({
      decisions: {
        background: { default: { grey: { default: isDark ? BACKGROUND.dark : BACKGROUND.light } } },
      },
    }),
  },
};
