/**
 * The streaming well-formedness check every XML part of a written workbook passes (issue 10,
 * "Only valid workbooks leave the writer"). A character-level state machine fed chunk by chunk,
 * so parts of hundreds of megabytes are checked in one pass without being held in memory:
 * - only characters XML 1.0 allows (no C0 controls but tab / LF / CR, no U+FFFE / U+FFFF,
 *   surrogates only in pairs), entity references that exist and name allowed characters;
 * - tags nest and close in order, one root element, attributes quoted and not repeated;
 * - the text of every `<v>` element is a number (no NaN, Infinity or text in a value);
 * - data-bar links: `<x14:id>` texts and `<x14:cfRule id>` attributes, reported to the caller.
 * Names are compared by a 32-bit hash (no string per tag): a collision could hide a mismatch
 * with odds of 2^-32, acceptable for a gate behind a generator with a fixed grammar.
 * DOCTYPE and CDATA are refused: no part the writer emits uses them.
 */
const enum State {
  Text,
  Open, // after "<"
  Name, // element name of an open tag
  InTag, // between attributes
  AttrName,
  AfterAttrName,
  AfterEq,
  AttrValue,
  EmptyEnd, // after "/" in a tag: expect ">"
  CloseName,
  AfterCloseName,
  Special, // <? … ?> or <!-- … -->
}

const hash = (name: string): number => {
  let h = 0;
  for (let i = 0; i < name.length; i++) h = (Math.imul(h, 31) + name.charCodeAt(i)) | 0;
  return h;
};
const H_V = hash("v");
const H_X14_ID = hash("x14:id");
const H_X14_CFRULE = hash("x14:cfRule");
const H_ID = hash("id");
const ENTITIES = new Set(["lt", "gt", "amp", "quot", "apos"]);

const isNameStart = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 58 || c >= 0x80;
const isNameChar = (c: number): boolean =>
  isNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 46;
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;
/** Characters allowed in a `<v>`: digits, sign, point, exponent. */
const isNumberChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46 || c === 69 || c === 101;
const allowedCodePoint = (cp: number): boolean =>
  cp === 9 ||
  cp === 10 ||
  cp === 13 ||
  (cp >= 0x20 && cp <= 0xd7ff) ||
  (cp >= 0xe000 && cp <= 0xfffd) ||
  (cp >= 0x10000 && cp <= 0x10ffff);

export class XmlCheck {
  private state = State.Text;
  private offset = 0;
  private stack = new Int32Array(64);
  private depth = 0;
  private roots = 0;
  private nameHash = 0;
  private tagHash = 0;
  private attrHashes: number[] = [];
  private quote = 0;
  private highSurrogate = false;
  private entity: string | null = null;
  private special = "";
  private capture: string | null = null;
  private captureAttr = false;
  /** Texts of `<x14:id>` elements and `id` attributes of `<x14:cfRule>`, in order. */
  readonly dataBarIds: string[] = [];
  readonly dataBarRuleIds: string[] = [];

  constructor(private readonly part: string) {}

  private fail(reason: string): never {
    throw new Error(`${this.part}: not well-formed XML at character ${this.offset}: ${reason}`);
  }

  push(chunk: string): void {
    for (let i = 0; i < chunk.length; i++, this.offset++) this.step(chunk.charCodeAt(i));
  }

  end(): void {
    if (this.highSurrogate) this.fail("unpaired surrogate at the end");
    if (this.state !== State.Text || this.depth !== 0) this.fail("the document ends inside markup");
    if (this.roots !== 1) this.fail(`${this.roots} root elements`);
  }

