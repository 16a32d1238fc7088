/**
 * Sheet "about": framework, source, counts, contents with links, the totals rule, the validation
 * summary, the reconciliation with the published 2015 report (bundled data only) and method
 * notes, all in the layout's language (docs/method.md gives the method in full).
 */
import { notesMessages, say } from "../engine/messages";
import type { Context } from "./context";
import { scenarioFacts, type ScenarioRecord } from "./explore/scenario";
import { reconciliationSection } from "./reconciliation";
import { SheetBuilder } from "./sheet-builder";
import { FORMATS, TAB_COLORS } from "./styles";
import type { Block, CellValue, SheetLayout } from "./types";

/** Sheets listed in the contents: key and description. */
export type ContentsEntry = { key: string; description: string };

/** A long note as one row per sentence, so no line runs far past the window. */
function sentences(text: string): string[] {
  // After 。 or ；, or after a full stop followed by a space (not inside "0.01").
  return text
    .split(/(?<=[。；])|(?<=\.)\s+/u)
    .map((x) => x.trim())
    .filter((x) => x !== "");
}

export function aboutSheet(
  ctx: Context,
  contents: ContentsEntry[],
  scenario?: ScenarioRecord
): SheetLayout {
  const { s, evaluation, dataset, language } = ctx;
  const b = new SheetBuilder(
    "about",
    ctx.sheetNames.about ?? s.sheet.about,
    `${s.title.about} — ${ctx.frameworkLabel}`,
    language
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

  const totals = evaluation.totalsSummary;
  const facts: CellValue[][] = [
    [s.fact.framework, ctx.frameworkLabel],
    // The command line names bundled data "bundled <file>": the word in the layout's language.
    [s.fact.source, dataset.source.replace(/^bundled /u, s.fact.bundled)],
    [s.fact.cities, ctx.columns.order.length],
    [s.fact.maxTotal, evaluation.framework.maxTotal],
    [s.fact.dimensions, ctx.dimensions.length],
    [s.fact.indicators, ctx.indicators.length],
    [s.fact.totals, s.totalsSource[totals.source]],
    ...(scenario ? scenarioFacts(scenario, language) : []),
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
    styles: [
      { row: 0, column: 0, rows: facts.length, columns: 1, style: "rowHeader" },
      { row: 0, column: 1, rows: facts.length, columns: 1, style: "indented" },
    ],
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

  // The totals rule (docs/method.md, "Totals").
  b.text("totals.caption", row, 0, s.caption.totals, "subtitle");
  const rule =
    totals.source === "reported" && totals.reportedUsed > 0
      ? say(
          notesMessages.totalsReported,
          {
            used: totals.reportedUsed,
            byRounding: totals.differingByRounding,
            beyond: totals.differingBeyondRounding,
          },
          language
        )
      : totals.differingBeyondRounding > 0 || totals.source === "computed"
        ? say(notesMessages.totalsComputed, { beyond: totals.differingBeyondRounding }, language)
        : say(notesMessages.totalsNone, {}, language);
  sentences(rule).forEach((line, i) => b.text(`totals.rule${i + 1}`, row + 1 + i, 0, line, "note"));
  row += sentences(rule).length + 2;

  row = validationSection(ctx, b, row, byCode);
  if (ctx.bundled2015) row = reconciliationSection(ctx, b, row);

  b.text("notes.caption", row, 0, s.caption.notes, "subtitle");
  const notes = [
    notesMessages.ranks,
    notesMessages.quartiles,
    notesMessages.provinceGroups,
    notesMessages.blankScores,
  ].map((entry) => say(entry, {}, language));
  notes.forEach((note, i) => b.text(`note${i + 1}`, row + 1 + i, 0, note, "note"));
  return b.build();
}

/** Issues by kind and severity, or one line saying there are none. */
function validationSection(
  ctx: Context,
  b: SheetBuilder,
  row: number,
  byCode: Map<string, { severity: "error" | "warning" | "info"; count: number }>
): number {
  const { s, language } = ctx;
  if (byCode.size === 0) {
    b.text("validation.caption", row, 0, s.caption.validation, "subtitle");
    b.text("validation.none", row + 1, 0, say(notesMessages.noIssues, {}, language), "note");
    return row + 3;
  }
  const severities = ["error", "warning", "info"] as const;
  const codes = [...byCode.entries()].sort(
    (x, y) =>
      severities.indexOf(x[1].severity) - severities.indexOf(y[1].severity) ||
      y[1].count - x[1].count ||
      x[0].localeCompare(y[0])
  );
  const validation = b.table({
    key: "validation",
    row,
    column: 0,
    caption: s.caption.validation,
    columns: [
      { header: s.col.severity },
      { header: s.col.issue },
      { header: s.col.number, format: FORMATS.integer },
    ],
    rows: codes.map(([code, e]) => [s.severity[e.severity], s.issue[code] ?? code, e.count]),
  });
  return validation.end + 1;
}
