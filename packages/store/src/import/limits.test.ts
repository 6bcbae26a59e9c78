import { describe, expect, it } from 'vitest';
import { DEFAULT_IMPORT_LIMITS, importLimitsFrom } from './limits.js';

describe('importLimitsFrom', () => {
  it('gives the defaults when nothing is set, or set empty', () => {
    expect(importLimitsFrom({})).toEqual({ ok: true, value: DEFAULT_IMPORT_LIMITS });
    expect(importLimitsFrom({ OPALE_IMPORT_MAX_BYTES: ' ' })).toEqual({
      ok: true,
      value: DEFAULT_IMPORT_LIMITS,
    });
    expect(DEFAULT_IMPORT_LIMITS).toEqual({
      maxBytes: 52_428_800,
      maxInflatedBytes: 268_435_456,
      maxRows: 1_000_000,
    });
  });

  it('reads each limit from its variable', () => {
    expect(
      importLimitsFrom({
        OPALE_IMPORT_MAX_BYTES: '1000',
        OPALE_IMPORT_MAX_INFLATED_BYTES: ' 2000 ',
        OPALE_IMPORT_MAX_ROWS: '1',
      }),
    ).toEqual({ ok: true, value: { maxBytes: 1000, maxInflatedBytes: 2000, maxRows: 1 } });
  });

  it('names every variable set to anything but a whole number greater than 0', () => {
    const read = importLimitsFrom({
      OPALE_IMPORT_MAX_BYTES: '50MiB',
      OPALE_IMPORT_MAX_INFLATED_BYTES: '0',
      OPALE_IMPORT_MAX_ROWS: '1e6',
    });
    expect(read).toEqual({
      ok: false,
      errors: [
        {
          field: 'OPALE_IMPORT_MAX_BYTES',
          code: 'invalid_format',
          message:
            'OPALE_IMPORT_MAX_BYTES: expected a whole number of bytes greater than 0 (default 52428800), got "50MiB"',
        },
        {
          field: 'OPALE_IMPORT_MAX_INFLATED_BYTES',
          code: 'invalid_format',
          message:
            'OPALE_IMPORT_MAX_INFLATED_BYTES: expected a whole number of bytes greater than 0 (default 268435456), got "0"',
        },
        {
          field: 'OPALE_IMPORT_MAX_ROWS',
          code: 'invalid_format',
          message:
            'OPALE_IMPORT_MAX_ROWS: expected a whole number of rows greater than 0 (default 1000000), got "1e6"',
        },
      ],
    });
    for (const bad of ['-1', '1.5', '99999999999999999999'])
      expect(importLimitsFrom({ OPALE_IMPORT_MAX_ROWS: bad }).ok).toBe(false);
  });
});
