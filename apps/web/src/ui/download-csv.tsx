import { Button } from '@codegouvfr/react-dsfr/Button';
import { fileSlug, toCsv } from './csv';

/**
 * Builds the CSV file in the browser from the rows on screen and hands it to the user: for the
 * tables the server does not export; its label says that only the rows shown are in it.
 */
export function DownloadCsvButton(props: { filename: string; label: string; lines: () => string[][] }) {
  const download = () => {
    const blob = new Blob([toCsv(props.lines())], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `${fileSlug(props.filename)}.csv`;
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <Button
      className="opale-no-print"
      priority="tertiary"
      size="small"
      iconId="fr-icon-download-line"
      onClick={download}
      title={`Télécharger les lignes affichées de « ${props.label} » au format CSV`}
    >
      Télécharger les lignes affichées (CSV)
    </Button>
  );
}
