import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  PERSISTED_DOCUMENTS_FILE,
  persistedDocumentsOf,
  persistedHashOf,
  readPersistedDocuments,
} from './persisted-documents.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const QUERY = 'query Q { __typename }';
const MUTATION = 'mutation M { __typename }';

describe('the web client’s documents by hash', () => {
  it('are read with what each may do: a query is kept, a mutation never', () => {
    const documents = persistedDocumentsOf(
      { [sha256(QUERY)]: QUERY, [sha256(MUTATION)]: MUTATION },
      'f.json',
    );
    expect(documents.get(sha256(QUERY))).toEqual({ text: QUERY, readsOnly: true });
    expect(documents.get(sha256(MUTATION))).toEqual({ text: MUTATION, readsOnly: false });
  });

  it('are refused, naming the file and the entry, when a hash is not its text’s or a text not GraphQL', () => {
    expect(() => persistedDocumentsOf([], 'f.json')).toThrow(
      'f.json: expected a JSON object of documents by their SHA-256',
    );
    expect(() => persistedDocumentsOf({ abc: QUERY }, 'f.json')).toThrow(
      'f.json: "abc": expected a SHA-256 in hexadecimal as key',
    );
    expect(() => persistedDocumentsOf({ [sha256(QUERY)]: 1 }, 'f.json')).toThrow(
      `f.json: "${sha256(QUERY)}": expected a GraphQL document as text`,
    );
    expect(() => persistedDocumentsOf({ [sha256(MUTATION)]: QUERY }, 'f.json')).toThrow(
      `f.json: "${sha256(MUTATION)}": not the SHA-256 of its document`,
    );
    expect(() => persistedDocumentsOf({ [sha256('query {')]: 'query {' }, 'f.json')).toThrow(
      `f.json: "${sha256('query {')}": not a GraphQL document`,
    );
  });

  it('are none when the client has no manifest, and a manifest that is not JSON is refused', () => {
    const dir = mkdtempSync(join(tmpdir(), 'opale-web-'));
    try {
      expect(readPersistedDocuments(dir).size).toBe(0);
      writeFileSync(join(dir, PERSISTED_DOCUMENTS_FILE), '{');
      expect(() => readPersistedDocuments(dir)).toThrow(`${PERSISTED_DOCUMENTS_FILE}: not JSON`);
      writeFileSync(join(dir, PERSISTED_DOCUMENTS_FILE), JSON.stringify({ [sha256(QUERY)]: QUERY }));
      expect(readPersistedDocuments(dir).size).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('are named by `persistedQuery` version 1 in a request’s extensions, nothing else', () => {
    const hash = sha256(QUERY);
    expect(persistedHashOf({ persistedQuery: { version: 1, sha256Hash: hash } })).toBe(hash);
    for (const extensions of [
      null,
      'x',
      {},
      { persistedQuery: null },
      { persistedQuery: { version: 2, sha256Hash: hash } },
      { persistedQuery: { version: 1, sha256Hash: 1 } },
    ])
      expect(persistedHashOf(extensions)).toBeNull();
  });
});
