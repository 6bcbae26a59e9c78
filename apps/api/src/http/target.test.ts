import { describe, expect, it } from 'vitest';
import { MAX_TARGET_LENGTH, parseTarget } from './target.js';

describe('a request target', () => {
  it('decodes the path and keeps the query as sent', () => {
    expect(parseTarget('/rapport?date=2024-01-22')).toEqual({ path: '/rapport', search: '?date=2024-01-22' });
    expect(parseTarget('/%C3%A9tablissements/0801234G')).toEqual({
      path: '/établissements/0801234G',
      search: '',
    });
    expect(parseTarget('/graphql?query=%E0%A4%A')).toEqual({ path: '/graphql', search: '?query=%E0%A4%A' });
  });

  it.each([
    ['malformed percent-encoding', '/%E0%A4%A'],
    ['a lone percent', '/%'],
    ['an encoded NUL', '/index.html%00.js'],
    ['a double slash', '//'],
    ['a host-like path', '//evil.example/x'],
    ['a dot-dot segment', '/assets/../../secret.txt'],
    ['an encoded dot-dot', '/%2e%2e/secret.txt'],
    ['an encoded backslash', '/..%5csecret.txt'],
    ['an absolute URL', 'http://localhost/'],
    ['an asterisk', '*'],
    ['nothing', ''],
    ['an overlong path', `/${'a'.repeat(MAX_TARGET_LENGTH)}`],
  ])('is refused when it is %s, without throwing', (_, raw) => {
    expect(parseTarget(raw)).toBeNull();
  });
});
