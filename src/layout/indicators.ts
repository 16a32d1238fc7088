/**
 * Sheet "indicators": every indicator's ranking (图表 31, 34, 37, …) as one block per indicator,
 * side by side (rank, city, score, rate), each sorted by its own rank, under a header naming the
 * indicator, its weight and its dimension. Why this layout: docs/adr/0005-indicator-rankings-layout.md.
 */
import { citiesByRank, type Context } from "./context";
import { columnRows, PERCENT } from "./table-columns";
import { SheetBuilder } from "./sheet-builder";
import { FORMATS, TAB_COLORS } from "./styles";
import { cellA1 } from "./ranges";
import { lineWidth } from "./text-width";
import type { SheetLayout } from "./types";

/** Columns of one indicator block; blocks are one gap column apart. */
export const INDICATOR_BLOCK_COLUMNS = 4;
/** Row of each block's caption (its first line when the caption wraps). */
const CAPTION_ROW = 2;

/** Top-left cell of indicator k's block (its name header), for links from other sheets. */
export const indicatorBlockCell = (k: number): string =>
  cellA1(CAPTION_ROW, k * (INDICATOR_BLOCK_COLUMNS + 1));

/**
 * Every indicator's block. A caption (name, weight, dimension) wider than its block would run
 * under the next block's caption, so captions wrap onto lines of their own, one row each, as
 * many rows as the longest needs (issue 11: no text cut); the widths come from a first build.
 */
export function indicatorsSheet(ctx: Context): SheetLayout {
  const captions = ctx.indicators.map((indicator) =>
    ctx.s.caption.indicator(indicator.label, indicator.weight, indicator.dimension.label)
  );
  const single = captions.map((c) => [c]);
  const first = buildIndicators(ctx, single);
  const blockChars = (k: number): number => {
    const from = k * (INDICATOR_BLOCK_COLUMNS + 1);
    return first.columnWidths
      .slice(from, from + INDICATOR_BLOCK_COLUMNS)
      .reduce((sum, w) => sum + w, 0);
  };
  const wrapped = captions.map((c, k) => captionLines(c, blockChars(k)));
  return wrapped.every((lines) => lines.length === 1) ? first : buildIndicators(ctx, wrapped);
}

/** `text` in lines no wider than `chars` (bold, the widest renderer), broken between words. */
function captionLines(text: string, chars: number): string[] {
  // Words with their trailing space; a Chinese character is a word of its own.
  const words = text.match(
    /[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+\s*|\s+/gu
  ) ?? [text];
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    if (line.trim() !== "" && lineWidth((line + word).trimEnd(), true) > chars) {
      lines.push(line.trimEnd());
      line = word.trimStart();
    } else line += word;
  }
  if (line.trim() !== "") lines.push(line.trimEnd());
  return lines.length > 0 ? lines : [text];
}

function buildIndicators(ctx: Context, captions: readonly (readonly string[])[]): SheetLayout {
  const { s } = ctx;
  const captionRows = captions.reduce((most, lines) => Math.max(most, lines.length), 1);
  const headerRow = CAPTION_ROW + captionRows;
  const b = new SheetBuilder(
    "indicators",
    ctx.sheetNames.indicators ?? s.sheet.indicators,
    `${s.title.indicators} — ${ctx.frameworkLabel}`,
    ctx.language
  );
  b.tabColor = TAB_COLORS.summary;
  b.text("note", 1, 0, s.note.indicators, "note");
  ctx.indicators.forEach((_, k) => {
    const column = k * (INDICATOR_BLOCK_COLUMNS + 1);
    b.pageStarts.push(column);
    const lines = captions[k] ?? [];
    for (let line = 0; line < captionRows; line++) {
      const caption = b.text(
        line === 0 ? `indicator${k + 1}.name` : `indicator${k + 1}.name${line + 1}`,
        CAPTION_ROW + line,
        column,
        lines[line] ?? "",
        "groupHeader",
        INDICATOR_BLOCK_COLUMNS
      );
      // A shorter caption's last rows: the fill only, no empty text.
      if (lines[line] === undefined && caption.values[0]) caption.values[0][0] = null;
    }
    // Positions p of the overall ranking, re-sorted by the indicator rank (stable: ties keep the
    // overall order), then mapped to city indices.
    const { score, rate, rank } = ctx.indicatorColumns[k] ?? { score: [], rate: [], rank: [] };
    const { order } = ctx.columns;
    const byRank = citiesByRank(order, rank);
    const rows = columnRows({
      count: byRank.length,
      keyAt: (i) => byRank[i] as number,
      columns: [
        { kind: "number", values: rank },
        { kind: "text", texts: ctx.names.city },
        { kind: "number", values: score },
        { kind: "number", values: rate, divisor: PERCENT },
      ],
    });
    b.table({
      key: `indicator${k + 1}`,
      row: headerRow,
      column,
      tableName: `sc_Ind${k + 1}`,
      columns: [
        { header: s.col.rank, format: FORMATS.integer },
        { header: s.col.city },
        { header: s.col.score, format: FORMATS.score },
        { header: s.col.rate, format: FORMATS.rate },
      ],
      rows,
    });
    b.setWidth(column + INDICATOR_BLOCK_COLUMNS, 3);
  });
  b.freeze = { rows: headerRow + 1, columns: 0 };
  // Printed: each page holds whole indicator blocks under their repeated name and header rows.
  b.repeatRows = { from: CAPTION_ROW, to: headerRow };
  return b.build();
}
