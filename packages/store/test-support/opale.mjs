// The store's commands of `opale` in their own process, for the store's tests: the `opale` bin is
// @opale/api's, which adds the demo set-up's (seed, token). Usage: node opale.mjs <arguments…>
import { createProgram, runProgram } from '../dist/cli/program.js';

await runProgram(createProgram());
