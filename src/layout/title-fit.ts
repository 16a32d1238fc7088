/**
 * Titles and notes within the page band they print in (issue 11, "no text cut … on paper"): where
 * a later band of a wide sheet starts (below the title block the repeated key columns would cut),
 * and a note moved partly onto the next row where it is wider than its band.
 */
import { parseA1 } from "./ranges";
import { STYLES } from "./styles";
import { lineWidth } from "./text-width";
import type { Block, ChartSpec, StyleName } from "./types";

/** Width in characters of a column left at the default width (Excel's 8.43, the narrower one). */
const DEFAULT_CHARS = 8.43;

export type PlacedContent = {
  blocks: readonly Block[];
  charts: readonly ChartSpec[];
  /** Column widths in characters. */
  widths: readonly number[];
};

export const textStyle = (block: Block): StyleName => block.styles[0]?.style ?? "note";

/** Width of a one-cell text block's text in column characters, in its style's font. */
function textChars(block: Block, text: string): number {
  const style = STYLES[textStyle(block)];
  return lineWidth(text, style.bold === true, style.fontSize);
}

/**
 * Where a later page band (columns from … to − 1) starts: at the first row of a block or chart
 * reaching into its columns, or higher while the rows above hold only texts that fit within the
 * repeated key columns (a table's caption); never at a title they would print cut at their edge.
 */
export function bandTop(
  content: PlacedContent,
  from: number,
  to: number,
  repeat: { from: number; to: number } | undefined
): number {
  let top = Infinity;
  const reaches = (column: number, columns: number): boolean =>
    column < to && column + columns > from;
  for (const b of content.blocks) if (reaches(b.column, b.columns)) top = Math.min(top, b.row);
  for (const c of content.charts) {
    const a = parseA1(c.anchor.from);
    const z = parseA1(c.anchor.to);
    if (reaches(a.column, z.column - a.column + 1)) top = Math.min(top, a.row);
  }
  if (!Number.isFinite(top)) return 0;
  while (top > 0 && repeat && textsFitColumns(content, top - 1, repeat)) top -= 1;
  return top;
}

/** Whether row `row` holds text, all of it in one-cell texts within columns `columns`. */
function textsFitColumns(
  content: PlacedContent,
  row: number,
  columns: { from: number; to: number }
): boolean {
  const inRow = content.blocks.filter((b) => row >= b.row && row < b.row + b.rows);
  return (
    inRow.length > 0 &&
    inRow.every((b) => {
      const text = b.values[0]?.[0];
      if (b.rows !== 1 || typeof text !== "string" || b.column < columns.from) return false;
      let room = 0;
      for (let c = b.column; c <= columns.to; c++) room += content.widths[c] ?? DEFAULT_CHARS;
      return textChars(b, text) <= room;
    })
  );
}

/** Clause marks a note may break after, strongest first. */
const CLAUSE_ENDS = [/；|; /gu, /，|, /gu];

/**
 * Shortens one-cell text `block` that runs past `chars` column characters after a clause mark and
 * returns the rest for the next row (null: it fits, or has no clause mark): a note wider than the
 * page band it prints in would be cut at the band's edge. It breaks after the strongest mark
 * (semicolon before comma) at which both lines fit, else after the last at which the first does.
 */
export function splitToFit(block: Block, chars: number): string | null {
  const row = block.values[0];
  const text = row?.[0];
  if (!row || typeof text !== "string" || textChars(block, text) <= chars) return null;
  const fits = (t: string): boolean => textChars(block, t.trim()) <= chars;
  const ends = CLAUSE_ENDS.map((marks) =>
    [...text.matchAll(marks)].map((m) => m.index + m[0].length).reverse()
  );
  const at =
    ends.flat().find((i) => fits(text.slice(0, i)) && fits(text.slice(i))) ??
    ends
      .flat()
      .sort((a, b) => b - a)
      .find((i) => fits(text.slice(0, i)));
  if (at === undefined) return null;
  row[0] = text.slice(0, at).trimEnd();
  return text.slice(at).trim();
}
