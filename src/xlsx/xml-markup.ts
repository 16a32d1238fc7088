/**
 * The tag state machine of the part check (xml-check.ts, which extends it): tags read one
 * character at a time where the check's whole-tag patterns do not match (declarations, tags cut
 * by a chunk boundary, unusual spacing), and the stack of open elements both paths share.
 * Names are 32-bit hashes (see xml-check.ts); the check supplies how to fail and what ends a text.
 */
import { H_ID, H_X14_CFRULE, isNameChar, isNameStart, isSpace, State } from "./xml-grammar";

export abstract class XmlMarkup {
  protected state = State.Text;
  protected stack = new Int32Array(64);
  protected depth = 0;
  protected roots = 0;
  protected nameHash = 0;
  protected tagHash = 0;
  protected attributes: number[] = [];
  protected quote = 0;
  protected declaration = "";
  /** The attribute value being read is the `id` of an `<x14:cfRule>` (captured by the check). */
  protected captureId = false;

  /** Throws the check's error for `reason` at `at` in the current chunk. */
  protected abstract fail(reason: string, at?: number): never;
  /** The text before a tag ends (the check tests `<v>` numbers and keeps data-bar ids). */
  protected abstract textEnd(): void;

  /** One character of a tag. */
  protected markup(c: number, at: number): void {
    switch (this.state) {
      case State.Open:
        if (c === 47) {
          this.state = State.CloseName;
          this.nameHash = 0;
        } else if (c === 63) {
          this.state = State.Declaration;
          this.declaration = "";
        } else if (isNameStart(c)) {
          if (this.depth === 0 && this.roots > 0) this.fail("a second root element", at);
          this.state = State.Name;
          this.nameHash = c;
          this.attributes.length = 0;
        } else
          this.fail("'<' that starts no tag (comments, CDATA and DOCTYPE are not expected)", at);
        return;
      case State.Name:
        if (isNameChar(c)) this.nameHash = (Math.imul(this.nameHash, 31) + c) | 0;
        else {
          this.tagHash = this.nameHash;
          this.state = State.InTag;
          this.markup(c, at);
        }
        return;
      case State.InTag:
        if (isSpace(c)) return;
        if (c === 62) this.openElement();
        else if (c === 47) this.state = State.EmptyEnd;
        else if (isNameStart(c)) {
          this.state = State.AttrName;
          this.nameHash = c;
        } else this.fail("unexpected character in a tag", at);
        return;
      case State.AttrName:
        if (isNameChar(c)) {
          this.nameHash = (Math.imul(this.nameHash, 31) + c) | 0;
          return;
        }
        if (this.attributes.includes(this.nameHash)) this.fail("a repeated attribute", at);
        this.attributes.push(this.nameHash);
        this.state = State.AfterAttrName;
        this.markup(c, at);
        return;
      case State.AfterAttrName:
        if (c === 61) this.state = State.AfterEq;
        else if (!isSpace(c)) this.fail("an attribute without a value", at);
        return;
      case State.AfterEq:
        if (isSpace(c)) return;
        if (c !== 34 && c !== 39) this.fail("an unquoted attribute value", at);
        this.quote = c;
        this.state = State.AttrValue;
        this.captureId = this.tagHash === H_X14_CFRULE && this.nameHash === H_ID;
        return;
      case State.EmptyEnd:
        if (c !== 62) this.fail("'/' not followed by '>'", at);
        this.openElement();
        this.closeElement(this.tagHash, at);
        return;
      case State.CloseName:
        if (isNameChar(c)) this.nameHash = (Math.imul(this.nameHash, 31) + c) | 0;
        else if (isSpace(c)) this.state = State.AfterCloseName;
        else if (c === 62) this.closeElement(this.nameHash, at);
        else this.fail("unexpected character in a closing tag", at);
        return;
      case State.AfterCloseName:
        if (c === 62) this.closeElement(this.nameHash, at);
        else if (!isSpace(c)) this.fail("unexpected character in a closing tag", at);
        return;
      case State.Declaration:
        this.declaration += String.fromCharCode(c);
        if (this.declaration.endsWith("?>")) this.state = State.Text;
        else if (this.declaration.length > 1024) this.fail("an unterminated declaration", at);
        return;
      default:
        this.fail("internal: unexpected state", at);
    }
  }

  protected openElement(): void {
    if (this.depth === this.stack.length) {
      const bigger = new Int32Array(this.stack.length * 2);
      bigger.set(this.stack);
      this.stack = bigger;
    }
    if (this.depth === 0) this.roots += 1;
    this.stack[this.depth++] = this.tagHash;
    this.state = State.Text;
  }

  protected closeElement(name: number, at: number): void {
    if (this.depth === 0 || this.stack[this.depth - 1] !== name)
      this.fail("a closing tag that does not match the open element", at);
    this.textEnd();
    this.depth -= 1;
    this.state = State.Text;
  }
}
