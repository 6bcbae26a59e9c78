import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { useSession } from '../auth/auth-context';
import { fileSlug } from './file-slug';
import { downloadFromServer, EXPORT_FORMATS, exportPath, type ServerExport } from './server-download';

/**
 * A table's downloads, built by the server in both formats with the user's sign-in: every row
 * of the table or list with the filters shown, not only the page on screen.
 */
export function ServerDownloads(props: {
  file: ServerExport;
  /** The file's name without extension. */
  filename: string;
  /** What the file holds, for the buttons' titles. */
  label: string;
  /** The buttons' text for a format's label; `Télécharger (CSV)` by default. */
  text?: (format: string) => string;
  size?: 'small' | 'medium';
}) {
  const session = useSession();
  const [problem, setProblem] = useState<string | null>(null);
  const download = async (format: 'csv' | 'xlsx') => {
    setProblem(null);
    const name = `${fileSlug(props.filename)}.${format}`;
    setProblem(await downloadFromServer(exportPath(props.file, format), session.token, name));
  };
  return (
    <div className="opale-no-print fr-btns-group fr-btns-group--inline-sm">
      {EXPORT_FORMATS.map(({ format, label }) => (
        <Button
          key={format}
          priority="tertiary"
          size={props.size ?? 'small'}
          iconId="fr-icon-download-line"
          onClick={() => void download(format)}
          title={`Télécharger « ${props.label} », toutes les lignes, au format ${label}`}
        >
          {props.text ? props.text(label) : `Télécharger (${label})`}
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
