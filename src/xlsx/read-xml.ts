/**
 * A small push tokenizer for the XML parts of an .xlsx input: bytes in (as they are inflated),
 * tags and text out, no DOM. Markup is ASCII in every part the reader uses, so tags are scanned
 * on bytes; only text and attribute values are decoded. No DTD is accepted (Excel never writes
 * one), so no entity can expand; the predefined and numeric entities are decoded.
 */
import { XlsxReadError } from "./read-zip";

const damagedXml = (reason: string): XlsxReadError =>
  new XlsxReadError({ kind: "damaged", reason: `XML: ${reason}` });

/** A start tag as seen by a handler; valid only during the `open` call (the object is reused). */
export type Tag = {
  /** Local name (prefix removed): "c", "row", "sheet". */
  name: string;
  selfClosing: boolean;
  /** The bytes and range of the attribute text, for `attribute()`. */
  bytes: Uint8Array;
  attrStart: number;
  attrEnd: number;
};

export type XmlHandler = {
  open(tag: Tag): void;
  close(name: string): void;
  /** Raw text bytes (entities not yet decoded); a text node may arrive in several pieces. */
  text(bytes: Uint8Array, start: number, end: number): void;
};

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const COLON = 0x3a;
const MAX_MARKUP = 1024 * 1024;
/**
 * Text at the end of a piece waits for the next piece (so a text node arrives whole, never
 * split inside a character or an entity) unless it is longer than this: then it is surely
 * longer than any cell allows and goes on in parts.
 */
const MAX_TEXT_CARRY = 256 * 1024;

const utf8 = new TextDecoder("utf-8");
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));/gu;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML text with its entities decoded. */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (whole, dec: string, hex: string, name: string) => {
    if (name) return NAMED[name] ?? whole;
    const code = dec ? Number(dec) : parseInt(hex, 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : "\ufffd";
  });
}

/** Text bytes decoded as UTF-8 with entities resolved (short ASCII runs without TextDecoder). */
export function decodeText(bytes: Uint8Array, start = 0, end = bytes.length): string {
  let ascii = end - start <= 64;
  let entity = false;
  for (let i = start; i < end && ascii; i++) {
    const c = bytes[i] as number;
    if (c >= 0x80) ascii = false;
    else if (c === 0x26) entity = true;
  }
  let text: string;
  if (ascii) {
    text = "";
    for (let i = start; i < end; i++) text += String.fromCharCode(bytes[i] as number);
  } else {
    text = utf8.decode(bytes.subarray(start, end));
    entity = text.includes("&");
  }
  return entity ? decodeEntities(text) : text;
}

const isSpace = (b: number | undefined): boolean =>
  b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;

/** The value of the attribute with local name `name` in a tag, decoded, or null. */
export function attribute(tag: Tag, name: string): string | null {
  const range = attributeRange(tag, name);
  return range ? decodeText(tag.bytes, range[0], range[1]) : null;
}

/** Byte range of an attribute's value (for callers that parse it without making a string). */
export function attributeRange(tag: Tag, name: string): [number, number] | null {
  const start = attributeStart(tag, name);
  return start < 0 ? null : [start, attributeEnd];
}

/** End of the value found by the last successful `attributeStart`. */
export let attributeEnd = 0;

/**
 * Start of an attribute's value, or -1; its end is then `attributeEnd`. Allocates nothing (the
 * sheet reader calls it twice per cell).
 */
export function attributeStart(tag: Tag, name: string): number {
  const b = tag.bytes;
  let i = tag.attrStart;
  while (i < tag.attrEnd) {
    while (i < tag.attrEnd && isSpace(b[i])) i++;
    const nameStart = i;
    let localStart = i;
    while (i < tag.attrEnd && b[i] !== 0x3d && !isSpace(b[i])) {
      if (b[i] === COLON) localStart = i + 1;
      i++;
    }
    const nameEnd = i;
    while (i < tag.attrEnd && b[i] !== QUOTE && b[i] !== APOSTROPHE) i++;
    const quote = b[i];
    const valueStart = i + 1;
    i = valueStart;
    while (i < tag.attrEnd && b[i] !== quote) i++;
    if (nameEnd > nameStart && nameEnd - localStart === name.length) {
      let same = true;
      for (let k = 0; k < name.length; k++)
        if (b[localStart + k] !== name.charCodeAt(k)) same = false;
      if (same) {
        attributeEnd = i;
        return valueStart;
      }
    }
    i++;
  }
  return -1;
}

function indexOfSequence(b: Uint8Array, sequence: number[], from: number): number {
  const first = sequence[0] as number;
  for (let at = b.indexOf(first, from); at >= 0; at = b.indexOf(first, at + 1)) {
    if (sequence.every((s, k) => b[at + k] === s)) return at;
  }
  return -1;
}
const COMMENT_END = [0x2d, 0x2d, GT];
const CDATA_END = [0x5d, 0x5d, GT];
const PI_END = [0x3f, GT];

/** Feeds bytes to a handler; keeps an unfinished tag for the next piece. */
export class XmlScanner {
  private carry: Uint8Array | null = null;
  private readonly tag: Tag = {
    name: "",
    selfClosing: false,
    bytes: new Uint8Array(0),
    attrStart: 0,
    attrEnd: 0,
  };

