/** Sheet "overall": every city by rank with dimension scores, bonus, total and rate (图表 7). */
import type { Context } from "./context";
import { SheetBuilder, type Column } from "./sheet-builder";
import { DATA_BAR_COLOR, FORMATS, TAB_COLORS } from "./styles";
import { columnRows, PERCENT, rowOfColumns, type ColumnRead } from "./table-columns";
import type { CellValue, SheetLayout } from "./types";

/**
 * Columns shared by the overall ranking and the top / bottom ten: rank, city, dimensions, bonus,
 * total, rate. `withMeta` adds region, province and level, and in a translated layout the city's
 * name as given (Chinese) beside its English name.
 */
export function scoreColumns(
  ctx: Context,
  withMeta: boolean
): {
  columns: Column[];
  reads: ColumnRead[];
  row: (k: number) => CellValue[];
  dimensionColumn: number;
} {
  const { s } = ctx;
  const original = withMeta && ctx.places.translated;
  const meta: Column[] = withMeta
    ? [
        ...(original ? [{ header: s.col.cityAsGiven }] : []),
        { header: s.col.region },
        { header: s.col.province },
        { header: s.col.level },
      ]
    : [];
  const columns: Column[] = [
    { header: s.col.rank, format: FORMATS.integer },
    { header: s.col.city },
    ...meta,
    ...ctx.dimensions.map((d) => ({ header: d.label, format: FORMATS.score })),
    ...(ctx.bonusHeader === null ? [] : [{ header: ctx.bonusHeader, format: FORMATS.score }]),
    { header: s.col.total, format: FORMATS.score },
    { header: s.col.rate, format: FORMATS.rate },
  ];
  const c = ctx.columns;
  const names = ctx.names;
  const number = (values: ArrayLike<number>): ColumnRead => ({ kind: "number", values });
  const reads: ColumnRead[] = [
    number(c.rank),
    { kind: "text", texts: names.city },
    ...(original ? [{ kind: "text" as const, texts: c.city }] : []),
    ...(withMeta ? placeColumns(ctx) : []),
    ...ctx.dimensionColumns.map((d) => number(d.score)),
    ...(ctx.bonusHeader === null ? [] : [number(c.bonus)]),
    number(c.total),
    { kind: "number", values: c.rate, divisor: PERCENT },
  ];
  /** Row of city k (an index of `ctx.columns`). */
  const row = (k: number): CellValue[] => rowOfColumns(reads, k);
  return { columns, reads, row, dimensionColumn: 2 + meta.length };
}

/** Columns of a city's region, province and level (text ids: each checked and looked up once). */
export const placeColumns = (ctx: Context): ColumnRead[] => [
  { kind: "text", texts: ctx.names.region },
  { kind: "text", texts: ctx.names.province },
  { kind: "text", texts: ctx.names.level },
];

export function overallSheet(ctx: Context): SheetLayout {
  const { s, evaluation } = ctx;
  const b = new SheetBuilder(
    "overall",
    ctx.sheetNames.overall ?? s.sheet.overall,
    s.title.overall,
    ctx.language
  );
  b.tabColor = TAB_COLORS.summary;
  // The framework on a line of its own: after the title it would run past the first printed
  // page band of the wide English ranking.
  b.text("framework", 1, 0, ctx.frameworkLabel, "subtitle");
  b.text(
    "note",
    2,
    0,
    s.note.overall(ctx.columns.order.length, evaluation.framework.maxTotal),
    "note"
  );
  const { columns, reads, dimensionColumn } = scoreColumns(ctx, true);
  const table = b.table({
    key: "ranking",
    row: 3,
    column: 0,
    columns,
    // The city's name, its name as given beside a translation, its region, province and level
    // are text columns (see scoreColumns): each text checked and looked up once per city.
    rows: columnRows({
      count: ctx.columns.order.length,
      keyAt: (i) => ctx.columns.order[i] as number,
      columns: reads,
    }),
    tableName: "sc_Overall",
  });
  b.freeze = { rows: table.headerRow + 1, columns: 2 };
  b.repeatRows = { from: table.headerRow, to: table.headerRow };
  b.repeatColumns = { from: 0, to: 1 };
  // Split for print, the scores stay together on the page after the city's details: in English
  // one band would print at 58 % (6.4 pt text, ADR 0016); the second band starts below the title.
  b.pageStarts.push(dimensionColumn);
  const totalColumn = columns.length - 2;
  if (table.rows > 0)
    b.conditionalFormat({
      type: "dataBar",
      range: table.dataRange(totalColumn),
      color: DATA_BAR_COLOR,
    });
  return b.build();
}
