import { Link } from 'react-router';
import { useDatedPath } from '../date/as-of';
import { formatDate } from '../format/format';
import { type FragmentType, getFragmentData, graphql } from '../gql';

export const WaveChangeFragment = graphql(`
  fragment WaveChangeItem on EpleWaveChange {
    from
    to
    on
    recordedBy
  }
`);

/**
 * The school's changes of wave, when it had any: the figures of a day before a change count it in
 * its former wave, so the page says from when it is in the one shown.
 */
export function WaveHistory(props: { changes: FragmentType<typeof WaveChangeFragment>[] }) {
  const changes = getFragmentData(WaveChangeFragment, props.changes);
  const dated = useDatedPath();
  if (changes.length === 0) return null;
  const wave = (id: string) => <Link to={dated(`/vagues/${id}`)}>{id}</Link>;
  return (
    <section aria-labelledby="vagues-historique" className="fr-mb-3w">
      <h2 id="vagues-historique" className="fr-h5">
        Changements de vague
      </h2>
      <ul>
        {changes.map((c) => (
          <li key={`${c.on}-${c.from}-${c.to}`}>
            Le {formatDate(c.on)} : de {wave(c.from)} vers {wave(c.to)}{' '}
            <span className="fr-text--xs">(enregistré par {c.recordedBy})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
