/**
 * A worksheet part as a sparse grid of engine cells: `grid[row][column]` (0-based) is set only
 * where the sheet holds a value, so a single cell at XFD1048576 costs one cell, not the bounding
 * box (both the outer array and each row may be holey; iterate with forEach, which skips holes).
 * Cell values: numbers, shared / inline / rich strings (phonetic runs left out), booleans, error
 * values ("#N/A"), formula cached values (the formula itself is ignored), ISO dates as text.
 */
import { PlainDecimal } from "../engine/numbers";
import type { Cell } from "../engine/table";
import { columnLetters } from "../engine/text";
import {
  attributeEnd,
  attributeStart,
  decodeText,
  TextCollector,
  unescapeOoxml,
  type Tag,
  type XmlHandler,
} from "./read-xml";
import { XlsxReadError } from "./read-zip";

export type SheetLimits = { rows: number; columns: number; cellCharacters: number };

/** Characters of one text kept at most: one more than a cell allows. */
const textCap = (limits: SheetLimits): number => limits.cellCharacters + 1;

/** Column and row (0-based) of the last `parseReference`; -1 where absent. */
const reference = { column: -1, row: -1 };

/** Reads an "AB12" reference in bytes into `reference` (no allocation: one per cell). */
function parseReference(b: Uint8Array, start: number, end: number): void {
  reference.column = reference.row = -1;
  let column = 0;
  let i = start;
  for (; i < end; i++) {
    const c = (b[i] as number) & 0xdf; // upper case
    if (c < 0x41 || c > 0x5a) break;
    column = column * 26 + (c - 0x40);
    if (column > 1e9) return;
  }
  let row = 0;
  const digits = i;
  for (; i < end; i++) {
    const d = (b[i] as number) - 0x30;
    if (d < 0 || d > 9) return;
    row = row * 10 + d;
    if (row > 1e12) return;
  }
  reference.column = digits > start ? column - 1 : -1;
  reference.row = i > digits ? row - 1 : -1;
}

/** Parses the `r` attribute of a tag into `reference` (-1, -1 when there is none). */
function readReference(tag: Tag): void {
  const start = attributeStart(tag, "r");
  if (start < 0) reference.column = reference.row = -1;
  else parseReference(tag.bytes, start, attributeEnd);
}

/** The cell type of a `t` attribute's bytes, without decoding the common ones. */
function cellType(tag: Tag): string {
  const start = attributeStart(tag, "t");
  if (start < 0) return "n";
  const end = attributeEnd;
  if (end - start === 1) {
    const c = tag.bytes[start];
    if (c === 0x73) return "s";
    if (c === 0x6e) return "n";
  }
  return decodeText(tag.bytes, start, end);
}

const plain = new PlainDecimal();

/**
 * The value of plain decimal bytes ("3.12", "100229"; see `PlainDecimal`), else NaN: the common
 * `<v>` text, read without making a string, with the value `Number(text)` gives.
 */
function plainDecimal(b: Uint8Array, start: number, end: number): number {
  if (end === start || end - start > 16) return NaN;
  plain.reset();
  for (let i = start; i < end; i++) if (!plain.add(b[i] as number)) return NaN;
  return plain.value();
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
  /**
   * A `<v>` of plain decimal bytes read as a number (NaN: none). Its bytes are kept while the
   * cell is open, in case more text follows (then it all goes through the collector).
   */
  private number = NaN;
  private numberBytes: Uint8Array | null = null;
  private numberStart = 0;
  private numberEnd = 0;

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
        readReference(tag);
        const row = reference.row;
        this.row = row >= 0 ? row : this.row + 1;
        this.column = -1;
        if (this.row >= this.stopAtRow) this.done = true;
        return;
      }
      case "c": {
        readReference(tag);
        const { column, row } = reference;
        this.cellColumn = column >= 0 ? column : this.column + 1;
        this.cellRow = row >= 0 ? row : Math.max(0, this.row);
        this.column = this.cellColumn;
        this.type = cellType(tag);
        this.inCell = !tag.selfClosing;
        this.collector.take();
        this.number = NaN;
        this.numberBytes = null;
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
    if (!this.collecting) return;
    const first = this.numberBytes === null && this.collector.empty();
    if (first && (this.type === "n" || this.type === "s")) {
      const value = plainDecimal(b, start, end);
      if (value === value) {
        this.number = value;
        this.numberBytes = b;
        this.numberStart = start;
        this.numberEnd = end;
        return;
      }
    }
    if (this.numberBytes !== null) {
      // More text after a plain number: the number's bytes go first, all as text.
      this.collector.add(this.numberBytes, this.numberStart, this.numberEnd);
      this.numberBytes = null;
      this.number = NaN;
    }
    this.collector.add(b, start, end);
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
    const value = this.numberBytes !== null ? this.plainValue() : this.value(this.collector.take());
    this.numberBytes = null;
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

  /** The value of a cell whose text was plain decimal bytes (`number`), as `value` reads it. */
  private plainValue(): Cell {
    const n = this.number;
    if (this.type === "n") return n;
    return Number.isInteger(n) ? (this.sharedStrings[n] ?? null) : null;
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
