import { can, type Role } from '@opale/domain';
import { Link } from 'react-router';
import { useSession } from '../auth/auth-context';
import { ROLE_LABELS } from '../auth/role-labels';
import { useDatedPath } from '../date/as-of';
import { formatDate } from '../format/format';
import { type FragmentType, getFragmentData, graphql } from '../gql';

export const ResourceCardFragment = graphql(`
  fragment ResourceCard on Resource {
    id
    title
    kind
    description
    url
    mail
    itopPrefix
    audience
    position
    activeFrom
    activeUntil
    version
  }
`);

/** The roles a resource serves, as users name them. */
export function audienceText(audience: readonly Role[]): string {
  return audience.map((role) => ROLE_LABELS[role]).join(', ');
}

/**
 * One resource: what it offers and every way to reach it. Its address opens in a new window,
 * marked as DSFR marks external links (the icon comes with `target="_blank"`, the title says it).
 */
export function ResourceCard(props: {
  resource: FragmentType<typeof ResourceCardFragment>;
  /** For the admin: the buttons to change or retire it. */
  actions?: React.ReactNode;
}) {
  const r = getFragmentData(ResourceCardFragment, props.resource);
  const { role } = useSession();
  const dated = useDatedPath();
  return (
    <li className="fr-mb-3w">
      <h3 className="fr-h6 fr-mb-1w">{r.title}</h3>
      <p className="fr-mb-1w">{r.description}</p>
      <ul className="fr-mb-1w">
        {r.url && (
          <li>
            <a
              className="fr-link"
              href={r.url}
              target="_blank"
              rel="noopener noreferrer"
              title={`${r.title} – nouvelle fenêtre`}
            >
              {r.url.replace(/^https:\/\//, '')}
            </a>
          </li>
        )}
        {r.mail && (
          <li>
            Par mail :{' '}
            <a className="fr-link" href={`mailto:${r.mail}`}>
              {r.mail}
            </a>
          </li>
        )}
        {r.itopPrefix && (
          <li>
            Par ITOP : un ticket dont le titre commence par <strong>{r.itopPrefix}</strong>
            {can(role, 'openTicket') && (
              <>
                {' '}
                — <Link to={dated('/tickets/nouveau')}>rédiger le ticket</Link>
              </>
            )}
          </li>
        )}
      </ul>
      <p className="fr-text--xs fr-mb-1w">
        Pour : {audienceText(r.audience)} · proposée depuis le {formatDate(r.activeFrom)}
        {r.activeUntil && ` · retirée le ${formatDate(r.activeUntil)}`}
      </p>
      {props.actions}
    </li>
  );
}
