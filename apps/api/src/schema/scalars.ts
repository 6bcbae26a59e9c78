import { isIsoDate } from '@opale/domain';
import { GraphQLError } from 'graphql';
import { builder } from '../builder.js';

/** A calendar day `YYYY-MM-DD` (a day in Europe/Paris): what every `asOf` is. */
builder.scalarType('Date', {
  description: 'Un jour du calendrier à Paris, écrit AAAA-MM-JJ (ex. 2024-01-22).',
  serialize: (value) => value as string,
  parseValue: (value) => {
    if (!isIsoDate(value))
      throw new GraphQLError(`expected a calendar date written YYYY-MM-DD, got ${JSON.stringify(value)}`);
    return value;
  },
});
