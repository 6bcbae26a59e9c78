import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DocumentNode, Kind, parse } from 'graphql';

/** The file the web client's build writes beside its `index.html`: its documents by SHA-256. */
export const PERSISTED_DOCUMENTS_FILE = 'persisted-documents.json';

/** A document of the web client, as its build printed it. */
export interface PersistedDocument {
  readonly text: string;
  /** Queries only: an answer that may be kept and sent by GET. */
  readonly readsOnly: boolean;
}

/** The web client's documents, by the SHA-256 of their text in hexadecimal. */
export type PersistedDocuments = ReadonlyMap<string, PersistedDocument>;

export const NO_PERSISTED_DOCUMENTS: PersistedDocuments = new Map();

const HASH = /^[0-9a-f]{64}$/;

const readsOnly = (document: DocumentNode) =>
  document.definitions.every(
    (definition) => definition.kind !== Kind.OPERATION_DEFINITION || definition.operation === 'query',
  );

/**
 * The documents of a manifest (`{ "<sha256>": "<document>" }`, as graphql-codegen's client preset
 * writes it), each checked: a hash that is not the SHA-256 of its text, or a text that does not
 * parse, is an error naming the file and the entry.
 */
export function persistedDocumentsOf(manifest: unknown, file: string): PersistedDocuments {
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest))
    throw new Error(`${file}: expected a JSON object of documents by their SHA-256`);
  const documents = new Map<string, PersistedDocument>();
  for (const [hash, text] of Object.entries(manifest)) {
    if (!HASH.test(hash)) throw new Error(`${file}: "${hash}": expected a SHA-256 in hexadecimal as key`);
    if (typeof text !== 'string') throw new Error(`${file}: "${hash}": expected a GraphQL document as text`);
    if (createHash('sha256').update(text).digest('hex') !== hash)
      throw new Error(`${file}: "${hash}": not the SHA-256 of its document (built with another algorithm?)`);
    let document: DocumentNode;
    try {
      document = parse(text);
    } catch (error) {
      throw new Error(`${file}: "${hash}": not a GraphQL document: ${(error as Error).message}`);
    }
    documents.set(hash, { text, readsOnly: readsOnly(document) });
  }
  return documents;
}

/** The documents of the web client built in `webDir`; none when it has no manifest. */
export function readPersistedDocuments(webDir: string): PersistedDocuments {
  const file = join(webDir, PERSISTED_DOCUMENTS_FILE);
  if (!existsSync(file)) return NO_PERSISTED_DOCUMENTS;
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not JSON: ${(error as Error).message}`);
  }
  return persistedDocumentsOf(manifest, file);
}

/**
 * The hash a request's `extensions` name, or null: `{ persistedQuery: { version: 1, sha256Hash } }`
 * as Apollo's automatic persisted queries and urql's persisted exchange send it.
 */
export function persistedHashOf(extensions: unknown): string | null {
  if (typeof extensions !== 'object' || extensions === null) return null;
  const persisted = (extensions as { persistedQuery?: unknown }).persistedQuery;
  if (typeof persisted !== 'object' || persisted === null) return null;
  const { version, sha256Hash } = persisted as { version?: unknown; sha256Hash?: unknown };
  return version === 1 && typeof sha256Hash === 'string' ? sha256Hash : null;
}
