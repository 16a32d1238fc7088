/**
 * Display widths of cell text (CJK counts double) and how text wraps within a column.
 *
 * Excel and LibreOffice wrap differently, and a layout cannot insert its own line breaks in a
 * header (it is the table's column name). So wrapping is modelled for both renderers a reader
 * may use, and a header's column gets the narrowest width at which both break it sensibly: at a
 * word boundary, never leaving one CJK character alone on a line (or it stays on one line).
 */
import type { CellValue } from "./types";

/** Widest column the layout makes, in characters. */
export const MAX_WIDTH = 40;
/** Headers wrap onto at most this many lines: the column widens until they fit … */
const MAX_HEADER_LINES = 2;
/** … up to this width; longer headers take more lines. */
const HEADER_WIDTH_CAP = 16;
/** Columns carry this many characters beyond their content (see SheetBuilder.widen). */
const COLUMN_SLACK = 2;

/**
 * How a renderer lays text in a column, in column-width characters (the default font's digit):
 * width of a CJK character, of another character of bold (header) text, and of the cell's inner
 * padding.
 * - Excel, Calibri 11: 7 px a character, 5 px padding; CJK from 等线 / SimSun is 11 pt = 14.67 px;
 *   bold Latin letters ≈ 7.7 px.
 * - LibreOffice without Calibri: columns in DejaVu Sans digits (7 pt), CJK (Noto Sans CJK, bold
 *   synthesised) ≈ 11.5 pt, DejaVu Sans Bold letters ≈ 7.6 pt; measured on the 2015 workbooks' PDF.
 */
type Renderer = { cjk: number; other: number; padding: number };
const RENDERERS: readonly Renderer[] = [
  { cjk: 14.67 / 7, other: 1.1, padding: 5 / 7 },
  { cjk: 11.5 / 7, other: 1.1, padding: 0.45 },
];

/**
 * Width of a Latin character of regular (not bold) text in column-width characters, as DejaVu Sans
 * draws it (LibreOffice without Calibri; wider than Calibri, so it bounds Excel too): letters
 * and digits one (DejaVu's lowercase average 0.96), narrow letters and punctuation less, capitals
 * and m / w more; each rounded up a little so wrapped text is never cut.
 */
