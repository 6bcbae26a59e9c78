import { describe, expect, it } from 'vitest';
import { readConfig } from './config.js';

const SECRET = 'k3J9x-Qm2P_v8Lr4Tz7Wn1Yb6Hc0Ds5F';

const errorsOf = (env: Record<string, string>, argv: string[] = []) => {
  const read = readConfig(env, argv);
  return read.ok ? [] : read.errors;
};
const settingsOf = (env: Record<string, string>, argv: string[] = []) => {
  const read = readConfig(env, argv);
  if (!read.ok) throw new Error(read.errors.join('\n'));
  return read.value;
};

describe('the server settings', () => {
  it('has safe defaults: demo set-up on the loopback, masked errors, 1 MiB bodies, no CORS', () => {
    const config = settingsOf({});
    expect(config.auth.kind).toBe('demo');
    expect(config.host).toBe('127.0.0.1');
    expect(config.development).toBe(false);
    expect(config.limits).toEqual({ bodyBytes: 1024 ** 2, variablesBytes: 64 * 1024, listLength: 1000 });
    expect(config.corsOrigins).toEqual([]);
    expect(config.tokenMaxLifetimeSeconds).toBe(86_400);
  });

  it('listens everywhere with a real secret, or where HOST says', () => {
    expect(settingsOf({ OPALE_JWT_SECRET: SECRET }).host).toBe('0.0.0.0');
    expect(settingsOf({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(settingsOf({ OPALE_JWT_SECRET: SECRET, HOST: '10.0.0.1' }).host).toBe('10.0.0.1');
  });

  it('is in development only when asked on purpose, whatever NODE_ENV says', () => {
    expect(settingsOf({ NODE_ENV: 'development' }).development).toBe(false);
    expect(settingsOf({ OPALE_DEV: '1' }).development).toBe(true);
    expect(settingsOf({}, ['--dev']).development).toBe(true);
  });

  it.each([
    ['short', 'x'.repeat(31)],
    ['32 spaces', ' '.repeat(32)],
    ['padded with spaces', `${' '.repeat(20)}abcdefghijkl${' '.repeat(20)}`],
    ['one character repeated', 'a'.repeat(64)],
    ['two characters', 'ab'.repeat(32)],
  ])('refuses a secret that is %s, without printing it', (_, secret) => {
    const [error] = errorsOf({ OPALE_JWT_SECRET: secret });
    expect(error).toMatch(/^OPALE_JWT_SECRET: expected a random secret of at least 32 characters/);
    if (secret.trim()) expect(error).not.toContain(secret.trim());
  });

  it('refuses the demo set-up under NODE_ENV=production', () => {
    expect(errorsOf({ NODE_ENV: 'production' })[0]).toMatch(/^NODE_ENV=production needs OPALE_JWT_SECRET/);
    expect(errorsOf({ NODE_ENV: 'production', OPALE_JWT_SECRET: SECRET })).toEqual([]);
  });

  it('wants the issuer and known asymmetric algorithms with a JWKS', () => {
    const jwks = { OPALE_JWKS_URL: 'https://idp.example.fr/jwks.json' };
    expect(errorsOf(jwks)).toEqual([expect.stringMatching(/^OPALE_JWT_ISSUER: expected the issuer/)]);
    expect(errorsOf({ ...jwks, OPALE_JWT_ISSUER: 'https://idp', OPALE_JWT_ALGORITHMS: 'HS256' })).toEqual([
      expect.stringMatching(/^OPALE_JWT_ALGORITHMS: expected some of RS256.*got HS256/),
    ]);
    expect(settingsOf({ ...jwks, OPALE_JWT_ISSUER: 'https://idp' }).auth).toEqual(
      expect.objectContaining({ kind: 'jwks', issuer: 'https://idp', audience: 'opale-api' }),
    );
    expect(errorsOf({ OPALE_JWKS_URL: 'http://idp.example.fr/jwks', OPALE_JWT_ISSUER: 'x' })[0]).toMatch(
      /^OPALE_JWKS_URL: expected an https:\/\/ URL/,
    );
    expect(errorsOf({ ...jwks, OPALE_JWT_ISSUER: 'x', OPALE_JWT_SECRET: SECRET })[0]).toMatch(/not both/);
  });

  it.each([
    ['PORT', '70000', /^PORT: expected a whole number from 0 to 65535, got "70000"/],
    ['OPALE_MAX_BODY_SIZE', '1 parsec', /^OPALE_MAX_BODY_SIZE: expected a size such as/],
    ['OPALE_MAX_VARIABLES_SIZE', '0', /^OPALE_MAX_VARIABLES_SIZE: expected a size of at least one byte/],
    ['OPALE_MAX_LIST_LENGTH', '-1', /^OPALE_MAX_LIST_LENGTH: expected a whole number/],
    ['OPALE_REQUEST_TIMEOUT', 'soon', /^OPALE_REQUEST_TIMEOUT: expected a duration/],
    ['OPALE_TOKEN_MAX_LIFETIME', '12', /^OPALE_TOKEN_MAX_LIFETIME: expected a duration/],
    ['OPALE_CORS_ORIGINS', 'https://a.fr/path', /^OPALE_CORS_ORIGINS: expected origins/],
    ['OPALE_CORS_ORIGINS', '*', /^OPALE_CORS_ORIGINS: expected origins/],
    ['OPALE_GRAPHIQL', 'maybe', /^OPALE_GRAPHIQL: expected on or off/],
    ['OPALE_DEV', 'sure', /^OPALE_DEV: expected on or off/],
  ])('names %s when its value %j is wrong', (name, value, message) => {
    expect(errorsOf({ [name]: value })).toEqual([expect.stringMatching(message)]);
  });

  it('reads sizes, durations and origins as people write them', () => {
    const config = settingsOf({
      OPALE_MAX_BODY_SIZE: '512KiB',
      OPALE_MAX_VARIABLES_SIZE: '2MB',
      OPALE_REQUEST_TIMEOUT: '1m',
      OPALE_HEADERS_TIMEOUT: '500ms',
      OPALE_TOKEN_MAX_LIFETIME: '8h',
      OPALE_CORS_ORIGINS: 'https://opale.ac-amiens.fr, http://localhost:5173',
    });
    expect(config.limits.bodyBytes).toBe(512 * 1024);
    expect(config.limits.variablesBytes).toBe(2_000_000);
    expect(config.timeouts).toEqual(expect.objectContaining({ requestMs: 60_000, headersMs: 500 }));
    expect(config.tokenMaxLifetimeSeconds).toBe(8 * 3600);
    expect(config.corsOrigins).toEqual(['https://opale.ac-amiens.fr', 'http://localhost:5173']);
  });

  it('lists every bad value at once', () => {
    expect(errorsOf({ PORT: 'x', OPALE_GRAPHIQL: 'x', OPALE_HEADERS_TIMEOUT: 'x' })).toHaveLength(3);
  });
});

describe('the iTop settings', () => {
  const itop = { OPALE_ITOP_URL: 'https://itop.example.fr/webservices/rest.php' };

  it('leaves iTop out when no address is set, and reads the portal on its own', () => {
    expect(settingsOf({}).itop).toBeUndefined();
    expect(
      settingsOf({ OPALE_ITOP_PORTAL_URL: 'https://itop.example.fr/pages/exec.php' }).itopPortalUrl,
    ).toBe('https://itop.example.fr/pages/exec.php');
  });

  it('reads the credentials or a token, the periodic sync and the waits', () => {
    const config = settingsOf({
      ...itop,
      OPALE_ITOP_USER: 'opale-rest',
      OPALE_ITOP_PASSWORD: 'pw',
      OPALE_ITOP_SYNC_EVERY: '10m',
    }).itop;
    expect(config).toEqual({
      connection: { url: itop.OPALE_ITOP_URL, insecure: false, user: 'opale-rest', password: 'pw' },
      syncEveryMs: 600_000,
      sendEveryMs: 30_000,
      timeoutMs: 30_000,
    });
    expect(settingsOf({ ...itop, OPALE_ITOP_TOKEN: 't0k3n' }).itop?.connection).toEqual({
      url: itop.OPALE_ITOP_URL,
      insecure: false,
      token: 't0k3n',
    });
    expect(settingsOf({ ...itop, OPALE_ITOP_TOKEN: 't' }).itop?.syncEveryMs).toBeNull();
  });

  it('refuses an address without credentials, http: without OPALE_ITOP_INSECURE=1, and a bad period', () => {
    expect(errorsOf(itop)).toEqual([
      'OPALE_ITOP_URL: expected OPALE_ITOP_USER and OPALE_ITOP_PASSWORD (a REST user of iTop), or OPALE_ITOP_TOKEN',
    ]);
    const http = { OPALE_ITOP_URL: 'http://127.0.0.1:8080/webservices/rest.php', OPALE_ITOP_TOKEN: 't' };
    expect(errorsOf(http)[0]).toMatch(/^OPALE_ITOP_URL: expected an https: address/);
    expect(errorsOf({ ...http, OPALE_ITOP_INSECURE: '1' })).toEqual([]);
    expect(errorsOf({ ...itop, OPALE_ITOP_TOKEN: 't', OPALE_ITOP_SYNC_EVERY: 'often' })).toEqual([
      'OPALE_ITOP_SYNC_EVERY: expected a duration such as 500ms, 30s, 10m, 12h or 1d, got "often"',
    ]);
  });
});
