/**
 * A least-recently-used cache keyed by text, bounded by entries and by the characters its keys
 * hold: one 50 KB paragraph edited all day must not keep megabytes of old versions. A key larger
 * than the whole character budget is never kept.
 */
export class BoundedCache<V> {
  private readonly map = new Map<string, V>();
  private chars = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxChars: number,
  ) {}

  /** The cached value for `key`, made by `make` and kept when missing. */
  getOrMake(key: string, make: () => V): V {
    const hit = this.map.get(key);
    if (hit !== undefined) {
      this.map.delete(key); // keep recently used entries at the end
      this.map.set(key, hit);
      return hit;
    }
    const value = make();
    if (key.length > this.maxChars) return value;
    while (this.map.size > 0 && (this.map.size >= this.maxEntries || this.chars + key.length > this.maxChars)) {
      const oldest = this.map.keys().next().value!;
      this.map.delete(oldest);
      this.chars -= oldest.length;
    }
    this.map.set(key, value);
    this.chars += key.length;
    return value;
  }

  clear(): void {
    this.map.clear();
    this.chars = 0;
  }

  stats(): { entries: number; chars: number } {
    return { entries: this.map.size, chars: this.chars };
  }
}
