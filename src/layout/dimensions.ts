/**
 * One sheet per dimension (图表 27, 40, 53, 63, 76, 86): every city's indicator scores, dimension
 * score, rate and rank, sorted by the dimension rank; below it the dimension's top ten chart and
 * the indicator means by region and by level (图表 29-30, 42-43, …), each with its chart.
 */
import { citiesByRank, type Context, type DimensionItem } from "./context";
import {
  besideLastRow,
  sectionsBeside,
  sectionsBelow,
  type DimensionSections,
} from "./dimension-sections";
import { placeColumns } from "./overall";
import { SheetBuilder, topWithTiesAt, type Column } from "./sheet-builder";
import { FORMATS, TAB_COLORS } from "./styles";
import {
  bandScalePercent,
  columnPoints,
  firstPageHolds,
  fitsOneBand,
  repeatColumnsOnlyWhereSplit,
} from "./print";
import { cellA1, parseA1 } from "./ranges";
import { columnRows, PERCENT, type ColumnRead } from "./table-columns";
import type { SheetLayout } from "./types";

const TOP = 10;
/**
 * Header lines the ranking's indicator headers may wrap onto so that it prints in one page band
 * (narrower columns, taller header row): tried in order, none = the usual two.
 */
const HEADER_LINES = [undefined, 3, 4, 5, 6] as const;
/** Rows of the charts beside the ranking: the first whose sections fit its first page. */
const BESIDE_CHART_ROWS = [18, 13];
/** Rows of slack when checking that the sections beside the ranking fit its first page. */
const FIRST_PAGE_SLACK_ROWS = 2;

/** Sheet key of a dimension's sheet. */
export const dimensionSheetKey = (dimensionId: string): string => `dimension.${dimensionId}`;

/**
 * The dimension's sheet: the ranking, with its sections beside it when it prints in one page band
 * and they fit the first page's rows (charts as tall as that allows), else below it (`placement`
 * "below" forces that).
 */
