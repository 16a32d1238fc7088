/**
 * Sheet "groups": regions (图表 15-20), administrative levels (图表 23-26) and provinces
 * (图表 21-22, without the municipalities). One section per group kind, each starting a page:
 * the means table (count, mean total, score rate, dimension means), the dimension rates table
 * below it, then its charts on the next page. Everything prints in one page band, at the
 * largest scale at which each table fits a page (issue 11, "Print").
 * Groups: docs/method.md, "Regions, provinces and levels".
 */
import type { Grouping } from "../engine/evaluate";
import { fraction, type Context } from "./context";
import { anchorAt, categoryAxis, SheetBuilder, type PlacedTable } from "./sheet-builder";
import { FORMATS, TAB_COLORS } from "./styles";
import { dimensionMeansChart, halfway, rateChart } from "./group-charts";
import {
  bandScalePercent,
  columnPoints,
  firstPageHolds,
  fitsOneBand,
  repeatColumnsOnlyWhereSplit,
} from "./print";
import type { CellValue, SheetLayout } from "./types";

export { groupRanksSheet } from "./group-ranks";

const GROUPINGS: Grouping[] = ["region", "level", "province"];
const TABLE_NAMES: Record<Grouping, { means: string; rates: string }> = {
  region: { means: "sc_Regions", rates: "sc_RegionRates" },
  level: { means: "sc_Levels", rates: "sc_LevelRates" },
  province: { means: "sc_Provinces", rates: "sc_ProvinceRates" },
};
/** Dimension headers may wrap onto this many lines: narrow columns, one page band. */
const HEADER_LINES = 3;
/** Rows of slack when checking that a table or chart fits its page (renderers differ). */
const SLACK_ROWS = 2;
/** Width (characters) of the charts where the tables split into page bands. */
const SPLIT_CHART_CHARS = 96;
/** Rows of the charts on their page: the tallest that fits it. */
const CHART_ROWS = [32, 30, 28, 24, 20, 16, 14];
/**
 * Charts at least this many rows tall may stand below their tables on the same page; with
 * rotated category labels (long names) more, or the labels leave the bars no room.
 */
const SAME_PAGE_CHART_ROWS = { level: 14, rotated: 20 };

/** Rows of a section's charts, and whether they stand below its tables on their page. */
type ChartPlan = { rows: number; samePage: boolean };

/** The rows one section takes: its tables, kept on a page each, and its charts' first row. */
type Section = {
  grouping: Grouping;
  means: PlacedTable;
  chartRow: number;
  charts: ChartPlan;
  /** Row ranges (inclusive) each printed whole on one page. */
  units: { from: number; to: number }[];
};

