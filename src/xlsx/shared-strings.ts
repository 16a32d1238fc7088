/**
 * The shared-string table (xl/sharedStrings.xml). Shared rather than inline strings: Excel
 * writes them, the names of cities, regions and provinces repeat on every sheet (a city name
 * about 25 times), and the table costs one map entry per distinct text, which the layout holds
 * anyway. Texts are escaped once, when the part is written after the sheets.
 */
import { escapeText } from "./ooxml";
import type { PartWriter } from "./package";

/**
 * Excel reads `_xHHHH_` in stored text as an escaped character; a literal one is itself
 * escaped as `_x005F_xHHHH_` (ECMA-376 §22.9.2.19 ST_Xstring), so "_x0041_" stays "_x0041_".
 */
export function escapeXstring(text: string): string {
  return text.includes("_x") ? text.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1") : text;
}

export class SharedStrings {
  private readonly index = new Map<string, number>();
  /** Number of cells that refer to the table. */
  references = 0;

  /**
   * `known`: the table of another thread, whose registered texts (`register`) are the only ones
   * this one knows; any other text is not added (`of` returns -1: the cell is an inline string).
   */
  constructor(private readonly known = false) {}

  /** The index of `text`, added when new (-1 when the table is `known` and lacks it). */
  of(text: string): number {
    let i = this.index.get(text);
    if (i === undefined) {
      if (this.known) return -1;
      this.index.set(text, (i = this.index.size));
    }
    this.references += 1;
    return i;
  }

  /**
   * Adds `texts` in id order (those `writable`, as they are), without counting references,
   * and fills their id table: two
   * threads that register the same arrays in the same order agree on these indices.
   */
  register(texts: readonly (string | null)[], writable: (text: string) => boolean): void {
    const table = this.idTable(texts);
    texts.forEach((text, id) => {
      // A text the guard repairs never reaches a cell as it is (its cells are looked up).
      if (text === null || !writable(text)) return;
      let i = this.index.get(text);
      if (i === undefined) this.index.set(text, (i = this.index.size));
      table[id] = i;
    });
  }

  /** Whether `text` is in the table. */
  has(text: string): boolean {
    return this.index.has(text);
  }

  /** Texts in the table. */
  get size(): number {
    return this.index.size;
  }

  /** Shared-string indices by text id, per text array (rows.ts `TextIds`); -1: not yet known. */
  private readonly byIds = new Map<readonly unknown[], Int32Array>();

  /** The id → index table of a text array (filled by `ofId`). */
  idTable(texts: readonly unknown[]): Int32Array {
    let table = this.byIds.get(texts);
    if (table === undefined) this.byIds.set(texts, (table = new Int32Array(texts.length).fill(-1)));
    return table;
  }

  /** `index`, an index `ofId` gave before, counted as one more reference. */
  counted(index: number): number {
    this.references += 1;
    return index;
  }

  /** The index of `text`, which is entry `id` of the text array of `table`. */
  ofId(table: Int32Array, id: number, text: string): number {
    const known = table[id] as number;
    if (known >= 0) {
      this.references += 1;
      return known;
    }
    return (table[id] = this.of(text));
  }

  async write(out: PartWriter): Promise<void> {
    out.write(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
        `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.references}" uniqueCount="${this.index.size}">`
    );
    let n = 0;
    for (const text of this.index.keys()) {
      const preserve = /^\s|\s$/.test(text) ? ` xml:space="preserve"` : "";
      out.write(`<si><t${preserve}>${escapeText(escapeXstring(text))}</t></si>`);
      if (++n % 4096 === 0) await out.drain();
    }
    out.write(`</sst>`);
  }
}
