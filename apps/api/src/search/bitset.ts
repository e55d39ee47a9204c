/**
 * A fixed-size set of row numbers, one bit each. Filtering and facet counting
 * over a large catalogue come down to AND, OR and popcount over a few thousand
 * 32-bit words, which costs microseconds where walking the same rows in SQL
 * costs tens of milliseconds.
 */
export class Bitset {
  readonly words: Uint32Array;

  constructor(
    readonly size: number,
    words?: Uint32Array,
  ) {
    this.words = words ?? new Uint32Array(Math.ceil(size / 32));
  }

  static of(size: number, rows: Iterable<number>): Bitset {
    const set = new Bitset(size);
    for (const row of rows) set.add(row);
    return set;
  }

  /** Rows beyond the size are ignored: they were added after the index was built. */
  add(row: number): void {
    if (row >= 0 && row < this.size) {
      this.words[row >>> 5] = (this.words[row >>> 5] as number) | (1 << (row & 31));
    }
  }

  has(row: number): boolean {
    return (((this.words[row >>> 5] as number) >>> (row & 31)) & 1) === 1;
  }

  clone(): Bitset {
    return new Bitset(this.size, this.words.slice());
  }

  and(other: Bitset): this {
    const a = this.words;
    const b = other.words;
    for (let i = 0; i < a.length; i++) a[i] = (a[i] as number) & (b[i] as number);
    return this;
  }

  or(other: Bitset): this {
    const a = this.words;
    const b = other.words;
    for (let i = 0; i < a.length; i++) a[i] = (a[i] as number) | (b[i] as number);
    return this;
  }

  count(): number {
    let total = 0;
    for (const word of this.words) total += popcount(word);
    return total;
  }

  /** |this ∩ other|, without building the intersection. */
  countAnd(other: Bitset): number {
    const a = this.words;
    const b = other.words;
    let total = 0;
    for (let i = 0; i < a.length; i++) {
      const word = (a[i] as number) & (b[i] as number);
      if (word !== 0) total += popcount(word);
    }
    return total;
  }
}

function popcount(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}
