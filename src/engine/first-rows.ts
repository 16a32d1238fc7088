/**
 * The first row of each city while reading a table, to find duplicates: bundled cities by
 * identity (a small Map), other names by their text in an open-addressing table over typed
 * arrays. A Map of 100,000 name strings cost about a third of reading 100,000 rows (bench:
 * engine.evaluate.ms.100000); this table touches one Int32Array slot per name and compares texts
 * only when hashes meet.
 */
export class FirstRows {
  private readonly known = new Map<object, number>();
  /** Entry + 1 per slot (0: empty); entries hold a name, its hash and its row. */
  private slots: Int32Array;
  private names: string[];
  private hashes: Int32Array;
  private rows: Int32Array;
  private count = 0;

  constructor(expected: number) {
    const entries = Math.max(16, expected);
    this.slots = new Int32Array(tableSize(entries));
    this.names = new Array<string>(entries);
    this.hashes = new Int32Array(entries);
    this.rows = new Int32Array(entries);
  }

  /** The first row recorded for `key`; else records `row` for it and returns undefined. */
  firstOr(key: object | string, row: number): number | undefined {
    if (typeof key !== "string") {
      const first = this.known.get(key);
      if (first === undefined) this.known.set(key, row);
      return first;
    }
    const hash = hashOf(key);
    const mask = this.slots.length - 1;
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const entry = (this.slots[at] as number) - 1;
      if (entry < 0) {
        this.add(at, key, hash, row);
        return undefined;
      }
      if (this.hashes[entry] === hash && this.names[entry] === key)
        return this.rows[entry] as number;
    }
  }

  private add(at: number, key: string, hash: number, row: number): void {
    const entry = this.count++;
    if (entry >= this.rows.length) {
      this.hashes = grow(this.hashes);
      this.rows = grow(this.rows);
    }
    this.names[entry] = key;
    this.hashes[entry] = hash;
    this.rows[entry] = row;
    this.slots[at] = entry + 1;
    if (this.count * 2 > this.slots.length) this.rehash();
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    for (let entry = 0; entry < this.count; entry++) {
      let at = (this.hashes[entry] as number) & mask;
      while (this.slots[at] !== 0) at = (at + 1) & mask;
      this.slots[at] = entry + 1;
    }
  }
}

/** A power of two at least twice `entries` (the table stays at most half full). */
function tableSize(entries: number): number {
  let size = 32;
  while (size < entries * 2) size *= 2;
  return size;
}

function grow(array: Int32Array): Int32Array {
  const out = new Int32Array(array.length * 2);
  out.set(array);
  return out;
}

/** FNV-1a over UTF-16 code units. */
function hashOf(text: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}
