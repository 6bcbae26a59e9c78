import { formatLongDate } from '../format/format';
import { type FragmentType, getFragmentData, graphql } from '../gql';

export const EnvironmentDatesFragment = graphql(`
  fragment EnvironmentDatesText on EnvironmentDates {
    sandbox
    fm1
  }
`);

/** Which Sunday's production data the sandbox and FM1 hold. */
export function EnvironmentDates(props: { dates: FragmentType<typeof EnvironmentDatesFragment> }) {
  const { sandbox, fm1 } = getFragmentData(EnvironmentDatesFragment, props.dates);
  return (
    <ul className="fr-text--sm opale-environments" aria-label="Dates des données des environnements">
      <li>Bac à sable : données du {formatLongDate(sandbox)}</li>
      <li>FM1 (formation) : données du {formatLongDate(fm1)}</li>
    </ul>
  );
}
