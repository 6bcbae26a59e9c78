import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { SECRET } from './api.fixture.js';
import { signToken, verifierFrom } from './auth.js';
import { rememberVerified } from './caller.js';

describe('verified tokens, remembered', () => {
  const counting = () => {
    const calls: string[] = [];
    const real = verifierFrom({ secret: SECRET });
    const verify = (token: string) => {
      calls.push(token);
      return real(token);
    };
    return { calls, verify };
  };

  it('checks a token once, then answers from memory until forMs has passed', async () => {
    let clock = Date.now();
    const { calls, verify } = counting();
    const remembered = rememberVerified(verify, { forMs: 1000, now: () => clock });
    const token = await signToken(SECRET, { role: 'eple', uais: ['0801234X'] });
    expect(await remembered(token)).toEqual({ subject: 'eple', role: 'eple', uais: ['0801234X'] });
    expect((await remembered(token)).role).toBe('eple');
    expect(calls).toHaveLength(1);
    clock += 1000;
    await remembered(token);
    expect(calls).toHaveLength(2);
  });

  it('never answers from memory past the token’s expiry', async () => {
    let clock = Date.now();
    const { calls, verify } = counting();
    const remembered = rememberVerified(verify, { forMs: 24 * 3_600_000, now: () => clock });
    const token = await signToken(SECRET, { role: 'si2c' }, '1h');
    const expiry = (decodeJwt(token).exp as number) * 1000;
    await remembered(token);
    clock = expiry - 1;
    await remembered(token);
    expect(calls).toHaveLength(1);
    clock = expiry;
    await remembered(token);
    expect(calls).toHaveLength(2);
  });

  it('does not remember a refusal, and forgets the oldest beyond max', async () => {
    const { calls, verify } = counting();
    const remembered = rememberVerified(verify, { max: 1 });
    await expect(remembered('not-a-token')).rejects.toThrow();
    await expect(remembered('not-a-token')).rejects.toThrow();
    expect(calls).toHaveLength(2);
    const [a, b] = await Promise.all([
      signToken(SECRET, { role: 'admin' }),
      signToken(SECRET, { role: 'drasi' }),
    ]);
    await remembered(a as string);
    await remembered(b as string);
    await remembered(a as string);
    expect(calls.slice(2)).toEqual([a, b, a]);
  });
});
