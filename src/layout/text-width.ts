/** Display widths of cell text (CJK counts double) and how text wraps within a column. */
import type { CellValue } from "./types";

/** Widest column the layout makes, in characters. */
export const MAX_WIDTH = 40;
/** Headers wrap onto at most this many lines: the column widens until they fit … */
const MAX_HEADER_LINES = 2;
/** … up to this width; longer headers take more lines. */
const HEADER_WIDTH_CAP = 16;

/** Display width in characters: CJK and full-width characters count 2. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += CJK.test(ch) || (ch >= "\uffe0" && ch <= "\uffe6") ? 2 : 1;
  return w;
}

const CJK = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]/u;

/** Units a line may break between: words (with their trailing space) and single CJK characters. */
function wrapUnits(text: string): string[] {
  return (
    text.match(
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60][、，。：）]?|[^\s\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]+\s*|\s+/gu
    ) ?? []
  );
}

/** Lines `text` takes when wrapped at `width` characters (greedy, as Excel wraps). */
export function wrapLines(text: string, width: number): number {
  let lines = 1;
  let x = 0;
  for (const unit of wrapUnits(text)) {
    const w = textWidth(unit.trimEnd());
    if (x > 0 && x + w > width) {
      lines += 1;
      x = 0;
    }
    x += textWidth(unit);
  }
  return lines;
}

/** Narrowest width (≥ `least`) at which `text` wraps onto at most `maxLines` lines. */
export function wrapWidth(text: string, least: number, maxLines = MAX_HEADER_LINES): number {
  const longestUnit = wrapUnits(text).reduce((m, u) => Math.max(m, textWidth(u.trimEnd())), 0);
  let w = Math.max(least, Math.min(longestUnit, MAX_WIDTH - 2));
  while (w < HEADER_WIDTH_CAP && wrapLines(text, w) > maxLines) w += 1;
  return w;
}

export function valueWidth(value: CellValue, format: string | undefined): number {
  if (value === null) return 0;
  if (typeof value === "string") return textWidth(value);
  const decimals = /\.(0+)/u.exec(format ?? "")?.[1]?.length ?? 0;
  const percent = format?.includes("%") ?? false;
  return (percent ? value * 100 : value).toFixed(decimals).length + (percent ? 1 : 0);
}
