/**
 * Inline-string cells (`<c t="inlineStr"><is><t>…</t></is></c>`, ECMA-376 §18.3.1.53) for a
 * sheet written in a worker thread (docs/adr/0015-parallel-sheet-parts.md): a text the main
 * thread's shared-string table may not hold. The row writer (row-bytes.ts) takes ASCII only, so
 * characters beyond it are written as character references (`&#x4E2D;`); the text is escaped
 * as in the shared-string table (`_xHHHH_`, `&`, `<`, `>`, CR; xml:space at leading or trailing
 * white space), so a reader gets the same text either way.
 */
import { escapeText } from "./ooxml";
import { ascii } from "./row-bytes";
import { escapeXstring } from "./shared-strings";

const PLAIN_OPEN = ascii("<t>");
const PRESERVE_OPEN = ascii(`<t xml:space="preserve">`);
const CLOSE = ascii("</t></is></c>");

/** The ASCII spelling of an escaped text: characters above U+007F as `&#xH;` (pairs as one). */
function asciiXml(escaped: string): string {
  // eslint-disable-next-line no-control-regex -- every character outside ASCII
  if (!/[^\u0000-\u007f]/.test(escaped)) return escaped;
  let out = "";
  for (const character of escaped) {
    const code = character.codePointAt(0) as number;
    out += code < 0x80 ? character : `&#x${code.toString(16).toUpperCase()};`;
  }
  return out;
}

/** Bytes of recent texts (region, province and level names repeat on every row). */
const cache = new Map<string, Uint8Array>();
const CACHED_TEXTS = 4096;

/** `<t>`, the text and the end of the cell (`</t></is></c>`), as ASCII bytes (read only). */
export function inlineTextBytes(text: string): Uint8Array {
  let bytes = cache.get(text);
  if (bytes === undefined) {
    if (cache.size >= CACHED_TEXTS) cache.clear();
    cache.set(text, (bytes = encodeInline(text)));
  }
  return bytes;
}

function encodeInline(text: string): Uint8Array {
  const open = /^\s|\s$/.test(text) ? PRESERVE_OPEN : PLAIN_OPEN;
  const body = ascii(asciiXml(escapeText(escapeXstring(text))));
  const bytes = new Uint8Array(open.length + body.length + CLOSE.length);
  bytes.set(open);
  bytes.set(body, open.length);
  bytes.set(CLOSE, open.length + body.length);
  return bytes;
}
