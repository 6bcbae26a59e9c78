import { builder } from '../builder.js';
import './scalars.js';
import './errors.js';
import './report.js';
import './ticket.js';
import './eple.js';
import './wave.js';
import './agence.js';
import './training.js';
import './environment.js';

builder.queryType({});
builder.mutationType({});

/** The whole schema. */
export const schema = builder.toSchema({ sortSchema: true });