  /** Tag names seen, by a key of their bytes (a part uses a handful of names). */
  private readonly names = new Map<number, string>();
  /** One-letter names ("c", "v", "t": most tags of a sheet), by their byte. */
  private readonly letters: (string | undefined)[] = [];

  constructor(private readonly handler: XmlHandler) {}

  private nameOf(b: Uint8Array, start: number, end: number): string {
    let key = end - start;
    for (let i = start; i < end; i++) key = (key * 31 + (b[i] as number)) | 0;
    const known = this.names.get(key);
    if (known !== undefined && known.length === end - start) {
      let same = true;
      for (let i = 0; i < known.length && same; i++) same = known.charCodeAt(i) === b[start + i];
      if (same) return known;
    }
    let name = "";
    for (let i = start; i < end; i++) name += String.fromCharCode(b[i] as number);
    this.names.set(key, name);
    return name;
  }

  push(piece: Uint8Array): void {
    let b = piece;
    if (this.carry) {
      b = new Uint8Array(this.carry.length + piece.length);
      b.set(this.carry);
      b.set(piece, this.carry.length);
      this.carry = null;
    }
    let i = 0;
    const n = b.length;
    while (i < n) {
      let lt = i;
      while (lt < n && b[lt] !== LT) lt++;
      if (lt === n) {
        if (n - i > MAX_TEXT_CARRY) this.handler.text(b, i, n);
        else this.carry = b.slice(i);
        return;
      }
      if (lt > i) this.handler.text(b, i, lt);
      const next = this.markup(b, lt);
      if (next < 0) {
        if (n - lt > MAX_MARKUP) throw damagedXml("a tag longer than 1 MB");
        this.carry = b.slice(lt);
        return;
      }
      i = next;
    }
  }

  /** Call after the last piece: an unfinished tag is damage. */
  end(): void {
    const carry = this.carry;
    this.carry = null;
    if (carry && carry.includes(LT)) throw damagedXml("the XML ends inside a tag");
    if (carry) this.handler.text(carry, 0, carry.length);
  }

  /** Handles the markup at `lt`; returns the index after it, or -1 when it is incomplete. */
  private markup(b: Uint8Array, lt: number): number {
    const second = b[lt + 1];
    if (second === undefined) return -1;
    if (second === 0x21 /* ! */) {
      if (b.length < lt + 3) return -1;
      if (b[lt + 2] === 0x2d) {
        const end = indexOfSequence(b, COMMENT_END, lt + 4);
        return end < 0 ? -1 : end + 3;
      }
      if (b[lt + 2] === 0x5b /* [CDATA[ */) {
        if (b.length < lt + 9) return -1;
        const end = indexOfSequence(b, CDATA_END, lt + 9);
        if (end < 0) return -1;
        this.handler.text(b, lt + 9, end);
        return end + 3;
      }
      throw damagedXml("a document type declaration (not allowed in a workbook)");
    }
    if (second === 0x3f /* ? */) {
      const end = indexOfSequence(b, PI_END, lt + 2);
      return end < 0 ? -1 : end + 2;
    }
    let i = lt + 1;
    let quote = 0;
    for (; i < b.length; i++) {
      const c = b[i] as number;
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === QUOTE || c === APOSTROPHE) quote = c;
      else if (c === GT) break;
    }
    if (i >= b.length) return -1;
    const closing = second === SLASH;
    let nameStart = closing ? lt + 2 : lt + 1;
    let nameEnd = nameStart;
    while (nameEnd < i && !isSpace(b[nameEnd]) && b[nameEnd] !== SLASH && b[nameEnd] !== GT) {
      if (b[nameEnd] === COLON) nameStart = nameEnd + 1;
      nameEnd++;
    }
    const name =
      nameEnd - nameStart === 1
        ? (this.letters[b[nameStart] as number] ??= String.fromCharCode(b[nameStart] as number))
        : this.nameOf(b, nameStart, nameEnd);
    if (closing) {
      this.handler.close(name);
      return i + 1;
    }
    const selfClosing = b[i - 1] === SLASH;
    const tag = this.tag;
    tag.name = name;
    tag.selfClosing = selfClosing;
    tag.bytes = b;
    tag.attrStart = nameEnd;
    tag.attrEnd = selfClosing ? i - 1 : i;
    this.handler.open(tag);
    if (selfClosing) this.handler.close(name);
    return i + 1;
  }
}

/** Collects the text of one element (decoded at once: text nodes arrive whole), capped. */
export class TextCollector {
  private text = "";
  /** True once more than `cap` characters arrived (the rest is dropped; it is too long anyway). */
  overflow = false;

  constructor(private readonly cap: number) {}

  add(b: Uint8Array, start: number, end: number): void {
    if (this.overflow) return;
    this.text += decodeText(b, start, end);
    if (this.text.length > this.cap) this.overflow = true;
  }

  /** True when no text arrived since the last `take`. */
  empty(): boolean {
    return this.text === "" && !this.overflow;
  }

  /** The text so far, and a fresh start. */
  take(): string {
    const text = this.text;
    this.text = "";
    this.overflow = false;
    return text;
  }
}

/** OOXML's escape for characters XML cannot carry: "_x000D_" → CR (ECMA-376, ST_Xstring). */
export function unescapeOoxml(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/gu, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16))
  );
}
