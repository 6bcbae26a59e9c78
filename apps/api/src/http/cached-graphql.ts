import type { IncomingMessage, ServerResponse } from 'node:http';
import { callerOfHeader } from '../bearer.js';
import type { Verifier } from '../caller.js';
import { type PersistedDocuments, persistedHashOf } from '../persisted-documents.js';
import { type Answer, AnswerCache, etagOf } from './answer-cache.js';
import { BodyTooLarge, readBody } from './body.js';
import { requestKey } from './request-key.js';
import { sendAnswer } from './send-answer.js';

/** What the cache needs of the API: its fetch handler, the token check and the records' revision. */
export interface CachedGraphqlOptions {
  /**
   * Yoga given the Node request as it is, its body already read and set on it (as body parsers
   * do), answering a fetch `Response` whose bytes can be kept.
   */
  readonly answer: (req: IncomingMessage, res: ServerResponse) => Promise<Response> | Response;
  /** The API as a Node listener: for what is not a query by GET or a JSON POST, body unread. */
  readonly passThrough: (req: IncomingMessage, res: ServerResponse) => unknown;
  /** The same verifier as the API's: the caller's role and schools are part of every key. */
  readonly verify: Verifier;
  /** The records' revision; read at most once per turn of the event loop. */
  readonly revision: () => Promise<number>;
  /** The day in Paris now: what an `asOf` left out means, so part of every key. */
  readonly today: () => string;
  /** The web client's documents by hash, as yoga runs them: only a query's answer is kept. */
  readonly persisted: PersistedDocuments;
  readonly bodyBytes: number;
  readonly maxBytes: number;
}

/**
 * Operations that change records, or would stream: never kept. A JSON escape (`\u006dutation`)
 * could hide the word from this look at the raw bytes, so a body with one is never kept either.
 */
const CHANGES = /\b(mutation|subscription)\b|\\u/;

/** The `persistedQuery` hash of some JSON (`extensions`, or a body holding them), or null. */
function hashIn(json: string | null, inBody: boolean): string | null {
  if (json === null) return null;
  try {
    const parsed = JSON.parse(json);
    return persistedHashOf(inBody ? parsed?.extensions : parsed);
  } catch {
    return null;
  }
}

/**
 * The operation a request carries, as it came: its URL when a GET has a query or names a
 * document by hash, its JSON body (a character a byte) for a POST; null for what is never kept:
 * no operation, or a hash that names no known query (unknown, or a mutation's).
 */
function operationOf(req: IncomingMessage, body: Buffer | undefined, persisted: PersistedDocuments) {
  let hash: string | null;
  let operation: string;
  if (req.method === 'GET') {
    const params = new URL(req.url ?? '/', 'http://opale').searchParams;
    hash = hashIn(params.get('extensions'), false);
    if (params.get('query') === null && hash === null) return null;
    operation = req.url ?? '';
  } else {
    if (body === undefined) return null;
    // latin1 maps each byte to one character, with nothing to check: the bytes as they came.
    operation = body.toString('latin1');
    const named = operation.includes('persistedQuery');
    hash = named ? hashIn(body.toString('utf8'), true) : null;
    // Named in a way this look cannot read: never kept.
    if (named && hash === null) return null;
  }
  if (hash !== null && persisted.get(hash)?.readsOnly !== true) return null;
  return operation;
}

/** The revision read once for all the requests of one turn of the event loop. */
function oncePerTurn(read: () => Promise<number>) {
  let pending: Promise<number> | null = null;
  const forget = () => {
    pending = null;
  };
  return {
    read(): Promise<number> {
      if (!pending) {
        pending = read();
        setImmediate(forget);
      }
      return pending;
    },
    forget,
  };
}

/** The body, or null once a body over the limit has been answered 413 as yoga would. */
async function readBounded(req: IncomingMessage, res: ServerResponse, limit: number): Promise<Buffer | null> {
  try {
    return await readBody(req, limit);
  } catch (error) {
    if (!(error instanceof BodyTooLarge)) throw error;
    const errors = [{ message: error.message, extensions: { code: 'PAYLOAD_TOO_LARGE' } }];
    res.writeHead(413, { 'content-type': 'application/json; charset=utf-8', connection: 'close' });
    res.end(JSON.stringify({ errors }));
    return null;
  }
}

/**
 * `/graphql` with a cache of answers in front of yoga: a query asked again by a caller of the
 * same role and schools, the same day, while the records have not changed, is answered with the
 * bytes kept (and `304 Not Modified` when the client has them: `ETag`). Anything else — a change,
 * an error, a body that is not JSON — goes through yoga as it is, and a change of the records
 * empties the cache.
 */
export function cachedGraphql(options: CachedGraphqlOptions) {
  const cache = new AnswerCache(options.maxBytes);
  const revision = oncePerTurn(options.revision);
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const json = /^application\/json\b/i.test(String(req.headers['content-type'] ?? ''));
    if (!(req.method === 'GET' || (req.method === 'POST' && json))) {
      await options.passThrough(req, res);
      revision.forget();
      return;
    }
    const body = req.method === 'POST' ? await readBounded(req, res, options.bodyBytes) : undefined;
    if (body === null) return;
    const operation = operationOf(req, body, options.persisted);
    if (body !== undefined) Object.assign(req, { body });
    const ask = async (): Promise<Answer> => {
      const reply = await options.answer(req, res);
      const bytes = Buffer.from(await reply.arrayBuffer());
      const kept = Object.fromEntries(reply.headers);
      delete kept['content-length'];
      return { status: reply.status, headers: kept, body: bytes, etag: etagOf(bytes) };
    };
    if (operation === null || CHANGES.test(operation)) {
      const answer = await ask();
      // A change may have been written: the next request reads the revision again.
      revision.forget();
      return sendAnswer(req, res, answer, false);
    }
    const caller = await callerOfHeader(req.headers.authorization, options.verify);
    const key = requestKey(req, caller, options.today(), operation);
    const { answer, hit } = await cache.answer(key, await revision.read(), async () => {
      const computed = await ask();
      const keep = computed.status === 200 && !computed.body.includes('"errors"');
      return { answer: computed, keep };
    });
    sendAnswer(req, res, answer, hit);
  };
  return Object.assign(handle, { cache });
}
