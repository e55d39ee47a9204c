import type { Random } from './random.js';

/** Draws items with probability proportional to their weight, in O(log n) per draw. */
export class WeightedTable<T> {
  readonly items: readonly T[];
  private readonly cumulative: Float64Array;
  private readonly total: number;

  constructor(entries: readonly (readonly [item: T, weight: number])[]) {
    if (entries.length === 0) throw new RangeError('a weighted table needs at least one item');
    this.items = entries.map(([item]) => item);
    this.cumulative = new Float64Array(entries.length);
    let total = 0;
    entries.forEach(([, weight], i) => {
      if (!(weight >= 0)) throw new RangeError(`weights must be non-negative, got ${weight}`);
      total += weight;
      this.cumulative[i] = total;
    });
    if (total <= 0) throw new RangeError('a weighted table needs a positive total weight');
    this.total = total;
  }

  /** Index of a drawn item. */
  index(random: Random): number {
    const target = random.next() * this.total;
    const cumulative = this.cumulative;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((cumulative[mid] as number) > target) high = mid;
      else low = mid + 1;
    }
    return low;
  }

  pick(random: Random): T {
    return this.items[this.index(random)] as T;
  }
}
