/** The lexical grammar the package check (xml-check.ts) uses: patterns, states, name hashes. */
export const BAD_ENTITY = /&(?!(?:lt|gt|amp|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});)/;
export const NUMERIC_REFERENCE = /&#(x[0-9a-fA-F]+|[0-9]+);/g;
export const NUMBER_TEXT = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
/** A whole open or empty tag after its "<" (the fast path; a tag cut by a chunk end falls back to the state machine). */
export const OPEN_TAG =
  /([A-Za-z_:\u0080-\uffff][-\w.:\u0080-\uffff]*)((?:\s+[A-Za-z_:][-\w.:]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
/**
 * The text of an inline string as a worker thread writes it (inline-string.ts): printable ASCII
 * but `&<>`, tab, LF, the three escapes and character references to allowed characters above
 * U+007F (uppercase hex, no leading zero); anything else takes the general scanner.
 */
const INLINE_TEXT =
  String.raw`(?:[\t\n -%'-;=?-~]|&(?:amp|lt|gt);|&#x(?:[89A-F][0-9A-F]|[1-9A-F][0-9A-F]{2}|` +
  String.raw`[1-9A-C][0-9A-F]{3}|D[0-7][0-9A-F]{2}|E[0-9A-F]{3}|F[0-9A-E][0-9A-F]{2}|FF[0-9A-E][0-9A-F]|` +
  String.raw`FFF[0-9A-D]|[1-9A-F][0-9A-F]{4}|10[0-9A-F]{4});)*`;
/**
 * Whole rows of cells in the writer's own shape (numbers, shared-string indexes and a worker's
 * inline strings (INLINE_TEXT) only; `r` on a
 * cell only where it does not follow the previous one), matched
 * natively in one pass: a matched run is balanced and well-formed by the pattern's construction.
 * Anything else (a value that is not a number, a row cut by the chunk end) falls back to the
 * general scanner. The number is validated by a lookahead (atomic) and consumed by one character
 * class, so a row cut at the chunk end backtracks in linear time.
 */
export const CELL_ROWS = new RegExp(
  String.raw`(?:<row r="\d+"(?: ht="[\d.]+" customHeight="1")?>(?:<c(?: r="[A-Z]{1,3}\d+")?(?: s="\d+")?` +
    String.raw`(?:(?: t="s")?(?:\/>|><v>(?=-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?<)[-+.\deE]+<\/v><\/c>)` +
    String.raw`| t="inlineStr"><is><t(?: xml:space="preserve")?>${INLINE_TEXT}<\/t><\/is><\/c>))*<\/row>)+`,
  "y"
);
export const CLOSE_TAG = /\/([A-Za-z_:\u0080-\uffff][-\w.:\u0080-\uffff]*)\s*>/y;

export enum State {
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
  Declaration, // <? … ?>
}

export const hash = (name: string): number => {
  let h = 0;
  for (let i = 0; i < name.length; i++) h = (Math.imul(h, 31) + name.charCodeAt(i)) | 0;
  return h;
};
export const H_V = hash("v");
export const H_X14_ID = hash("x14:id");
export const H_X14_CFRULE = hash("x14:cfRule");
export const H_ID = hash("id");

export const isNameStart = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58 || c >= 0x80;
export const isNameChar = (c: number): boolean =>
  isNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 46;
export const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13;
export const allowedCodePoint = (cp: number): boolean =>
  cp === 9 ||
  cp === 10 ||
  cp === 13 ||
  (cp >= 0x20 && cp <= 0xd7ff) ||
  (cp >= 0xe000 && cp <= 0xfffd) ||
  (cp >= 0x10000 && cp <= 0x10ffff);
