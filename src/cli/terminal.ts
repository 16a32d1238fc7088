/**
 * Text bound for a terminal. Data from files (city, sheet and file names, cell text) may hold
 * escape sequences that would recolour, retitle or hide output; they are shown visibly instead.
 */

/**
 * C0 controls except the line feed between lines, DEL, C1 controls, bidirectional overrides and
 * isolates (which reorder what is shown), the BOM and noncharacters U+FFFE/U+FFFF, lone surrogates.
 */
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff\ud800-\udfff]/gu;

const NAMED: Record<string, string> = { "\t": "\\t", "\r": "\\r", "\u001b": "\\x1b" };

function visible(ch: string): string {
  const named = NAMED[ch];
  if (named !== undefined) return named;
  const code = ch.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, "0")}`
    : `\\u${code.toString(16).padStart(4, "0")}`;
}

/**
 * One line of text with every unsafe character written as an escape: ESC → "\x1b", a line feed
 * inside a name → "\n" (so one message stays one line).
 */
export function escapeLine(text: string): string {
  return text.replace(/\n/gu, "\\n").replace(UNSAFE, visible);
}
