import { Codes, type Value } from './columns.js';
import { fieldText, integerOf, isNull } from './copy-text.js';

/**
 * Codes a column from its fields' bytes, as `Coder` (columns.ts) codes values: a value's code is
 * the order in which it first came. An open-addressed table of each value's bytes, by their hash.
 */
export class ByteCoder {
  readonly codes = new Codes();
  readonly values: Value[] = [];
  private slots = new Int32Array(1024);
  private hashes: number[] = [];
  private starts: number[] = [];
  private lengths: number[] = [];
  private bytes = Buffer.alloc(1 << 16);
  private used = 0;

  constructor(private readonly integer: boolean) {}

  /** Takes the field `bytes[start, end)`, whose FNV-1a hash is `hash`. */
  add(bytes: Buffer, start: number, end: number, hash: number): void {
    const length = end - start;
    if (isNull(bytes, start, end)) {
      this.codes.push(-1);
      return;
    }
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const code = (this.slots[slot] as number) - 1;
      if (code < 0) {
        this.codes.push(this.insert(bytes, start, end, hash, slot));
        return;
      }
      if (
        this.hashes[code] === hash &&
        this.lengths[code] === length &&
        this.same(code, bytes, start, length)
      ) {
        this.codes.push(code);
        return;
      }
    }
  }

  private same(code: number, bytes: Buffer, start: number, length: number): boolean {
    const at = this.starts[code] as number;
    for (let i = 0; i < length; i += 1) if (this.bytes[at + i] !== bytes[start + i]) return false;
    return true;
  }

  private insert(bytes: Buffer, start: number, end: number, hash: number, slot: number): number {
    const code = this.values.length;
    const length = end - start;
    if (this.used + length > this.bytes.length) {
      const grown = Buffer.alloc(Math.max(this.bytes.length * 2, this.used + length));
      this.bytes.copy(grown, 0, 0, this.used);
      this.bytes = grown;
    }
    this.bytes.set(bytes.subarray(start, end), this.used);
    this.starts.push(this.used);
    this.lengths.push(length);
    this.hashes.push(hash);
    this.used += length;
    const text = fieldText(bytes, start, end);
    this.values.push(this.integer ? integerOf(text) : text);
    this.slots[slot] = code + 1;
    // Kept at most half full, so that a probe ends soon.
    if (this.values.length * 2 > this.slots.length) this.grow();
    return code;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    this.hashes.forEach((hash, code) => {
      let slot = hash & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = code + 1;
    });
    this.slots = slots;
  }
}