export function groupsSheet(ctx: Context): SheetLayout {
  const { s } = ctx;
  const create = (): SheetBuilder => {
    const b = new SheetBuilder(
      "groups",
      ctx.sheetNames.groups ?? s.sheet.groups,
      s.title.groups,
      ctx.language
    );
    b.tabColor = TAB_COLORS.summary;
    // The framework on a line of its own (as on the ranking): after the title it would run past
    // the page band.
    b.text("framework", 1, 0, ctx.frameworkLabel, "subtitle");
    b.text("note", 2, 0, s.note.groups, "note");
    return b;
  };
  // A draft with charts 0 rows tall gives the tables' widths and header heights: the scale at
  // which each table fits a page, and the charts' height at that scale.
  const draft = create();
  const drafted = placeSections(ctx, draft, () => ({ rows: 0, samePage: false }));
  const heights = draft.build().rowHeights ?? [];
  const percent = largestFittingPercent(drafted, heights);
  // Wider tables print smaller still (the charts' page then holds more rows).
  const tableChars = draft.currentWidths().reduce((sum, w) => sum + w, 0);
  const printed = Math.min(percent, bandScalePercent(columnPoints(tableChars)));
  // A blank row above the charts (see addCharts), then the charts.
  const chartRows =
    CHART_ROWS.find((rows) => firstPageHolds(rows + SLACK_ROWS, printed, [])) ??
    CHART_ROWS[CHART_ROWS.length - 1] ??
    0;

  // Below the tables on their page where charts ≥ 14 rows tall fit there (the levels' four rows).
  const plans = new Map(
    drafted.map((section, i) => {
      const top = i === 0 ? 0 : (section.units[0]?.from ?? 0);
      const tablesEnd = section.units[section.units.length - 1]?.to ?? top;
      // The section's own rows (in the draft the next section follows right after them).
      const shifted = heights
        .filter((h) => h.row >= top && h.row <= tablesEnd)
        .map((h) => ({ row: h.row - top, height: h.height }));
      const labels = section.means.block.values.slice(1).map((r) => r[1] ?? null);
      const least = categoryAxis(labels).categoryLabelRotation
        ? SAME_PAGE_CHART_ROWS.rotated
        : SAME_PAGE_CHART_ROWS.level;
      const rows = CHART_ROWS.filter((r) => r <= chartRows && r >= least).find((r) =>
        firstPageHolds(tablesEnd + 1 + r - top + SLACK_ROWS, printed, shifted)
      );
      const plan = rows ? { rows, samePage: true } : { rows: chartRows, samePage: false };
      return [section.grouping, plan];
    })
  );

  const b = create();
  const sections = placeSections(
    ctx,
    b,
    (grouping) => plans.get(grouping) ?? { rows: 0, samePage: false }
  );
  const band = widenToScale(b, percent);
  for (const section of sections) addCharts(ctx, b, section, band);
  // Key columns repeat only where a framework with many dimensions still splits the tables.
  b.repeatColumns = { from: 0, to: 1 };
  return repeatColumnsOnlyWhereSplit(b.build(), draft.currentWidths().length);
}

/** Places each group kind's tables (each table kept on one page), leaving rows for its charts. */
function placeSections(
  ctx: Context,
  b: SheetBuilder,
  plan: (grouping: Grouping) => ChartPlan
): Section[] {
  const { s, evaluation } = ctx;
  const dims = ctx.dimensions;
  const dimensionHeaders = dims.map((d) => ({ header: d.label, headerLines: HEADER_LINES }));
  const sections: Section[] = [];
  let row = 4;
  for (const grouping of GROUPINGS) {
    const groups = evaluation.groups[grouping];
    const label = (name: string): CellValue => ctx.groupLabel(grouping, name);
    const means = b.table({
      key: grouping,
      row,
      column: 0,
      columns: [
        { header: s.col.rank, format: FORMATS.integer },
        { header: s.col[grouping] },
        ...dimensionHeaders.map((h) => ({ ...h, format: FORMATS.score })),
        { header: s.col.meanTotal, format: FORMATS.score },
        { header: s.col.rate, format: FORMATS.rate },
        { header: s.col.count, format: FORMATS.integer },
      ],
      rows: groups.map((g) => [
        g.rank,
        label(g.name),
        ...dims.map((d) => g.mean[d.name] ?? null),
        g.mean.total ?? null,
        fraction(g.rate.total ?? 0),
        g.count,
      ]),
      caption: s.caption.groups[grouping],
      tableName: TABLE_NAMES[grouping].means,
    });
    let end = means.end;
    if (grouping === "province") {
      b.text("province.note", end, 0, s.note.province, "note");
      end += 1;
    }
    // The first section shares its page with the sheet's title; the others start a page.
    const units = [{ from: sections.length === 0 ? 0 : row, to: end - 1 }];
    b.keepTogether(row, end - 1, sections.length > 0);
    if (dims.length > 0) {
      const ratesRow = end + 1;
      const rates = b.table({
        key: `${grouping}.rates`,
        row: ratesRow,
        column: 0,
        columns: [
          { header: s.col.rank, format: FORMATS.integer },
          { header: s.col[grouping] },
          // Dimension names as headers under the caption "score rate by dimension": the
          // columns stand under the means table's dimension columns, as narrow.
          ...dimensionHeaders.map((h) => ({ ...h, format: FORMATS.rate })),
        ],
        rows: groups.map((g) => [
          g.rank,
          label(g.name),
          ...dims.map((d) => fraction(g.rate[d.name] ?? 0)),
        ]),
        caption: s.chart.dimensionRates,
        tableName: TABLE_NAMES[grouping].rates,
      });
      units.push({ from: ratesRow, to: rates.end - 1 });
      b.keepTogether(ratesRow, rates.end - 1);
      end = rates.end;
    }
    const charts = plan(grouping);
    // One blank row between tables and charts; on a page of their own, the page starts at it.
    const chartRow = charts.samePage ? end + 1 : end + 2;
    sections.push({ grouping, means, chartRow, charts, units });
    row = means.rows > 0 ? chartRow + charts.rows + 1 : chartRow;
  }
  return sections;
}

