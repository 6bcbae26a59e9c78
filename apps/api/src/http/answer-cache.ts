import { createHash } from 'node:crypto';

/** An answer of the API as sent: status, headers and bytes, with the tag that names its bytes. */
export interface Answer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
  readonly etag: string;
}

/** The tag of some bytes: the same bytes, the same tag, whatever asked for them. */
export const etagOf = (body: Buffer) => `"${createHash('sha1').update(body).digest('base64url')}"`;

/**
 * Answers kept for the records' current revision, at most `maxBytes` of them (the least recently
 * used go first); a new revision empties it. When many requests miss the same key at once, one
 * computes and the others wait for it.
 */
export class AnswerCache {
  private revision: number | null = null;
  private readonly kept = new Map<string, Answer>();
  private readonly computing = new Map<string, Promise<Answer>>();
  private size = 0;
  /** Hits and misses since start, for the benchmark and the tests. */
  readonly counts = { hits: 0, misses: 0 };

  constructor(private readonly maxBytes: number) {}

  /** The bytes held now. */
  get bytes(): number {
    return this.size;
  }

  /**
   * The answer for `key` at `revision`: kept, or computed once by `compute`, which also says
   * whether its answer may be kept (an answer of the records, the same for anyone with this key).
   */
  async answer(
    key: string,
    revision: number,
    compute: () => Promise<{ answer: Answer; keep: boolean }>,
  ): Promise<{ answer: Answer; hit: boolean }> {
    if (revision !== this.revision) this.empty(revision);
    const kept = this.kept.get(key);
    if (kept) {
      this.kept.delete(key);
      this.kept.set(key, kept);
      this.counts.hits++;
      return { answer: kept, hit: true };
    }
    this.counts.misses++;
    const pending = this.computing.get(key);
    if (pending) return { answer: await pending, hit: false };
    const computed = compute().then(({ answer, keep }) => {
      if (keep && this.revision === revision) this.keep(key, answer);
      return answer;
    });
    this.computing.set(key, computed);
    try {
      return { answer: await computed, hit: false };
    } finally {
      this.computing.delete(key);
    }
  }

  private keep(key: string, answer: Answer) {
    const bytes = answer.body.length + key.length;
    if (bytes > this.maxBytes) return;
    this.kept.set(key, answer);
    this.size += bytes;
    for (const [oldest, old] of this.kept) {
      if (this.size <= this.maxBytes) break;
      this.kept.delete(oldest);
      this.size -= old.body.length + oldest.length;
    }
  }

  private empty(revision: number) {
    this.kept.clear();
    this.size = 0;
    this.revision = revision;
  }
}