function regularWidth(ch: string): number {
  if (ch === " ") return 0.55;
  if (/[iljtfrI.,:;'!|()[\]{}"-]/u.test(ch)) return 0.7;
  if (/[mwMW@%&]/u.test(ch)) return 1.6;
  if (/[A-Z]/u.test(ch)) return 1.25;
  return 1;
}

const CJK_CLASS =
  "\\u1100-\\u115f\\u2e80-\\ua4cf\\uac00-\\ud7a3\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uff60";
const CJK = new RegExp(`[${CJK_CLASS}]`, "u");
const isWide = (ch: string): boolean => CJK.test(ch) || (ch >= "\uffe0" && ch <= "\uffe6");

/** Display width in characters: CJK and full-width characters count 2. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += isWide(ch) ? 2 : 1;
  return w;
}

/**
 * Units a line may break between: single CJK characters (with closing punctuation), words with
 * their trailing space, runs of space; a hyphenated word breaks after its hyphens, as Excel and
 * LibreOffice do ("digital-" / "literacy").
 */
const UNIT = new RegExp(`[${CJK_CLASS}][、，。：）]?|[^\\s${CJK_CLASS}-]+-*\\s*|-+\\s*|\\s+`, "gu");

const segmenter =
  typeof Intl !== "undefined" && "Segmenter" in Intl
    ? new Intl.Segmenter("zh", { granularity: "word" })
    : undefined;

/** Offsets (in code units) where a word starts: the sensible places to break a line. */
function wordStarts(text: string): Set<number> {
  if (!segmenter) return new Set(Array.from(text.matchAll(UNIT), (m) => m.index));
  return new Set(Array.from(segmenter.segment(text), (s) => s.index));
}

type Line = { start: number; text: string; width: number };

/**
 * The lines of `text` wrapped greedily in a column `column` characters wide, as `r` draws them;
 * bold (header) text at the renderer's bold width, regular text character by character.
 */
function layLines(text: string, column: number, r: Renderer, bold = true): Line[] {
  const room = column - r.padding;
  const unitWidth = (u: string): number => {
    let w = 0;
    for (const ch of u) w += isWide(ch) ? r.cjk : bold ? r.other : regularWidth(ch);
    return w;
  };
  const lines: Line[] = [];
  for (const m of text.matchAll(UNIT)) {
    const unit = m[0];
    const last = lines[lines.length - 1];
    const w = unitWidth(unit.trimEnd());
    if (last && (last.width === 0 || last.width + w <= room)) {
      last.width += unitWidth(last.text.slice(last.text.trimEnd().length)) + w;
      last.text += unit;
    } else if (!last || !/^\s+$/u.test(unit)) {
      lines.push({ start: m.index, text: unit, width: w });
    }
  }
  return lines.length > 0 ? lines : [{ start: 0, text, width: 0 }];
}

/**
 * Width of `text` on one line in column-width characters, the widest renderer's (padding
 * included), for text `points` large; bold Latin characters a tenth wider than regular ones
 * (DejaVu Sans Bold against DejaVu Sans), so capitals and "m" count their width.
 */
export function lineWidth(text: string, bold: boolean, points = 11): number {
  const widest = RENDERERS.reduce((most, r) => {
    let w = r.padding;
    for (const ch of text) w += isWide(ch) ? r.cjk : regularWidth(ch) * (bold ? 1.1 : 1);
    return Math.max(most, w);
  }, 0);
  return (widest * points) / 11;
}

/**
 * Lines `text` takes in a column `width` + 2 characters wide: the most any renderer needs. Bold
 * is the header font; cell text is regular.
 */
export function wrapLines(text: string, width: number, bold = true): number {
  const column = width + COLUMN_SLACK;
  return RENDERERS.reduce((most, r) => Math.max(most, layLines(text, column, r, bold).length), 0);
}

const loneCjk = (line: Line): boolean => {
  const t = line.text.trim();
  return textWidth(t) === 2 && isWide(t);
};

/**
 * Whether every renderer shows `text` in `column` whole, on ≤ maxLines lines, each line starting
 * at a word and none a lone CJK character.
 */
function readsWell(text: string, column: number, maxLines: number, starts: Set<number>): boolean {
  return RENDERERS.every((r) => {
    const lines = layLines(text, column, r);
    if (lines.some((l) => l.width > column - r.padding)) return false;
    return (
      lines.length === 1 ||
      (lines.length <= maxLines && lines.every((l) => starts.has(l.start) && !loneCjk(l)))
    );
  });
}

/**
 * Narrowest content width (≥ `least`; the column adds 2) at which `text` reads well in every
 * renderer on at most `maxLines` lines (see `readsWell`); a longer text takes the widest header
 * width and as many lines as it needs.
 */
export function wrapWidth(text: string, least: number, maxLines = MAX_HEADER_LINES): number {
  const starts = wordStarts(text);
  const widest = Math.max(least, HEADER_WIDTH_CAP);
  for (let w = least; w <= widest; w++)
    if (readsWell(text, w + COLUMN_SLACK, maxLines, starts)) return w;
  return Math.max(least, Math.min(widest, textWidth(text)));
}

export function valueWidth(value: CellValue, format: string | undefined): number {
  if (value === null) return 0;
  if (typeof value === "string") return textWidth(value);
  const decimals = /\.(0+)/u.exec(format ?? "")?.[1]?.length ?? 0;
  const percent = format?.includes("%") ?? false;
  return (percent ? value * 100 : value).toFixed(decimals).length + (percent ? 1 : 0);
}