  private character(c: number): void {
    if (this.highSurrogate) {
      if (c < 0xdc00 || c > 0xdfff) this.fail("unpaired high surrogate");
      this.highSurrogate = false;
      return;
    }
    if (c >= 0xd800 && c <= 0xdbff) this.highSurrogate = true;
    else if (c >= 0xdc00 && c <= 0xdfff) this.fail("unpaired low surrogate");
    else if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffe || c === 0xffff)
      this.fail(`character U+${c.toString(16).padStart(4, "0")} is not allowed in XML 1.0`);
  }

  /** Inside text or an attribute value: entity references. Returns true when `c` was consumed. */
  private reference(c: number): boolean {
    if (this.entity === null) {
      if (c !== 38) return false;
      this.entity = "";
      return true;
    }
    if (c !== 59) {
      if (this.entity.length > 10) this.fail("unterminated entity reference");
      this.entity += String.fromCharCode(c);
      return true;
    }
    const name = this.entity;
    this.entity = null;
    if (ENTITIES.has(name)) return true;
    const numeric = /^#(x[0-9a-fA-F]+|[0-9]+)$/.exec(name);
    if (!numeric) this.fail(`unknown entity &${name};`);
    const cp = name[1] === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    if (!allowedCodePoint(cp)) this.fail(`&${name}; names a character XML 1.0 forbids`);
    return true;
  }

  private step(c: number): void {
    this.character(c);
    switch (this.state) {
      case State.Text:
        if (c === 60) {
          if (this.entity !== null) this.fail("unterminated entity reference");
          this.state = State.Open;
        } else if (this.reference(c)) return;
        else if (this.depth === 0 && !isSpace(c)) this.fail("text outside the root element");
        else if (this.capture !== null && !this.captureAttr) this.capture += String.fromCharCode(c);
        else if (this.depth > 0 && this.stack[this.depth - 1] === H_V && !isNumberChar(c))
          this.fail("a <v> value that is not a number");
        return;
      case State.Open:
        if (c === 47) {
          this.state = State.CloseName;
          this.nameHash = 0;
        } else if (c === 63 || c === 33) {
          this.state = State.Special;
          this.special = String.fromCharCode(c);
        } else if (isNameStart(c)) {
          if (this.depth === 0 && this.roots > 0) this.fail("a second root element");
          this.state = State.Name;
          this.nameHash = c;
          this.attrHashes.length = 0;
        } else this.fail("'<' that starts no tag");
        return;
      case State.Name:
        if (isNameChar(c)) this.nameHash = (Math.imul(this.nameHash, 31) + c) | 0;
        else this.afterName(c);
        return;
      case State.InTag:
        if (isSpace(c)) return;
        if (c === 62) this.openElement();
        else if (c === 47) this.state = State.EmptyEnd;
        else if (isNameStart(c)) {
          this.state = State.AttrName;
          this.nameHash = c;
        } else this.fail("unexpected character in a tag");
        return;
      case State.AttrName:
        if (isNameChar(c)) this.nameHash = (Math.imul(this.nameHash, 31) + c) | 0;
        else {
          if (this.attrHashes.includes(this.nameHash)) this.fail("a repeated attribute");
          this.attrHashes.push(this.nameHash);
          this.state = State.AfterAttrName;
          this.afterAttrName(c);
        }
        return;
      case State.AfterAttrName:
        this.afterAttrName(c);
        return;
      case State.AfterEq:
        if (isSpace(c)) return;
        if (c !== 34 && c !== 39) this.fail("an unquoted attribute value");
        this.quote = c;
        this.state = State.AttrValue;
        this.captureAttr = this.tagHash === H_X14_CFRULE && this.nameHash === H_ID;
        if (this.captureAttr) this.capture = "";
        return;
      case State.AttrValue:
        if (c === this.quote) {
          if (this.entity !== null) this.fail("unterminated entity reference");
          if (this.captureAttr) this.dataBarRuleIds.push(this.capture ?? "");
          this.captureAttr = false;
          this.capture = null;
          this.state = State.InTag;
        } else if (c === 60) this.fail("'<' in an attribute value");
        else if (!this.reference(c) && this.captureAttr) this.capture += String.fromCharCode(c);
        return;
      case State.EmptyEnd:
        if (c !== 62) this.fail("'/' not followed by '>'");
        this.openElement();
        this.closeElement(this.tagHash);
        return;
      case State.CloseName:
        if (isNameChar(c)) this.nameHash = (Math.imul(this.nameHash, 31) + c) | 0;
        else if (isSpace(c)) this.state = State.AfterCloseName;
        else if (c === 62) this.closeElement(this.nameHash);
        else this.fail("unexpected character in a closing tag");
        return;
      case State.AfterCloseName:
        if (c === 62) this.closeElement(this.nameHash);
        else if (!isSpace(c)) this.fail("unexpected character in a closing tag");
        return;
      case State.Special:
        this.specialStep(c);
        return;
    }
  }

  private afterName(c: number): void {
    this.tagHash = this.nameHash;
    this.state = State.InTag;
    if (isSpace(c)) return;
    if (c === 62) this.openElement();
    else if (c === 47) this.state = State.EmptyEnd;
    else this.fail("unexpected character after an element name");
  }

  private afterAttrName(c: number): void {
    if (c === 61) this.state = State.AfterEq;
    else if (!isSpace(c)) this.fail("an attribute without a value");
  }

  private openElement(): void {
    if (this.depth === this.stack.length) {
      const bigger = new Int32Array(this.stack.length * 2);
      bigger.set(this.stack);
      this.stack = bigger;
    }
    if (this.depth === 0) this.roots += 1;
    this.stack[this.depth++] = this.tagHash;
    this.state = State.Text;
    if (this.tagHash === H_X14_ID) this.capture = "";
  }

  private closeElement(name: number): void {
    if (this.depth === 0 || this.stack[this.depth - 1] !== name)
      this.fail("a closing tag that does not match the open element");
    this.depth -= 1;
    if (name === H_X14_ID && this.capture !== null) {
      this.dataBarIds.push(this.capture);
      this.capture = null;
    }
    this.state = State.Text;
  }

  /** `<?…?>` (declaration, processing instruction) and `<!--…-->`; DOCTYPE and CDATA are refused. */
  private specialStep(c: number): void {
    const s = (this.special += String.fromCharCode(c));
    if (s.startsWith("?")) {
      if (s.length > 1 && s.endsWith("?>")) this.state = State.Text;
      else if (s.length > 4096) this.fail("an unterminated processing instruction");
    } else if (s.startsWith("!--")) {
      if (s.length > 4 && s.endsWith("-->")) this.state = State.Text;
      else if (s.length > 65536) this.fail("an unterminated comment");
    } else if (s.length >= 3 && s !== "!--".slice(0, s.length)) {
      this.fail("DOCTYPE and CDATA are not expected in a workbook part");
    }
  }
}
