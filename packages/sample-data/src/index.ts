export { DEMO_AS_OF } from './academie/as-of.js';
export { academieDemo } from './academie/dataset.js';
export { defaultKitActions } from './academie/kit-actions.js';
export { demoTicketOpenOn } from './academie/open-tickets.js';
export { generateNational, type NationalOptions } from './national/generate.js';
export { chance, mulberry32, pick, type Random, randomInt, shuffled } from './prng.js';
