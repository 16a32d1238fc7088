/**
 * The streaming well-formedness check every XML part of a written workbook passes (issue 10,
 * "Only valid workbooks leave the writer"). Fed chunk by chunk, so parts of hundreds of
 * megabytes are checked in one pass without being held in memory:
 * - only characters XML 1.0 allows (no C0 controls but tab / LF / CR, no U+FFFE / U+FFFF,
 *   surrogates only in pairs) and entity references that exist and name allowed characters:
 *   one regular-expression scan per chunk;
 * - tags nest and close in order, one root element, attributes quoted and not repeated, no '<'
 *   in attribute values: a scanner that jumps from '<' to '<';
 * - the text of every `<v>` element is a number (no NaN, Infinity or text in a value);
 * - data-bar links: `<x14:id>` texts and `<x14:cfRule id>` attributes, reported to the caller.
 * This file holds the chunking, the fast paths (whole cell rows, whole tags), the character scan
 * and the text rules; the tag state machine for everything else and the element stack are in
 * xml-markup.ts. Element names are compared by a 32-bit hash (no string per tag): a collision
 * could hide a mismatch with odds of 2^-32, acceptable behind a generator with a fixed grammar.
 * DOCTYPE, CDATA and comments are refused: no part the writer emits uses them.
 */
import { XML_FORBIDDEN as FORBIDDEN } from "../layout/guard";
import { cellRowsEnd } from "./cell-rows";
import {
  allowedCodePoint,
  BAD_ENTITY,
  CELL_ROWS,
  CLOSE_TAG,
  H_ID,
  H_V,
  H_X14_CFRULE,
  H_X14_ID,
  hash,
  isSpace,
  NUMBER_TEXT,
  NUMERIC_REFERENCE,
  OPEN_TAG,
  State,
} from "./xml-grammar";
import { XmlMarkup } from "./xml-markup";

export class XmlCheck extends XmlMarkup {
  private offset = 0;
  private carry = "";
  private text = "";
  /** Start and end of each run of cell rows the fast path matched in the current chunk. */
  private readonly rowRuns: number[] = [];
  /** Texts of `<x14:id>` elements and `id` attributes of `<x14:cfRule>`, in order. */
  readonly dataBarIds: string[] = [];
  readonly dataBarRuleIds: string[] = [];

  constructor(private readonly part: string) {
    super();
  }

  protected fail(reason: string, at = 0): never {
    throw new Error(
      `${this.part}: not well-formed XML near character ${this.offset + at}: ${reason}`
    );
  }

  /**
   * Checks the next piece of the document given as ASCII bytes (the byte rows of sheet-data.ts):
   * whole cell rows in the writer's grammar are recognised on the bytes (cell-rows.ts), the
   * rest is checked as text. Callers make sure every byte is ASCII.
   */
  pushAscii(bytes: Uint8Array): void {
    let from = 0;
    if (this.carry === "" && this.state === State.Text && this.depth > 0 && this.text === "") {
      from = cellRowsEnd(bytes, 0);
      this.offset += from;
    }
    if (from < bytes.length)
      this.push(
        Buffer.from(bytes.buffer, bytes.byteOffset + from, bytes.length - from).toString("latin1")
      );
  }

  /** Checks the next piece of the document (any split: a reference or surrogate pair cut at the end waits for the next). */
  push(chunk: string): void {
    let data = this.carry + chunk;
    let cut = data.length;
    const amp = data.lastIndexOf("&");
    if (amp >= 0 && data.indexOf(";", amp) < 0 && data.length - amp < 12) cut = amp;
    const last = data.charCodeAt(cut - 1);
    if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
    this.carry = data.slice(cut);
    data = data.slice(0, cut);
    this.rowRuns.length = 0;
    try {
      this.structure(data);
    } catch (error) {
      this.characters(data, 0); // a forbidden character is the error to report, wherever it is
      throw error;
    }
    // Cell rows matched by CELL_ROWS hold only characters its grammar allows: the character
    // scan covers the rest of the chunk.
    let from = 0;
    for (let k = 0; k < this.rowRuns.length; k += 2) {
      const start = this.rowRuns[k] as number;
      if (start > from) this.characters(data.slice(from, start), from);
      from = this.rowRuns[k + 1] as number;
    }
    if (from < data.length) this.characters(from === 0 ? data : data.slice(from), from);
    this.offset += data.length;
  }

  end(): void {
    if (this.carry) this.fail("the document ends inside a reference or surrogate pair");
    if (this.state !== State.Text || this.depth !== 0) this.fail("the document ends inside markup");
    this.textEnd();
    if (this.roots !== 1) this.fail(`${this.roots} root elements`);
  }

