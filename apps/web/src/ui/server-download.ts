/** The value of a list's filter as the export's URL takes it; absent ones are left out. */
export type ExportParam = string | number | boolean | null | undefined;

/** A file the server builds at `/exports/<what>.<format>`, and the parameters of its rows. */
export interface ServerExport {
  /** The table or list: `waves`, `tickets-list`, `eples-list`… */
  readonly what: string;
  readonly params?: Readonly<Record<string, ExportParam>>;
}

/** The formats the server writes, with their labels. */
export const EXPORT_FORMATS = [
  { format: 'xlsx', label: 'Excel (XLSX)' },
  { format: 'csv', label: 'CSV' },
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number]['format'];

/** The export's address: `/exports/tickets-list.csv?asOf=2024-01-22&status=open`. */
export function exportPath(file: ServerExport, format: ExportFormat): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(file.params ?? {})) {
    if (value !== null && value !== undefined && value !== '') query.set(name, String(value));
  }
  const search = query.toString();
  return `/exports/${file.what}.${format}${search ? `?${search}` : ''}`;
}

/**
 * Asks the server for a file with the user's own sign-in and hands it to the browser as a
 * download; answers what went wrong, in French, or null. The server builds every row, not only
 * those on screen.
 */
export async function downloadFromServer(
  path: string,
  token: string,
  filename: string,
): Promise<string | null> {
  const res = await fetch(path, { headers: { authorization: `Bearer ${token}` } }).catch(() => null);
  if (!res?.ok)
    return `Le téléchargement a échoué${res ? ` (${res.status})` : ''} : réessayez dans un instant.`;
  const url = URL.createObjectURL(await res.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  URL.revokeObjectURL(url);
  return null;
}
