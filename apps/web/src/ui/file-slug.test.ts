import { describe, expect, it } from 'vitest';
import { fileSlug } from './file-slug';

describe('downloaded files’ names', () => {
  it('names files without accents or spaces', () => {
    expect(fileSlug('Demandes d’assistance 2024-01-22')).toBe('demandes-d-assistance-2024-01-22');
  });
});
