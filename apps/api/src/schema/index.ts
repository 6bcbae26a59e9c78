import { builder } from '../builder.js';
import './scalars.js';
import './errors.js';
import './report.js';

builder.queryType({});

/** The whole schema. */
export const schema = builder.toSchema({ sortSchema: true });
