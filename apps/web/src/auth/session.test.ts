import { describe, expect, it } from 'vitest';
import { fakeToken } from '../test-utils';
import { sessionFromToken } from './session';

describe('sessions from tokens', () => {
  it('reads the role and the schools of a school user', () => {
    expect(sessionFromToken(fakeToken('eple', ['0801234X']))).toMatchObject({
      role: 'eple',
      uais: ['0801234X'],
    });
  });

  it('refuses an expired token, an unknown role and what is not a JWT', () => {
    expect(sessionFromToken(fakeToken('si2c'), 4102444800)).toBeNull();
    expect(sessionFromToken(fakeToken('si2c').replace(/^[^.]+\.[^.]+/, 'a.e30'))).toBeNull();
    expect(sessionFromToken('not a token')).toBeNull();
  });
});
