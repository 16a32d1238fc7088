/**
 * Sheet "groupRanks": each city's rank within its region, level and province (图表 16, 24; docs/method.md,
 * "Regions, provinces and levels").
 */
import { MUNICIPALITY_LEVEL } from "../engine/evaluate";
import type { Context } from "./context";
import { SheetBuilder, type Column } from "./sheet-builder";
import { FORMATS, TAB_COLORS } from "./styles";
import { wrapWidth } from "./text-width";
import type { CellValue, SheetLayout } from "./types";

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
  const rowOf = (k: number): CellValue[] => {
    const level = c.level[k] ?? null;
    return [
      c.rank[k] as number,
      names.city[k] as string,
      c.total[k] as number,
      names.region[k] ?? null,
      c.groupRanks.region[k] ?? null,
      names.level[k] ?? null,
      c.groupRanks.level[k] ?? null,
      names.province[k] ?? null,
      level === MUNICIPALITY_LEVEL ? null : (c.groupRanks.province[k] ?? null),
    ];
  };
  // City, region, level and province by city id (rows.ts TextIds): checked and looked up once per city.
  const texts = [names.city, names.region, names.level, names.province];
  const rows = {
    count: c.order.length,
    row: (i: number) => rowOf(c.order[i] as number),
    textIds: {
      columns: texts.map((t, k) => ({ column: 1 + 2 * k, texts: t })),
      idAt: (i: number) => c.order[i] as number,
    },
  };
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
