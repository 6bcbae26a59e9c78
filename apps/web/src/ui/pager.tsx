import { Button } from '@codegouvfr/react-dsfr/Button';
import { PAGE_PARAM, useSearchParam } from './use-search-param';

/** Forward paging through a connection, the cursor kept in the URL (`?apres=`). */
export function Pager(props: {
  label: string;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}) {
  const [after, setAfter] = useSearchParam(PAGE_PARAM);
  return (
    <nav className="opale-no-print fr-btns-group fr-btns-group--inline" aria-label={props.label}>
      {after && (
        <Button priority="secondary" onClick={() => setAfter(null)}>
          Première page
        </Button>
      )}
      {props.pageInfo.hasNextPage && (
        <Button priority="secondary" onClick={() => setAfter(props.pageInfo.endCursor)}>
          Page suivante
        </Button>
      )}
    </nav>
  );
}
