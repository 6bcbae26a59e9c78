import type { Ticket } from '@opale/domain';
import type { TextTable } from './csv.js';
import { ITOP_ATTRIBUTES, type ItopAttribute, type ItopEntry, mapItopTickets } from './itop-map.js';
import { normaliseLabel } from './itop-values.js';
import type { ParsedFile, RowError } from './parsed.js';

// The headers iTop writes for each attribute, best first: the attribute code, then the French
// labels of a localised export (`Equipe`, `Equipe->Nom complet`…). An external key's own column
// may hold its id: its friendly name column wins when both are there.
const HEADERS: Readonly<Record<ItopAttribute, readonly string[]>> = {
  ref: ['ref', 'Référence'],
  title: ['title', 'Titre'],
  status: ['status', 'Statut', 'Etat', 'État'],
  start_date: ['start_date', 'Date de début', "Date d'ouverture"],
  assignment_date: ['assignment_date', "Date d'assignation"],
  resolution_date: ['resolution_date', 'Date de résolution'],
  close_date: ['close_date', 'Date de fermeture', 'Date de clôture'],
  last_update: ['last_update', 'Dernière mise à jour'],
  team_id_friendlyname: [
    'team_id_friendlyname',
    'team_id->friendlyname',
    'team_name',
    'team_id->name',
    'Equipe->Nom complet',
    'Nom Equipe',
    'Equipe->Nom',
    'Equipe',
  ],
  caller_id_friendlyname: [
    'caller_id_friendlyname',
    'caller_id->friendlyname',
    'Demandeur->Nom complet',
    'Demandeur',
  ],
  org_id_friendlyname: [
    'org_id_friendlyname',
    'org_id->friendlyname',
    'org_name',
    'org_id->name',
    'Client->Nom complet',
    'Nom Client',
    'Client->Nom',
    'Client',
    'Organisation',
  ],
  service_name: [
    'service_name',
    'service_id_friendlyname',
    'service_id->friendlyname',
    'service_id->name',
    'Nom du service',
    'Service->Nom complet',
    'Service->Nom',
    'Service',
  ],
  description: ['description', 'Description'],
  escalation_flag: ['escalation_flag', 'Ticket à surveiller'],
  escalation_reason: ['escalation_reason', 'Raison de surveillance'],
};

const REQUIRED: readonly ItopAttribute[] = ['ref', 'title', 'status', 'start_date'];

function headerKey(header: string): string {
  // `->` joins a key to its remote attribute; normalising would turn its dash into a space.
  return header.split('->').map(normaliseLabel).join('->');
}

/** The column of the file read for each attribute it holds. */
function columnsOf(header: readonly string[]): Map<ItopAttribute, string> {
  const byKey = new Map<string, string>();
  for (const column of header) {
    const key = headerKey(column);
    if (!byKey.has(key)) byKey.set(key, column);
  }
  const columns = new Map<ItopAttribute, string>();
  for (const attribute of ITOP_ATTRIBUTES) {
    for (const alias of HEADERS[attribute]) {
      const column = byKey.get(headerKey(alias));
      if (column !== undefined) {
        columns.set(attribute, column);
        break;
      }
    }
  }
  return columns;
}

/**
 * Reads iTop's CSV export of `UserRequest` objects (read by {@link readCsv}) into domain tickets
 * (channel `itop`), mapped by {@link mapItopTicket}. The separator is `,` or `;`; the header names the columns either by
 * attribute code (`ref,title,status,start_date,…`) or by their French labels ("Référence",
 * "Titre", "Statut", "Date de début", "Equipe"…), in any order; unknown columns are ignored.
 * `ref`, `title`, `status` and `start_date` are required. Every bad row is reported with its line
 * and column; a missing column is reported on line 1. `lines` holds the line of each record (a
 * quoted cell may span lines). Never throws.
 */
export function parseItopCsv(table: TextTable): ParsedFile<Ticket> & { readonly lines: number[] } {
  const columns = columnsOf(table.header);
  const missing: RowError[] = REQUIRED.filter((a) => !columns.has(a)).map((attribute) => ({
    line: 1,
    field: attribute,
    reason: `missing column: expected a column ${HEADERS[attribute].map((h) => JSON.stringify(h)).join(' or ')}`,
  }));
  if (missing.length > 0) return { records: [], errors: missing, rows: table.rows.length, lines: [] };
  const fieldName = (attribute: ItopAttribute): string => columns.get(attribute) ?? attribute;
  const entries = table.rows.map(
    (row): ItopEntry => ({
      record: Object.fromEntries([...columns].map(([attribute, column]) => [attribute, row.cells[column]])),
      source: { line: row.line, fieldName },
    }),
  );
  return { ...mapItopTickets(entries), rows: table.rows.length };
}
