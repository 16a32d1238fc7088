/**
 * Sheet "groupRanks": each city's rank within its region, level and province (图表 16, 24; docs/method.md,
 * "Regions, provinces and levels").
 */
import { MUNICIPALITY_LEVEL } from "../engine/evaluate";
import type { Context } from "./context";
import { SheetBuilder, type Column } from "./sheet-builder";
import { FORMATS, TAB_COLORS } from "./styles";
import { wrapWidth } from "./text-width";
import type { SheetLayout } from "./types";
import { columnRows, type ColumnRead } from "./table-columns";

/** Content width of the narrowest column the builder makes (6 characters with its slack of 2). */
const NARROWEST_CONTENT = 4;

export function groupRanksSheet(ctx: Context): SheetLayout {
  const { s } = ctx;
  const b = new SheetBuilder(
    "groupRanks",
    ctx.sheetNames.groupRanks ?? s.sheet.groupRanks,
    s.title.groupRanks,
    ctx.language
  );
  b.tabColor = TAB_COLORS.summary;
  // The framework on a line of its own (as on the ranking): after the title it would run past
  // the page.
  b.text("framework", 1, 0, ctx.frameworkLabel, "subtitle");
  b.text("note", 2, 0, s.note.groupRanks, "note");
  const columns: Column[] = [
    { header: s.col.rank, format: FORMATS.integer },
    { header: s.col.city },
    { header: s.col.total, format: FORMATS.score },
    { header: s.col.region },
    { header: s.col.rankIn.region, format: FORMATS.integer },
    { header: s.col.level },
    { header: s.col.rankIn.level, format: FORMATS.integer },
    { header: s.col.province },
    { header: s.col.rankIn.province, format: FORMATS.integer },
  ];
  const c = ctx.columns;
  const names = ctx.names;
  const number = (values: ArrayLike<number | null>): ColumnRead => ({ kind: "number", values });
  const text = (texts: readonly (string | null)[]): ColumnRead => ({ kind: "text", texts });
  // City, region, level and province are text columns (text ids): checked and looked up once per city.
  const rows = columnRows({
    count: c.order.length,
    keyAt: (i) => c.order[i] as number,
    columns: [
      number(c.rank),
      text(names.city),
      number(c.total),
      text(names.region),
      number(c.groupRanks.region),
      text(names.level),
      number(c.groupRanks.level),
      text(names.province),
      {
        kind: "cell",
        at: (k) =>
          (c.level[k] ?? null) === MUNICIPALITY_LEVEL ? null : (c.groupRanks.province[k] ?? null),
      },
    ],
  });
  const table = b.table({
    key: "ranks",
    row: 4,
    column: 0,
    columns,
    rows,
    tableName: "sc_GroupRanks",
  });
  // A header over narrow figures may be laid out for a column narrower than the narrowest the
  // builder makes (6): at 6, 省内排名 prints 省内排/名. Widen to where it reads well from there.
  columns.forEach((col, j) => b.widen(j, wrapWidth(col.header, NARROWEST_CONTENT)));
  b.freeze = { rows: table.headerRow + 1, columns: 2 };
  b.repeatRows = { from: table.headerRow, to: table.headerRow };
  b.repeatColumns = { from: 0, to: 1 };
  return b.build();
}
