/** Sheet "overall": every city by rank with dimension scores, bonus, total and rate (图表 7). */
import { fraction, type Context } from "./context";
import { SheetBuilder, type Column } from "./sheet-builder";
import { DATA_BAR_COLOR, FORMATS, TAB_COLORS } from "./styles";
import type { CellValue, SheetLayout } from "./types";

/**
 * Columns shared by the overall ranking and the top / bottom ten: rank, city, dimensions, bonus,
 * total, rate. `withMeta` adds region, province and level, and in a translated layout the city's
 * name as given (Chinese) beside its English name.
 */
export function scoreColumns(
  ctx: Context,
  withMeta: boolean
): { columns: Column[]; row: (k: number) => CellValue[]; dimensionColumn: number } {
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
  const scores = ctx.dimensionColumns.map((d) => d.score);
  const hasBonus = ctx.bonusHeader !== null;
  /** Row of city k (an index of `ctx.columns`). */
  const row = (k: number): CellValue[] => {
    const values: CellValue[] = [c.rank[k] as number, names.city[k] as string];
    if (original) values.push(c.city[k] as string);
    if (withMeta)
      values.push(names.region[k] ?? null, names.province[k] ?? null, names.level[k] ?? null);
    for (const score of scores) values.push(score[k] ?? null);
    if (hasBonus) values.push(c.bonus[k] as number);
    values.push(c.total[k] as number, fraction(c.rate[k] as number));
    return values;
  };
  return { columns, row, dimensionColumn: 2 + meta.length };
}

/** Text-id columns (rows.ts) of a city's region, province and level, from `column` on. */
export const placeTextIds = (
  ctx: Context,
  column: number
): { column: number; texts: readonly (string | null)[] }[] => [
  { column, texts: ctx.names.region },
  { column: column + 1, texts: ctx.names.province },
  { column: column + 2, texts: ctx.names.level },
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
  const { columns, row, dimensionColumn } = scoreColumns(ctx, true);
  const table = b.table({
    key: "ranking",
    row: 3,
    column: 0,
    columns,
    rows: {
      count: ctx.columns.order.length,
      row: (i) => row(ctx.columns.order[i] as number),
      // The city's name, its name as given beside a translation, its region, province and
      // level (see scoreColumns): each text checked and looked up once per city.
      textIds: {
        columns: [
          { column: 1, texts: ctx.names.city },
          ...(ctx.places.translated ? [{ column: 2, texts: ctx.columns.city }] : []),
          ...placeTextIds(ctx, ctx.places.translated ? 3 : 2),
        ],
        idAt: (i) => ctx.columns.order[i] as number,
      },
    },
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
