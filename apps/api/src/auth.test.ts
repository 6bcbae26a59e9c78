import { createServer, type Server } from 'node:http';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECRET } from './api.fixture.js';
import { signToken, verifierFrom } from './auth.js';

const key = new TextEncoder().encode(SECRET);
const now = () => Math.floor(Date.now() / 1000);

/** A token signed with the shared secret, with exactly the claims given. */
const hs256 = (claims: Record<string, unknown>, header: { alg: string } = { alg: 'HS256' }) =>
  new SignJWT({ role: 'admin', uais: [], ...claims }).setProtectedHeader(header).sign(key);

describe('tokens signed with the shared secret', () => {
  const verify = verifierFrom({ secret: SECRET, maxLifetimeSeconds: 3600 });
  const valid = { iss: 'opale', aud: 'opale-api', sub: 'x', iat: now(), exp: now() + 600 };

  it('accepts a token that says who issued it, for whom, and when it ends', async () => {
    expect((await verify(await hs256(valid))).role).toBe('admin');
    expect((await verify(await signToken(SECRET, { role: 'si2c' }, '1h'))).role).toBe('si2c');
  });

  it.each([
    ['without exp (it would never expire)', { exp: undefined }, /"exp" claim/],
    ['without iat', { iat: undefined }, /"iat" claim/],
    ['expired', { exp: now() - 10, iat: now() - 100 }, /"exp" claim timestamp check failed/],
    ['living longer than allowed', { exp: now() + 7200 }, /may live 3600 s at most/],
    ['issued too long ago', { iat: now() - 7200, exp: now() + 60 }, /"iat" claim timestamp check failed/],
    ['from another issuer', { iss: 'someone' }, /unexpected "iss" claim value/],
    ['for another audience', { aud: 'another-api' }, /unexpected "aud" claim value/],
    ['with an unknown role', { role: 'root' }, /unknown role root/],
  ])('refuses a token %s', async (_, claims, error) => {
    await expect(verify(await hs256({ ...valid, ...claims }))).rejects.toThrow(error);
  });

  it('refuses another algorithm, and unsigned tokens', async () => {
    const hs512 = await new SignJWT({ ...valid, role: 'admin' })
      .setProtectedHeader({ alg: 'HS512' })
      .sign(new TextEncoder().encode(SECRET.repeat(2)));
    await expect(verify(hs512)).rejects.toThrow();
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ ...valid, role: 'admin' })).toString('base64url')}.`;
    await expect(verify(none)).rejects.toThrow();
  });
});

describe('tokens of an identity provider (JWKS)', () => {
  let server: Server;
  let url: URL;
  let privateKey: CryptoKey;
  let otherKey: CryptoKey;
  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    otherKey = (await generateKeyPair('ES256')).privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    const es = (await generateKeyPair('ES256')).publicKey;
    const jwk2 = { ...(await exportJWK(es)), kid: 'k2', alg: 'ES256', use: 'sig' };
    server = createServer((_, res) => res.end(JSON.stringify({ keys: [jwk, jwk2] })));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address() as { port: number };
    url = new URL(`http://127.0.0.1:${address.port}/jwks.json`);
  });
  afterAll(() => server.close());

  const jwksVerify = () =>
    verifierFrom({
      jwks: { url, issuer: 'https://idp.ac-amiens.fr', audience: 'opale-api', algorithms: ['RS256'] },
      maxLifetimeSeconds: 3600,
    });
  const signed = (claims: Record<string, unknown>, alg = 'RS256', kid = 'k1', with_ = privateKey) =>
    new SignJWT({
      role: 'committee',
      iss: 'https://idp.ac-amiens.fr',
      aud: 'opale-api',
      sub: 'someone',
      iat: now(),
      exp: now() + 600,
      ...claims,
    })
      .setProtectedHeader({ alg, kid })
      .sign(with_);

  it('accepts the provider’s token, and checks issuer, audience, algorithm and expiry', async () => {
    const verify = jwksVerify();
    expect((await verify(await signed({}))).role).toBe('committee');
    await expect(verify(await signed({ iss: 'https://elsewhere' }))).rejects.toThrow(/"iss"/);
    await expect(verify(await signed({ aud: 'other' }))).rejects.toThrow(/"aud"/);
    await expect(verify(await signed({}, 'ES256', 'k2', otherKey))).rejects.toThrow();
    await expect(verify(await signed({ exp: undefined }))).rejects.toThrow(/"exp" claim/);
    await expect(verify(await signed({ exp: now() + 7200 }))).rejects.toThrow(/at most/);
  });
});