/**
 * Largest print scale (percent) at which every table, with its caption (and the first with the
 * sheet's title), fits a landscape page: heights are shifted so each unit starts the page.
 */
function largestFittingPercent(
  sections: readonly Section[],
  heights: readonly { row: number; height: number }[]
): number {
  const units = sections.flatMap((section) => section.units);
  const fits = (percent: number): boolean =>
    units.every((u) =>
      firstPageHolds(
        u.to - u.from + SLACK_ROWS,
        percent,
        heights.map((h) => ({ row: h.row - u.from, height: h.height }))
      )
    );
  let percent = 100;
  while (percent > 1 && !fits(percent)) percent -= 1;
  return percent;
}

/**
 * Makes the one page band wide enough that the sheet prints at ≤ `percent` (a column under the
 * charts takes the rest), and starts a band after it: print.ts then prints the sheet at that
 * explicit scale (Excel's narrower Calibri columns print at the same scale, so the row breaks
 * planned at it hold). Returns the band's columns and width in characters.
 */
function widenToScale(b: SheetBuilder, percent: number): { columns: number; chars: number } {
  const widths = b.currentWidths();
  const tableChars = widths.reduce((sum, w) => sum + w, 0);
  let chars = tableChars;
  while (bandScalePercent(columnPoints(chars)) > percent) chars += 1;
  const fill = chars - tableChars;
  const filled = fill > 0 ? [...widths, fill] : widths;
  // A framework with many dimensions: the tables split into page bands (print.ts); the charts
  // stay within the first, which holds ≥ 105 characters (741 pt at 100 %).
  if (!fitsOneBand(filled)) {
    const columns = b.columnsSpanning(0, SPLIT_CHART_CHARS);
    const spanned = widths.slice(0, columns).reduce((sum, w) => sum + w, 0);
    return spanned > SPLIT_CHART_CHARS + 5
      ? { columns: 1, chars: widths[0] ?? 0 }
      : { columns, chars: spanned };
  }
  if (fill > 0) b.setWidth(widths.length, fill);
  b.bandStarts.push(filled.length);
  return { columns: filled.length, chars };
}

/** The section's charts on the page after its tables, across the band (two side by side). */
function addCharts(
  ctx: Context,
  b: SheetBuilder,
  section: Section,
  band: { columns: number; chars: number }
): void {
  const { grouping, means, chartRow } = section;
  const { rows, samePage } = section.charts;
  if (means.rows === 0 || rows === 0) return;
  // On a page of their own the page starts a row above the charts: a chart's frame starting at
  // a page break would print a line at the foot of the page before.
  if (samePage) b.keepTogether(chartRow, chartRow + rows - 1);
  else b.keepTogether(chartRow - 1, chartRow + rows - 1, true);
  if (grouping === "province" || ctx.dimensions.length === 0) {
    b.chart(rateChart(ctx, grouping, means, anchorAt(chartRow, 0, rows, band.columns)));
    return;
  }
  const left = halfway(b.currentWidths().slice(0, band.columns));
  b.chart(rateChart(ctx, grouping, means, anchorAt(chartRow, 0, rows, left)));
  b.chart(
    dimensionMeansChart(
      ctx,
      grouping,
      means,
      anchorAt(chartRow, left, rows, Math.max(1, band.columns - left))
    )
  );
}
