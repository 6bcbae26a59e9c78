import { describe, expect, it } from 'vitest';
import { isOneOf } from './one-of.js';
import { HANDLERS } from './ticket.js';

describe('isOneOf', () => {
  it.each([
    ['SI2C', true],
    ['national', true],
    ['si2c', false],
    ['', false],
    [null, false],
    [undefined, false],
    [1, false],
  ])('%s is a handler: %s', (value, expected) => {
    expect(isOneOf(HANDLERS, value)).toBe(expected);
  });
});
