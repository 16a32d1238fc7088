/** Sheet "about": framework, source, counts, validation summary, contents with links, method notes. */
import type { Context } from "./context";
import { SheetBuilder } from "./sheet-builder";
import { FORMATS, TAB_COLORS } from "./styles";
import type { Block, CellValue, SheetLayout } from "./types";

/** Sheets listed in the contents: key and description. */
export type ContentsEntry = { key: string; description: string };

export function aboutSheet(ctx: Context, contents: ContentsEntry[]): SheetLayout {
  const { s, evaluation, dataset } = ctx;
  const b = new SheetBuilder(
    "about",
    ctx.sheetNames.about ?? s.sheet.about,
    `${s.title.about} — ${ctx.frameworkLabel}`
  );
  b.tabColor = TAB_COLORS.about;

  const counts = { error: 0, warning: 0, info: 0 };
  const byCode = new Map<string, { severity: keyof typeof counts; count: number }>();
  for (const issue of evaluation.validation) {
    counts[issue.severity] += 1;
    const entry = byCode.get(issue.code);
    if (entry) entry.count += 1;
    else byCode.set(issue.code, { severity: issue.severity, count: 1 });
  }

  const facts: CellValue[][] = [
    [s.fact.framework, ctx.frameworkLabel],
    [s.fact.source, dataset.source],
    [s.fact.cities, ctx.columns.order.length],
    [s.fact.maxTotal, evaluation.framework.maxTotal],
    [s.fact.dimensions, ctx.dimensions.length],
    [s.fact.indicators, ctx.indicators.length],
    [s.fact.validation, s.fact.validationCounts(counts.error, counts.warning, counts.info)],
  ];
  b.text("facts.caption", 2, 0, s.caption.facts, "subtitle");
  const factsBlock: Block = {
    key: "facts",
    row: 3,
    column: 0,
    rows: facts.length,
    columns: 2,
    values: facts,
    numberFormats: [],
    styles: [{ row: 0, column: 0, rows: facts.length, columns: 1, style: "rowHeader" }],
  };
  b.block(factsBlock);
  let row = 3 + facts.length + 1;

  const toc = b.table({
    key: "contents",
    row,
    column: 0,
    caption: s.caption.contents,
    columns: [{ header: s.col.sheet }, { header: s.col.contents }],
    rows: contents.map((c) => [ctx.sheetNames[c.key] ?? c.key, c.description]),
  });
  toc.block.links = contents.map((c, i) => ({
    row: i + 1,
    column: 0,
    sheetKey: c.key,
    cell: "A1",
  }));
  if (contents.length > 0)
    toc.block.styles.push({ row: 1, column: 0, rows: contents.length, columns: 1, style: "link" });
  row = toc.end + 1;

  const severities = ["error", "warning", "info"] as const;
  const codes = [...byCode.entries()].sort(
    (a, b) =>
      severities.indexOf(a[1].severity) - severities.indexOf(b[1].severity) ||
      b[1].count - a[1].count ||
      a[0].localeCompare(b[0])
  );
  const validation = b.table({
    key: "validation",
    row,
    column: 0,
    caption: s.caption.validation,
    columns: [
      { header: s.col.severity },
      { header: s.col.code },
      { header: s.col.number, format: FORMATS.integer },
    ],
    rows: codes.map(([code, e]) => [s.severity[e.severity], code, e.count]),
  });
  row = validation.end + 1;

  b.text("notes.caption", row, 0, s.caption.notes, "subtitle");
  evaluation.notes.forEach((note, i) => b.text(`note${i + 1}`, row + 1 + i, 0, note, "note"));
  return b.build();
}
