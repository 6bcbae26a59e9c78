import { useQuery } from 'urql';
import { useAsOf } from '../date/as-of';
import { graphql } from '../gql';
import { TrackTable } from '../training/track-table';
import { QueryError } from '../ui/query-state';

const SchoolTrainingQuery = graphql(`
  query SchoolTraining($wave: String!, $asOf: Date!) {
    training(wave: $wave, asOf: $asOf) {
      summary {
        ...TrackTable
      }
    }
  }
`);

/** The training of the school's wave as planned by the chosen day: the tracks its staff follow. */
export function SchoolTraining({ waveId }: { waveId: string }) {
  const [asOf] = useAsOf();
  const [{ data, error }] = useQuery({ query: SchoolTrainingQuery, variables: { wave: waveId, asOf } });
  return (
    <section aria-labelledby="formation-titre">
      <h2 id="formation-titre" className="fr-h4">
        Formation
      </h2>
      {error && <QueryError error={error} />}
      {data && <TrackTable summary={data.training.summary} />}
    </section>
  );
}
