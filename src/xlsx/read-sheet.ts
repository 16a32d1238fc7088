/**
 * A worksheet part as a sparse grid of engine cells: `grid[row][column]` (0-based) is set only
 * where the sheet holds a value, so a single cell at XFD1048576 costs one cell, not the bounding
 * box (both the outer array and each row may be holey; iterate with forEach, which skips holes).
 * Cell values: numbers, shared / inline / rich strings (phonetic runs left out), booleans, error
 * values ("#N/A"), formula cached values (the formula itself is ignored), ISO dates as text.
 */
import type { Cell } from "../engine/table";
import { columnLetters } from "../engine/text";
import {
  attribute,
  attributeRange,
  TextCollector,
  unescapeOoxml,
  type Tag,
  type XmlHandler,
} from "./read-xml";
import { XlsxReadError } from "./read-zip";

export type SheetLimits = { rows: number; columns: number; cellCharacters: number };

/** Characters of one text kept at most: one more than a cell allows. */
const textCap = (limits: SheetLimits): number => limits.cellCharacters + 1;

/** Column (0-based) and row (0-based) of an "AB12" reference in bytes; -1 where absent. */
function parseReference(b: Uint8Array, start: number, end: number): [number, number] {
  let column = 0;
  let i = start;
  for (; i < end; i++) {
    const c = (b[i] as number) & 0xdf; // upper case
    if (c < 0x41 || c > 0x5a) break;
    column = column * 26 + (c - 0x40);
    if (column > 1e9) return [-1, -1];
  }
  let row = 0;
  const digits = i;
  for (; i < end; i++) {
    const d = (b[i] as number) - 0x30;
    if (d < 0 || d > 9) return [-1, -1];
    row = row * 10 + d;
    if (row > 1e12) return [-1, -1];
  }
  return [digits > start ? column - 1 : -1, i > digits ? row - 1 : -1];
}

/** Reads one worksheet; stops after `stopAtRow` (0-based) when only the top is wanted. */
export class SheetReader implements XmlHandler {
  /** Rows by index; holes where a row holds nothing. */
  readonly grid: Cell[][] = [];
  /** True once a row at or past `stopAtRow` was reached: the caller stops inflating. */
  done = false;
  private row = -1;
  private column = -1;
  private cellRow = -1;
  private cellColumn = -1;
  private type = "n";
  private inCell = false;
  private collecting = false;
  private phonetic = 0;
  private readonly collector: TextCollector;

  constructor(
    private readonly sheet: string,
    private readonly sharedStrings: readonly string[],
    private readonly limits: SheetLimits,
    private readonly stopAtRow = Infinity
  ) {
    this.collector = new TextCollector(textCap(limits));
  }

  open(tag: Tag): void {
    switch (tag.name) {
      case "row": {
        const range = attributeRange(tag, "r");
        const [, row] = range ? parseReference(tag.bytes, range[0], range[1]) : [-1, -1];
        this.row = row >= 0 ? row : this.row + 1;
        this.column = -1;
        if (this.row >= this.stopAtRow) this.done = true;
        return;
      }
      case "c": {
        const range = attributeRange(tag, "r");
        const [column, row] = range ? parseReference(tag.bytes, range[0], range[1]) : [-1, -1];
        this.cellColumn = column >= 0 ? column : this.column + 1;
        this.cellRow = row >= 0 ? row : Math.max(0, this.row);
        this.column = this.cellColumn;
        this.type = attribute(tag, "t") ?? "n";
        this.inCell = !tag.selfClosing;
        this.collector.take();
        return;
      }
      case "v":
        this.collecting = this.inCell;
        return;
      case "t":
        this.collecting = this.inCell && this.type === "inlineStr" && this.phonetic === 0;
        return;
      case "rPh":
        this.phonetic += tag.selfClosing ? 0 : 1;
        return;
    }
  }

  close(name: string): void {
    if (name === "v" || name === "t") this.collecting = false;
    else if (name === "rPh") this.phonetic = Math.max(0, this.phonetic - 1);
    else if (name === "c" && this.inCell) {
      this.inCell = false;
      this.place();
    }
  }

  text(b: Uint8Array, start: number, end: number): void {
    if (this.collecting) this.collector.add(b, start, end);
  }

  private where(): string {
    return `${columnLetters(Math.min(this.cellColumn, 1e6))}${this.cellRow + 1}`;
  }

  private place(): void {
    const { limits } = this;
    const beyond =
      this.cellRow >= limits.rows ? "rows" : this.cellColumn >= limits.columns ? "columns" : null;
    if (beyond !== null) {
      const cell = this.where();
      throw new XlsxReadError({ kind: beyond, sheet: this.sheet, cell, limit: limits[beyond] });
    }
    const value = this.value(this.collector.take());
    if (value === null || value === "") return;
    if (typeof value === "string" && value.length > limits.cellCharacters)
      throw new XlsxReadError({
        kind: "cell-length",
        sheet: this.sheet,
        cell: this.where(),
        length: value.length,
        limit: limits.cellCharacters,
      });
    const row = (this.grid[this.cellRow] ??= []);
    row[this.cellColumn] = value;
  }

  private value(raw: string): Cell {
    switch (this.type) {
      case "s": {
        const index = Number(raw);
        return Number.isInteger(index) ? (this.sharedStrings[index] ?? null) : null;
      }
      case "b":
        return raw.trim() === "1" || raw.trim().toLowerCase() === "true";
      case "inlineStr":
      case "str":
        return unescapeOoxml(raw);
      case "e":
      case "d":
        return raw.trim();
      default: {
        const text = raw.trim();
        if (text === "") return null;
        const n = Number(text);
        return Number.isFinite(n) ? n : text;
      }
    }
  }
}

/** Reads the shared strings part (`<si>` items, rich runs joined, phonetic runs left out). */
export class SharedStringsReader implements XmlHandler {
  readonly strings: string[] = [];
  private inItem = false;
  private collecting = false;
  private phonetic = 0;
  private readonly collector: TextCollector;

  constructor(limits: SheetLimits) {
    this.collector = new TextCollector(textCap(limits));
  }

  open(tag: Tag): void {
    if (tag.name === "si") {
      this.inItem = !tag.selfClosing;
      this.collector.take();
    } else if (tag.name === "t") this.collecting = this.inItem && this.phonetic === 0;
    else if (tag.name === "rPh" && !tag.selfClosing) this.phonetic += 1;
  }

  close(name: string): void {
    if (name === "t") this.collecting = false;
    else if (name === "rPh") this.phonetic = Math.max(0, this.phonetic - 1);
    else if (name === "si") {
      this.strings.push(this.inItem ? unescapeOoxml(this.collector.take()) : "");
      this.inItem = false;
    }
  }

  text(b: Uint8Array, start: number, end: number): void {
    if (this.collecting) this.collector.add(b, start, end);
  }
}
