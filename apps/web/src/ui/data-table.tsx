import type { ReactNode } from 'react';
import type { ServerExport } from './server-download';
import { ServerDownloads } from './server-downloads';

/** A cell: its text, and what to show when it differs (a link, a badge). */
export type Cell = string | number | { readonly text: string; readonly node: ReactNode };

export interface TableRow {
  readonly key: string;
  /** The row's header cell, when the first column names the row (as on the slides). */
  readonly header?: Cell;
  readonly cells: readonly Cell[];
}

export interface DataTableProps {
  readonly caption: string;
  readonly headers: readonly string[];
  readonly rows: readonly TableRow[];
  /**
   * The server's export of this table (every row, with the filters shown), offered in CSV and
   * XLSX; no download buttons when absent.
   */
  readonly serverExport?: ServerExport;
  /** The downloaded file's name without extension; the export's name by default. */
  readonly fileName?: string;
  /** Shown in place of the body when there is no row. */
  readonly empty?: string;
  readonly bordered?: boolean;
}

export const cellText = (cell: Cell): string =>
  typeof cell === 'object' ? cell.text : typeof cell === 'number' ? String(cell) : cell;
const cellNode = (cell: Cell): ReactNode => (typeof cell === 'object' ? cell.node : cell);

/**
 * A DSFR table with its caption and column headers, downloadable from the server in CSV and
 * XLSX when it exports the table: every row, not only those on screen.
 */
export function DataTable(props: DataTableProps) {
  const { caption, headers, rows, fileName, serverExport, empty, bordered = true } = props;
  return (
    <div className="opale-table-block">
      <div className={`fr-table${bordered ? ' fr-table--bordered' : ''}`}>
        <div className="fr-table__wrapper">
          <div className="fr-table__container">
            <div className="fr-table__content">
              <table>
                <caption>{caption}</caption>
                <thead>
                  <tr>
                    {headers.map((h, i) => (
                      <th key={h || `column-${i}`} scope="col">
                        {h || <span className="fr-sr-only">Ligne</span>}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.length === 0 && empty ? (
                    <tr>
                      <td colSpan={headers.length}>{empty}</td>
                    </tr>
                  ) : (
                    rows.map((row) => (
                      <tr key={row.key}>
                        {row.header !== undefined && <th scope="row">{cellNode(row.header)}</th>}
                        {row.cells.map((cell, i) => (
                          // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed
                          <td key={i}>{cellNode(cell)}</td>
                        ))}
                      </tr>
                    ))
                  )}
                </tbody>
              </table>
            </div>
          </div>
        </div>
      </div>
      {rows.length > 0 && serverExport && (
        <ServerDownloads file={serverExport} filename={fileName ?? serverExport.what} label={caption} />
      )}
    </div>
  );
}
