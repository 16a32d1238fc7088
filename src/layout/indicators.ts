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
import type { SheetLayout } from "./types";

/** Columns of one indicator block; blocks are one gap column apart. */
export const INDICATOR_BLOCK_COLUMNS = 4;
export const INDICATOR_HEADER_ROW = 3;

/** Top-left cell of indicator k's block (its name header), for links from other sheets. */
export const indicatorBlockCell = (k: number): string =>
  cellA1(INDICATOR_HEADER_ROW - 1, k * (INDICATOR_BLOCK_COLUMNS + 1));

export function indicatorsSheet(ctx: Context): SheetLayout {
  const { s } = ctx;
  const b = new SheetBuilder(
    "indicators",
    ctx.sheetNames.indicators ?? s.sheet.indicators,
    `${s.title.indicators} — ${ctx.frameworkLabel}`,
    ctx.language
  );
  b.tabColor = TAB_COLORS.summary;
  b.text("note", 1, 0, s.note.indicators, "note");
  ctx.indicators.forEach((indicator, k) => {
    const column = k * (INDICATOR_BLOCK_COLUMNS + 1);
    b.pageStarts.push(column);
    const name = s.caption.indicator(indicator.label, indicator.weight, indicator.dimension.label);
    b.text(
      `indicator${k + 1}.name`,
      INDICATOR_HEADER_ROW - 1,
      column,
      name,
      "groupHeader",
      INDICATOR_BLOCK_COLUMNS
    );
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
      row: INDICATOR_HEADER_ROW,
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
  b.freeze = { rows: INDICATOR_HEADER_ROW + 1, columns: 0 };
  // Printed: each page holds whole indicator blocks under their repeated name and header rows.
  b.repeatRows = { from: INDICATOR_HEADER_ROW - 1, to: INDICATOR_HEADER_ROW };
  return b.build();
}
