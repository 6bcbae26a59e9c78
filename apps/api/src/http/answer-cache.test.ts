import { describe, expect, it } from 'vitest';
import { type Answer, AnswerCache, etagOf } from './answer-cache.js';

const answer = (text: string): Answer => {
  const body = Buffer.from(text);
  return { status: 200, headers: {}, body, etag: etagOf(body) };
};

describe('the answer cache', () => {
  it('computes once per key and revision, and again after a change of the records', async () => {
    const cache = new AnswerCache(1024);
    let computed = 0;
    const compute = async () => ({ answer: answer(`v${++computed}`), keep: true });
    expect((await cache.answer('k', 1, compute)).hit).toBe(false);
    const again = await cache.answer('k', 1, compute);
    expect(again).toEqual({ answer: answer('v1'), hit: true });
    expect((await cache.answer('k', 2, compute)).answer.body.toString()).toBe('v2');
    expect(computed).toBe(2);
  });

  it('computes once when many ask the same key at once', async () => {
    const cache = new AnswerCache(1024);
    let computed = 0;
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const compute = async () => {
      computed++;
      await gate;
      return { answer: answer('once'), keep: true };
    };
    const all = Promise.all(Array.from({ length: 50 }, () => cache.answer('k', 1, compute)));
    release();
    const answers = await all;
    expect(computed).toBe(1);
    expect(new Set(answers.map((a) => a.answer.body.toString()))).toEqual(new Set(['once']));
  });

  it('keeps no more bytes than allowed, the least recently used going first, and nothing not to keep', async () => {
    const cache = new AnswerCache(100);
    const of =
      (text: string, keep = true) =>
      async () => ({ answer: answer(text), keep });
    await cache.answer('a', 1, of('x'.repeat(40)));
    await cache.answer('b', 1, of('y'.repeat(40)));
    await cache.answer('a', 1, of('unused'));
    await cache.answer('c', 1, of('z'.repeat(40)));
    expect(cache.bytes).toBeLessThanOrEqual(100);
    expect((await cache.answer('a', 1, of('new a'))).hit).toBe(true);
    expect((await cache.answer('b', 1, of('new b'))).hit).toBe(false);
    await cache.answer('e', 1, of('error', false));
    expect((await cache.answer('e', 1, of('error', false))).hit).toBe(false);
    await cache.answer('huge', 1, of('h'.repeat(200)));
    expect((await cache.answer('huge', 1, of('h'))).hit).toBe(false);
  });
});
