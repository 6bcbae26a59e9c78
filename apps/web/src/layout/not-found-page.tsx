import { Link } from 'react-router';
import { useDatedPath } from '../date/as-of';

export function NotFoundPage() {
  const dated = useDatedPath();
  return (
    <>
      <h1 className="fr-h2">Page introuvable</h1>
      <p>
        Cette adresse ne correspond à aucune page d’opale.{' '}
        <Link to={dated('/')}>Revenir au tableau de bord</Link>
      </p>
    </>
  );
}