  /** Characters and references of `data`, which starts at `at` in the current chunk. */
  private characters(data: string, at: number): void {
    const bad = FORBIDDEN.exec(data);
    if (bad) {
      const code = (bad[0].charCodeAt(0) || 0).toString(16).padStart(4, "0");
      this.fail(`character U+${code} is not allowed in XML 1.0`, at + bad.index);
    }
    const entity = BAD_ENTITY.exec(data);
    if (entity) this.fail("'&' that starts no known reference", at + entity.index);
    if (data.includes("&#")) {
      for (const m of data.matchAll(NUMERIC_REFERENCE)) {
        const name = m[1] as string;
        const cp = name[0] === "x" ? parseInt(name.slice(1), 16) : parseInt(name, 10);
        if (!allowedCodePoint(cp))
          this.fail(`&#${name}; names a character XML 1.0 forbids`, at + m.index);
      }
    }
  }

  private structure(data: string): void {
    const n = data.length;
    let i = 0;
    while (i < n) {
      if (this.state === State.Text) {
        if (this.depth > 0 && this.text === "" && data.startsWith("<row", i)) {
          CELL_ROWS.lastIndex = i;
          if (CELL_ROWS.test(data)) {
            this.rowRuns.push(i, CELL_ROWS.lastIndex);
            i = CELL_ROWS.lastIndex;
            continue;
          }
        }
        const lt = data.indexOf("<", i);
        const end = lt < 0 ? n : lt;
        if (end > i) this.textPiece(data, i, end);
        if (lt < 0) return;
        this.textEnd();
        this.state = State.Open;
        i = lt + 1;
        const next = this.wholeTag(data, i);
        if (next > 0) i = next;
        continue;
      }
      if (this.state === State.AttrValue) {
        const close = data.indexOf(this.quote === 34 ? '"' : "'", i);
        const end = close < 0 ? n : close;
        const lt = data.indexOf("<", i);
        if (lt >= 0 && lt < end) this.fail("'<' in an attribute value", lt);
        if (this.captureId) this.text += data.slice(i, end);
        if (close < 0) return;
        if (this.captureId) this.dataBarRuleIds.push(this.text);
        this.captureId = false;
        this.text = "";
        this.state = State.InTag;
        i = close + 1;
        continue;
      }
      this.markup(data.charCodeAt(i), i);
      i += 1;
    }
  }

  /** A complete tag at `i` (just after "<") read at once; returns the index after it, or -1. */
  private wholeTag(data: string, i: number): number {
    const open = data.charCodeAt(i) !== 47;
    const pattern = open ? OPEN_TAG : CLOSE_TAG;
    pattern.lastIndex = i;
    const m = pattern.exec(data);
    if (!m) return -1;
    const name = hash(m[1] as string);
    if (!open) {
      this.closeElement(name, i);
      return pattern.lastIndex;
    }
    if (this.depth === 0 && this.roots > 0) this.fail("a second root element", i);
    this.tagHash = name;
    const attributes = m[2] as string;
    if (attributes.length > 0) this.attributeNames(attributes, i);
    this.openElement();
    if (m[3] === "/") this.closeElement(name, i);
    return pattern.lastIndex;
  }

  /** Attribute names of a tag matched at once: none repeated; captures <x14:cfRule id>. */
  private attributeNames(list: string, at: number): void {
    this.attributes.length = 0;
    let p = 0;
    while (p < list.length) {
      while (isSpace(list.charCodeAt(p))) p++;
      let h = 0;
      let c = list.charCodeAt(p);
      while (c !== 61 && !isSpace(c)) {
        h = (Math.imul(h, 31) + c) | 0;
        c = list.charCodeAt(++p);
      }
      if (this.attributes.includes(h)) this.fail("a repeated attribute", at);
      this.attributes.push(h);
      while (c !== 34 && c !== 39) c = list.charCodeAt(++p); // past "=" and spaces: the regex matched
      const close = list.indexOf(c === 34 ? '"' : "'", p + 1);
      if (this.tagHash === H_X14_CFRULE && h === H_ID)
        this.dataBarRuleIds.push(list.slice(p + 1, close));
      p = close + 1;
    }
  }

  /** Text between tags: whitespace only outside the root; a number inside <v>; captured inside <x14:id>. */
  private textPiece(data: string, from: number, to: number): void {
    const top = this.depth > 0 ? this.stack[this.depth - 1] : 0;
    if (this.depth === 0) {
      if (data.slice(from, to).trim() !== "") this.fail("text outside the root element", from);
    } else if (top === H_V || top === H_X14_ID) this.text += data.slice(from, to);
  }

  protected textEnd(): void {
    if (this.text === "") return;
    if (this.depth > 0 && this.stack[this.depth - 1] === H_V && !NUMBER_TEXT.test(this.text))
      this.fail(`a <v> value that is not a number: ${JSON.stringify(this.text.slice(0, 20))}`);
    if (this.depth > 0 && this.stack[this.depth - 1] === H_X14_ID) this.dataBarIds.push(this.text);
    this.text = "";
  }
}
