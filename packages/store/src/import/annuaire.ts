import { type EpleKind, parseUai } from '@opale/domain';
import { eachRow, findColumns, headerKey } from './cells.js';
import { readCsv } from './csv.js';
import type { ParsedFile } from './parsed.js';

/** An establishment of the Annuaire de l'éducation kept as an EPLE of the académie. */
export interface AnnuaireEstablishment {
  readonly uai: string;
  readonly name: string;
  readonly kind: EpleKind;
  readonly commune: string;
  readonly departement: string;
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
  general: { names: ['voie_generale', 'lycee_general'], required: false },
  technological: { names: ['voie_technologique', 'lycee_technologique'], required: false },
  professional: { names: ['voie_professionnelle', 'lycee_professionnel'], required: false },
} as const;

/** "080" → "80", "002" → "02", "02A" → "2A", "974" → "974": the domain's département codes. */
export function departementCode(value: string): string {
  const v = value.trim().toUpperCase();
  if (/^0\d[\dAB]$/.test(v)) return v.slice(1);
  return v;
}

function kindOf(
  type: string,
  nature: string,
  voies: { g: boolean; t: boolean; p: boolean },
): EpleKind | null {
  const t = headerKey(type);
  const n = headerKey(nature);
  if (n.includes('regionaldenseignementadapte') || n.includes('erea')) return 'erea';
  if (t.startsWith('college') || n.startsWith('college')) return 'college';
  if (!t.startsWith('lycee') && !n.startsWith('lycee')) return null;
  if (n.includes('polyvalent')) return 'lpo';
  if (n.includes('professionnel')) return 'lp';
  if (n.includes('generaletechnologique') || n.includes('general')) return 'lgt';
  if (voies.p && (voies.g || voies.t)) return 'lpo';
  if (voies.p) return 'lp';
  return 'lgt';
}

/**
 * Reads the Annuaire de l'éducation CSV export (`;`-separated) and keeps the public, open
 * collèges, lycées and EREA of one académie; other rows are counted as skipped. A kept row with a
 * bad UAI (the message names the expected check letter) or a missing name is an error.
 */
export function parseAnnuaire(
  text: string,
  options: { academieCode: string },
): ParsedFile<AnnuaireEstablishment> & { readonly skipped: number } {
  const table = readCsv(text, { delimiter: 'auto' });
  if (!('rows' in table)) return { records: [], errors: [table], rows: 0, skipped: 0 };
  const { columns: c, errors } = findColumns(table, COLUMNS);
  if (errors.length > 0) return { records: [], errors, rows: table.rows.length, skipped: 0 };
  let skipped = 0;
  const yes = (v: string) => v === '1' || headerKey(v) === 'oui';
  const read = eachRow(table, (cell, fail) => {
    const kind = kindOf(cell(c.type), cell(c.nature), {
      g: yes(cell(c.general)),
      t: yes(cell(c.technological)),
      p: yes(cell(c.professional)),
    });
    const keep =
      cell(c.academie).replace(/^0+/, '') === options.academieCode.replace(/^0+/, '') &&
      headerKey(cell(c.status)) === 'public' &&
      (c.state === undefined || headerKey(cell(c.state)).startsWith('ouvert')) &&
      kind !== null;
    if (!keep) {
      skipped += 1;
      return null;
    }
    const uai = parseUai(cell(c.uai), 'identifiant_de_l_etablissement');
    if (!uai.ok) fail('identifiant_de_l_etablissement', uai.errors[0]?.message ?? 'expected a UAI');
    const name = cell(c.name);
    if (name === '') fail('nom_etablissement', 'expected the name of the establishment');
    const commune = cell(c.commune);
    if (commune === '') fail('nom_commune', 'expected the commune');
    const departement = departementCode(cell(c.departement));
    if (!/^(\d{2}|2A|2B|97\d)$/.test(departement))
      fail(
        'code_departement',
        `expected a département code such as 080 or 02A, got ${JSON.stringify(cell(c.departement))}`,
      );
    return uai.ok ? { uai: uai.value, name, kind: kind as EpleKind, commune, departement } : null;
  });
  return { ...read, errors: read.errors, rows: table.rows.length, skipped };
}
