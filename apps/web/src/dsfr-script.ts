// The DSFR's script for what this app renders, in place of its whole bundle (every component's
// behaviour): vite.config.ts hands this module to react-dsfr's `start()` when it loads the DSFR.
// The core (collapses, modals' focus trap, breakpoints) and the color scheme first, then each
// component that has a script, in the order of the DSFR's own bundle. `dsfr-assets.test.ts`
// fails when a component of src/dsfr.css has a script that is missing here.
import '@codegouvfr/react-dsfr/dsfr/core/core.module.js';
import '@codegouvfr/react-dsfr/dsfr/scheme/scheme.module.js';
import '@codegouvfr/react-dsfr/dsfr/component/button/button.module.js';
import '@codegouvfr/react-dsfr/dsfr/component/checkbox/checkbox.module.js';
import '@codegouvfr/react-dsfr/dsfr/component/modal/modal.module.js';
import '@codegouvfr/react-dsfr/dsfr/component/navigation/navigation.module.js';
import '@codegouvfr/react-dsfr/dsfr/component/header/header.module.js';
import '@codegouvfr/react-dsfr/dsfr/component/table/table.module.js';
