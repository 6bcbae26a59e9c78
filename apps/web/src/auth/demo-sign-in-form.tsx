import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { isScopedToOwnSchools, type Role } from '@opale/domain';
import { type FormEvent, useState } from 'react';
import { type DemoOptions, fetchDemoToken } from './demo-sign-in';
import { ROLE_LABELS } from './role-labels';

/** The demo set-up's choice of a role, and of a school for a school user. */
export function DemoSignInForm(props: { options: DemoOptions; onToken: (token: string) => boolean }) {
  const { roles, schools } = props.options;
  const [role, setRole] = useState<Role>(
    roles.includes('committee') ? 'committee' : (roles[0] ?? 'committee'),
  );
  const [uai, setUai] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if (!props.onToken(await fetchDemoToken(role, uai))) setError('Le jeton reçu n’est pas valide.');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} aria-labelledby="demo-titre">
      <h2 id="demo-titre" className="fr-h4">
        Démonstration : choisir un rôle
      </h2>
      <RadioButtons
        legend="Rôle"
        name="role"
        options={roles.map((r) => ({
          label: ROLE_LABELS[r],
          nativeInputProps: { value: r, checked: role === r, onChange: () => setRole(r) },
        }))}
      />
      {isScopedToOwnSchools(role) && (
        <Select
          label="Établissement"
          hint="Un personnel d’établissement ne voit que les données de son établissement."
          nativeSelectProps={{ value: uai, required: true, onChange: (e) => setUai(e.currentTarget.value) }}
        >
          <option value="" disabled>
            Choisir un établissement
          </option>
          {schools.map((s) => (
            <option key={s.uai} value={s.uai}>
              {s.name}
              {s.commune ? ` (${s.commune})` : ''} — {s.uai} — vague {s.waveId}
            </option>
          ))}
        </Select>
      )}
      {error && <Alert severity="error" small description={error} className="fr-mb-2w" />}
      <Button type="submit" disabled={busy}>
        Se connecter
      </Button>
    </form>
  );
}
