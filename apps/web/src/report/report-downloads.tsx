import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { useSession } from '../auth/auth-context';

const FORMATS = [
  { format: 'xlsx', label: 'Excel (XLSX)' },
  { format: 'csv', label: 'CSV' },
] as const;

/**
 * Downloads every table of the report as of the day shown, built by the server (`/exports/`) with
 * the user's own sign-in: every row, not only those on screen.
 */
export function ReportDownloads(props: { asOf: string }) {
  const session = useSession();
  const [problem, setProblem] = useState<string | null>(null);
  const download = async (format: 'csv' | 'xlsx') => {
    setProblem(null);
    const res = await fetch(`/exports/report.${format}?asOf=${props.asOf}`, {
      headers: { authorization: `Bearer ${session.token}` },
    }).catch(() => null);
    if (!res?.ok) {
      setProblem(`Le téléchargement a échoué${res ? ` (${res.status})` : ''} : réessayez dans un instant.`);
      return;
    }
    const url = URL.createObjectURL(await res.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = `opale-rapport-${props.asOf}.${format}`;
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <div className="opale-no-print fr-btns-group fr-btns-group--inline-sm">
      {FORMATS.map(({ format, label }) => (
        <Button
          key={format}
          priority="tertiary"
          iconId="fr-icon-download-line"
          onClick={() => void download(format)}
          title={`Télécharger toutes les tables du rapport au format ${label}`}
        >
          Toutes les tables ({label})
        </Button>
      ))}
      {problem && (
        <p className="fr-error-text" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
