import { ServerDownloads } from '../ui/server-downloads';

/**
 * Downloads every table of the report as of the day shown, built by the server (`/exports/`) with
 * the user's own sign-in: every row, not only those on screen.
 */
export function ReportDownloads(props: { asOf: string }) {
  return (
    <ServerDownloads
      file={{ what: 'report', params: { asOf: props.asOf } }}
      filename={`opale-rapport-${props.asOf}`}
      label="toutes les tables du rapport"
      text={(format) => `Toutes les tables (${format})`}
      size="medium"
    />
  );
}
