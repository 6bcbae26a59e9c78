import { academieDemo } from '@opale/sample-data';
import { describe, expect, it } from 'vitest';
import { restitutionsTable } from './restitution-table.js';

describe('the restitutions table', () => {
  it('lists the alerts raised by the day, as they stood that day', () => {
    const table = restitutionsTable(academieDemo, '2024-01-22');
    expect(table.rows).toHaveLength(academieDemo.restitutions.filter((a) => a.on <= '2024-01-22').length);
    expect(table.title).toBe('Alertes des restitutions op@le au 22/01/2024 (12 actives sur 15)');
    for (const row of table.rows) expect(row).toHaveLength(table.header.length);
    // Cleared on 06/02/2024, after the day: still active on it, and its clearing not shown.
    const later = table.rows.find((r) => r[5] === 'Titres de 2023 sans débiteur');
    expect(later?.slice(4)).toEqual([
      'Avertissement',
      'Titres de 2023 sans débiteur',
      '09/01/2024',
      null,
      'Active',
    ]);
    const cleared = table.rows.find((r) => r[5] === 'Fournisseurs en double dans les tiers');
    expect(cleared?.slice(6)).toEqual(['05/01/2024', '17/01/2024', 'Levée']);
  });

  it('holds nothing before the first alert', () => {
    expect(restitutionsTable(academieDemo, '2024-01-02').rows).toEqual([]);
  });
});
