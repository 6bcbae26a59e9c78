import { graphql } from '../gql';

/** The waves and their bascule days, to choose one from: the forecast and re-planning pages. */
export const WaveChoicesQuery = graphql(`
  query WaveChoices($asOf: Date!) {
    waves(asOf: $asOf) {
      id
      switchDate
    }
  }
`);