export function dimensionSheet(
  ctx: Context,
  dimension: DimensionItem,
  index: number,
  placement: "beside" | "below" = "beside"
): SheetLayout {
  const { s } = ctx;
  const key = dimensionSheetKey(dimension.id);
  const b = new SheetBuilder(
    key,
    ctx.sheetNames[key] ?? dimension.label,
    s.title.dimension(dimension.label),
    ctx.language
  );
  b.tabColor = TAB_COLORS.dimension;
  const indicators = dimension.indicators;
  const series = ctx.dimensionColumns[index] ?? { score: [], rate: [], rank: [] };
  const first = ctx.indicators.findIndex((i) => i.dimension === dimension);
  const indicatorScores = indicators.map((_, i) => ctx.indicatorColumns[first + i]?.score ?? []);

  const columns: Column[] = [
    { header: s.col.rank, format: FORMATS.integer },
    { header: s.col.city },
    { header: s.col.region },
    { header: s.col.province },
    { header: s.col.level },
    ...indicators.map((i) => ({ header: i.label, format: FORMATS.score })),
    { header: s.col.dimensionScore(dimension.label), format: FORMATS.score },
    { header: s.col.rate, format: FORMATS.rate },
  ];
  const scoreColumn = columns.length - 2;
  // Positions p of the overall ranking, re-sorted by the dimension rank (stable: ties keep the
  // overall order), then mapped to city indices k.
  const c = ctx.columns;
  const byDimension = citiesByRank(c.order, series.rank);
  const number = (values: ArrayLike<number>): ColumnRead => ({ kind: "number", values });
  const rows = columnRows({
    count: byDimension.length,
    keyAt: (i) => byDimension[i] as number,
    columns: [
      number(series.rank),
      { kind: "text", texts: ctx.names.city },
      ...placeColumns(ctx),
      ...indicatorScores.map(number),
      number(series.score),
      { kind: "number", values: series.rate, divisor: PERCENT },
    ],
  });
  const rankingOptions = {
    key: "ranking",
    row: 3,
    column: 0,
    rows,
    caption: s.caption.dimensionRanking(dimension.label),
    tableName: `sc_Dim${index + 1}`,
  };
  // Indicator headers wrap onto more lines where that lets the ranking print in one band.
  const withLines = (lines: number | undefined): Column[] =>
    columns.map((col, j) =>
      lines !== undefined && j >= 5 && j <= scoreColumn ? { ...col, headerLines: lines } : col
    );
  const fitting =
    placement === "beside"
      ? HEADER_LINES.findIndex((lines) => {
          const trial = new SheetBuilder(key, b.name, b.title, ctx.language);
          trial.table({ ...rankingOptions, columns: withLines(lines) });
          return fitsOneBand(trial.currentWidths());
        })
      : -1;
  const beside = fitting >= 0;
  const headerLines = HEADER_LINES[fitting];
  const note = b.text("note", 1, 0, s.note.dimension(beside), "note");
  const ranking = b.table({ ...rankingOptions, columns: withLines(headerLines) });
  // Beside the ranking, the note prints on the ranking's page band: on two lines if wider.
  if (beside)
    b.splitToFit(
      note,
      b
        .currentWidths()
        .slice(0, columns.length)
        .reduce((sum, w) => sum + w, 0)
    );
  b.freeze = { rows: ranking.headerRow + 1, columns: 2 };
  b.repeatRows = { from: ranking.headerRow, to: ranking.headerRow };
  if (!beside) b.repeatColumns = { from: 0, to: 1 };

  // The top ten and every city tied with the tenth (the ranking table shows their equal ranks).
  const top = topWithTiesAt(
    byDimension.length,
    (i) => series.rank[byDimension[i] as number] ?? null,
    TOP
  );
  const sections: DimensionSections = {
    ctx,
    b,
    dimension,
    index,
    ranking,
    rows,
    scoreColumn,
    top,
    chartRows: 0,
    ...(headerLines === undefined ? {} : { headerLines }),
  };
  if (beside) {
    // Charts as tall as the first page allows, planned at the ranking band's scale.
    const draft = b.build();
    const planned = bandScalePercent(
      b.currentWidths().reduce((sum, w) => sum + columnPoints(w), 0)
    );
    const fits = (rows: number): boolean =>
      firstPageHolds(
        besideLastRow(sections, rows) + FIRST_PAGE_SLACK_ROWS,
        planned,
        draft.rowHeights ?? []
      );
    sections.chartRows =
      BESIDE_CHART_ROWS.find(fits) ?? BESIDE_CHART_ROWS[BESIDE_CHART_ROWS.length - 1] ?? 0;
    const last = sectionsBeside(sections);
    const sheet = b.build();
    const percent = sheet.print?.scalePercent ?? 100;
    // Beside the ranking only when every section prints whole on the first page.
    const breaks = sheet.print?.columnBreaks ?? [];
    if (
      breaks.join() === b.bandStarts.join() &&
      firstPageHolds(last + FIRST_PAGE_SLACK_ROWS, percent, sheet.rowHeights ?? [])
    )
      return sheet;
    return dimensionSheet(ctx, dimension, index, "below");
  }
  sectionsBelow(sections, fitsOneBand(b.currentWidths()));
  return chartsWithinBands(repeatColumnsOnlyWhereSplit(b.build(), columns.length));
}

/**
 * Ends each chart at the page band its first column prints on, so no chart is cut by a column
 * break (the ranking is wider than one band in some languages).
 */
function chartsWithinBands(sheet: SheetLayout): SheetLayout {
  const breaks = sheet.print?.columnBreaks ?? [];
  for (const chart of sheet.charts) {
    const from = parseA1(chart.anchor.from);
    const to = parseA1(chart.anchor.to);
    const bandEnd = breaks.find((c) => c > from.column);
    if (bandEnd !== undefined && to.column >= bandEnd)
      chart.anchor = { from: chart.anchor.from, to: cellA1(to.row, bandEnd - 1) };
  }
  return sheet;
}
