/**
 * One string per distinct short field of a column while parsing delimited text: a 100,000-row
 * table repeats a few thousand score texts ("3.12") and a few dozen region names in 2 million
 * fields, each a separate string of 24–40 bytes when sliced from the text (ASCII fields sliced
 * from text with Chinese in it are two-byte strings). Sharing them keeps the parsed grid at less
 * than half its size (bench: cli.xlsx.peak_mb.100000), and a repeated field allocates nothing.
 * Columns whose fields are mostly distinct (city names) stop being looked up.
 */

/** Fields longer than this are not shared. */
const MAX_LENGTH = 24;
/** Columns past this are not shared. */
const MAX_COLUMNS = 4096;
/** At most this many distinct fields are kept (the table stays at most half full). */
const MAX_ENTRIES = 1 << 16;
/** A column stops being looked up after this many distinct fields, unless most fields repeat. */
const MISSES_BEFORE_GIVING_UP = 1024;

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** The hash a field starts from in `column` (FNV-1a, seeded by the column). */
export const fieldHashStart = (column: number): number => Math.imul(FNV_OFFSET ^ column, FNV_PRIME);

/** The hash after one more UTF-16 code unit. */
export const fieldHashNext = (hash: number, code: number): number =>
  Math.imul(hash ^ code, FNV_PRIME);

export class FieldStrings {
  /** Entry + 1 per slot (0: empty), open addressing. */
  private readonly slots: Int32Array;
  private readonly strings: string[] = [];
  private readonly hashes: Int32Array;
  private readonly columns: Int32Array;
  /** Per column: distinct fields added, fields found; −1 misses: not looked up any more. */
  private readonly misses = new Int32Array(MAX_COLUMNS);
  private readonly hits = new Int32Array(MAX_COLUMNS);

  /** For a text of `length` characters: small texts get small tables. */
  constructor(length: number) {
    let entries = 64;
    while (entries < MAX_ENTRIES && entries * 8 < length) entries *= 2;
    this.slots = new Int32Array(entries * 2);
    this.hashes = new Int32Array(entries);
    this.columns = new Int32Array(entries);
  }

  /** `text.slice(from, to)`, the string kept for it when the same field was seen before. */
  take(text: string, from: number, to: number, hash: number, column: number): string {
    const length = to - from;
    if (length === 0) return "";
    if (length > MAX_LENGTH || column >= MAX_COLUMNS || this.misses[column]! < 0)
      return detached(text.slice(from, to));
    const mask = this.slots.length - 1;
    let at = hash & mask;
    for (let entry = this.slots[at]! - 1; entry >= 0; entry = this.slots[at]! - 1) {
      const kept = this.strings[entry] as string;
      if (
        this.hashes[entry] === hash &&
        this.columns[entry] === column &&
        kept.length === length &&
        sameText(kept, text, from)
      ) {
        this.hits[column]! += 1;
        return kept;
      }
      at = (at + 1) & mask;
    }
    const value = detached(text.slice(from, to));
    const misses = (this.misses[column]! += 1);
    if (misses >= MISSES_BEFORE_GIVING_UP && this.hits[column]! < misses) this.misses[column] = -1;
    const entry = this.strings.length;
    if (entry < this.hashes.length) {
      this.strings.push(value);
      this.hashes[entry] = hash;
      this.columns[entry] = column;
      this.slots[at] = entry + 1;
    }
    return value;
  }
}

/**
 * V8 keeps a substring of 13 or more characters as a view on its parent, the whole input text,
 * which then lives as long as any such field (a grid lives until the workbook is written). Adding
 * a character and cutting it off again makes a string of its own: slicing a concatenation copies
 * it into one flat string first (about 20 MB less at 100,000 rows with long names or notes).
 */
export function detached(field: string): string {
  return field.length < 13 ? field : (field + " ").slice(0, -1);
}

function sameText(kept: string, text: string, from: number): boolean {
  for (let x = 0; x < kept.length; x++)
    if (kept.charCodeAt(x) !== text.charCodeAt(from + x)) return false;
  return true;
}
