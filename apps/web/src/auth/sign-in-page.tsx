import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { type FormEvent, useEffect, useState } from 'react';
import { useAuth } from './auth-context';
import { type DemoOptions, fetchDemoOptions } from './demo-sign-in';
import { DemoSignInForm } from './demo-sign-in-form';

/**
 * Sign-in: in the demo set-up, choose a role (and a school for a school user); otherwise paste a
 * token given by the académie. The token is kept for this browser tab only.
 */
export default function SignInPage() {
  const { signIn } = useAuth();
  const [demo, setDemo] = useState<DemoOptions | null | 'loading'>('loading');
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    fetchDemoOptions().then(setDemo, () => setDemo(null));
  }, []);

  const submitToken = (event: FormEvent) => {
    event.preventDefault();
    if (!signIn(token)) setError('Ce jeton n’est pas un jeton opale valide, ou il a expiré.');
  };

  return (
    <main id="contenu" className="fr-container fr-py-6w">
      <h1>Connexion à opale</h1>
      <p className="fr-text--lead">Suivi du déploiement d’op@le dans les établissements de l’académie.</p>
      {demo === 'loading' && <p role="status">Recherche de la connexion de démonstration…</p>}
      {demo && demo !== 'loading' && <DemoSignInForm options={demo} onToken={signIn} />}
      <form onSubmit={submitToken} className="fr-mt-4w" aria-labelledby="jeton-titre">
        <h2 id="jeton-titre" className="fr-h4">
          Se connecter avec un jeton
        </h2>
        <Input
          label="Jeton d’accès"
          hintText="Collez le jeton (JWT) fourni par l’académie."
          textArea
          state={error ? 'error' : 'default'}
          stateRelatedMessage={error ?? undefined}
          nativeTextAreaProps={{
            value: token,
            rows: 3,
            required: true,
            onChange: (e) => {
              setToken(e.currentTarget.value);
              setError(null);
            },
          }}
        />
        <Button type="submit">Se connecter avec ce jeton</Button>
      </form>
      {demo === null && (
        <Alert
          className="fr-mt-4w"
          severity="info"
          small
          description="Ce serveur ne propose pas de connexion de démonstration : utilisez un jeton."
        />
      )}
    </main>
  );
}
