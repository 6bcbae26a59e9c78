import type { EpleKind } from '@opale/domain';
import { type Cell, eachRow, findColumns, headerKey, once, uaiCell } from './cells.js';
import type { TextTable } from './csv.js';
import type { ParsedFile } from './parsed.js';

/** An establishment of the Annuaire de l'éducation kept as an EPLE of the académie. */
export interface AnnuaireEstablishment {
  readonly uai: string;
  readonly name: string;
  readonly kind: EpleKind;
  readonly commune: string;
  readonly departement: string;
}

/** The Annuaire's EPLE of the académie, and how many rows were something else. */
export interface ParsedAnnuaire extends ParsedFile<AnnuaireEstablishment> {
  /** Rows left out: private, closed, not a collège, lycée or EREA, or of another académie. */
  readonly skipped: number;
}

const COLUMNS = {
  uai: { names: ['identifiant_de_l_etablissement', 'uai'], required: true },
  name: { names: ['nom_etablissement'], required: true },
  type: { names: ['type_etablissement'], required: true },
  status: { names: ['statut_public_prive'], required: true },
  commune: { names: ['nom_commune'], required: true },
  departement: { names: ['code_departement'], required: true },
  academie: { names: ['code_academie'], required: true },
  state: { names: ['etat'], required: false },
  nature: { names: ['libelle_nature', 'nature_uai_libe'], required: false },
  general: { names: ['lycee_general', 'voie_generale'], required: false },
  technological: { names: ['lycee_technologique', 'voie_technologique'], required: false },
  professional: { names: ['lycee_professionnel', 'voie_professionnelle'], required: false },
  agricultural: { names: ['lycee_agricole'], required: false },
  military: { names: ['lycee_militaire'], required: false },
} as const;

type Columns = Partial<Record<keyof typeof COLUMNS, string>>;

/** "080" → "80", "002" → "02", "02A" → "2A", "974" → "974": the domain's département codes. */
export function departementCode(value: string): string {
  const v = value.trim().toUpperCase();
  return /^0\d[\dAB]$/.test(v) ? v.slice(1) : v;
}

const yes = (v: string) => v === '1' || headerKey(v) === 'oui';

/**
 * The kind of EPLE a row describes, or `null` when it is none. A lycée's tracks (voies) tell
 * LGT, LPO and LP apart when the row has them, its nature label otherwise.
 */
function kindOf(cell: Cell, c: Columns): EpleKind | null {
  const type = headerKey(cell(c.type));
  const nature = headerKey(cell(c.nature));
  if (nature.includes('enseignementadapte') || type === 'erea') return 'erea';
  if (type.startsWith('college')) return 'college';
  if (!type.startsWith('lycee')) return null;
  // Agricultural and military lycées answer to other ministries; a section (SEP, SGT) belongs to
  // the lycée that runs it and is no EPLE of its own.
  if (yes(cell(c.agricultural)) || yes(cell(c.military))) return null;
  if (/agricole|militaire|^section/.test(nature)) return null;
  const voies = [c.general, c.technological, c.professional].map((column) => cell(column));
  if (voies.some((v) => v !== '')) {
    const [g, t, p] = voies.map(yes);
    if (p && (g || t)) return 'lpo';
    return p ? 'lp' : 'lgt';
  }
  if (nature.includes('polyvalent')) return 'lpo';
  if (nature.includes('professionnel')) return 'lp';
  return 'lgt';
}

/**
 * Reads the Annuaire de l'éducation CSV export (`;`-separated, read by {@link readCsv}) and keeps the public, open
 * collèges, lycées and EREA of the académie `academieCode`; other rows are counted in `skipped`.
 * A kept row with a bad UAI (the reason names the expected check letter), no name, no commune,
 * a bad département code, or a UAI already seen is an error.
 */
export function parseAnnuaire(table: TextTable, options: { academieCode: string }): ParsedAnnuaire {
  const { columns: c, errors } = findColumns(table, COLUMNS);
  if (errors.length > 0) return { records: [], errors, rows: table.rows.length, skipped: 0 };
  const academie = options.academieCode.trim().replace(/^0+/, '');
  const seen = new Set<string>();
  let skipped = 0;
  const read = eachRow(table, (cell, fail) => {
    const kind = kindOf(cell, c);
    // "A FERMER" is still open; "A OUVRIR" is not yet.
    const state = headerKey(cell(c.state));
    const open = c.state === undefined || state === 'ouvert' || state === 'afermer';
    const ours = cell(c.academie).replace(/^0+/, '') === academie;
    if (kind === null || !open || !ours || headerKey(cell(c.status)) !== 'public') {
      skipped += 1;
      return null;
    }
    const uai = uaiCell(cell(c.uai), 'identifiant_de_l_etablissement', fail);
    if (uai !== null) once(seen, uai, 'identifiant_de_l_etablissement', fail);
    const name = cell(c.name);
    if (name === '') fail('nom_etablissement', 'expected the name of the establishment');
    const commune = cell(c.commune);
    if (commune === '') fail('nom_commune', 'expected the name of the commune');
    const departement = departementCode(cell(c.departement));
    if (!/^(\d{2}|2A|2B|97\d)$/.test(departement))
      fail(
        'code_departement',
        `expected a département code such as 080, 02A or 974, got ${JSON.stringify(cell(c.departement))}`,
      );
    return uai === null ? null : { uai, name, kind, commune, departement };
  });
  return { ...read, skipped };
}
