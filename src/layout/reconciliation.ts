/**
 * The About sheet's reconciliation with the published 2015 report (issue 11; docs/method.md,
 * "Rounding and the published report"), shown only for the bundled 2015 appendix: the entries of
 * src/data/reconciliation-2015.ts with the report's figure, ours and where the report prints it.
 */
import {
  RECONCILIATION_2015,
  type FigureFormat,
  type ReconciliationKind,
} from "../data/reconciliation-2015";
import { dataset2015 } from "../engine/bundled";
import { cityCount } from "../engine/dataset";
import { notesMessages, say } from "../engine/messages";
import type { Dataset } from "../engine/types";
import type { Context } from "./context";
import type { SheetBuilder } from "./sheet-builder";
import { FORMATS } from "./styles";
import type { CellValue } from "./types";

const FORMAT: Record<FigureFormat, string> = {
  score: FORMATS.score,
  rate: FORMATS.rate,
  rank: FORMATS.integer,
  correlation: FORMATS.correlation,
};

const WHY = {
  rounding: notesMessages.reconcileRounding,
  arithmetic: notesMessages.reconcileArithmetic,
  mislabelled: notesMessages.reconcileMislabelled,
  otherYear: notesMessages.reconcileOtherYear,
  rankLabels: notesMessages.reconcileRankLabels,
} satisfies Record<ReconciliationKind, unknown>;

let bundledScores: Map<string, string> | undefined;
const fingerprint = (scores: readonly (number | null)[], bonus: readonly (number | null)[]) =>
  [...scores, ...bonus].join(",");

/**
 * True when `dataset` is the bundled 2015 appendix as printed: the 2015 指标体系 and the same 151
 * cities with the same scores, however it was read (bundled, CSV or a workbook). The precise
 * reconstruction and edited copies are not: the reconciliation's figures would not hold.
 */
export function isBundled2015(dataset: Dataset): boolean {
  const bundled = dataset2015();
  if (dataset.framework.name !== bundled.framework.name) return false;
  // cityCount: a 100,000-city columnar dataset is told apart without building its records.
  if (cityCount(dataset) !== bundled.cities.length) return false;
  bundledScores ??= new Map(bundled.cities.map((c) => [c.city, fingerprint(c.scores, c.bonus)]));
  const known = bundledScores;
  return dataset.cities.every((c) => known.get(c.city) === fingerprint(c.scores, c.bonus));
}

/** Places the reconciliation at `row` (caption, intro, table, reasons); returns the next free row. */
export function reconciliationSection(ctx: Context, b: SheetBuilder, row: number): number {
  const { s, language } = ctx;
  const pick = (text: { zh: string; en: string }): string => text[language];
  b.text("reconciliation.caption", row, 0, s.caption.reconciliation, "subtitle");
  b.text(
    "reconciliation.intro",
    row + 1,
    0,
    say(notesMessages.reconciliationIntro, {}, language),
    "note"
  );
  const rows: CellValue[][] = RECONCILIATION_2015.map((e) => [
    s.reconcileKind[e.kind],
    pick(e.item),
    typeof e.report === "number" ? e.report : pick(e.report),
    typeof e.ours === "number" ? e.ours : pick(e.ours),
    say(notesMessages.reportWhere, { figure: e.figure, lines: [...e.lines] }, language),
  ]);
  const table = b.table({
    key: "reconciliation",
    row: row + 2,
    column: 0,
    columns: [
      { header: s.col.kind },
      { header: s.col.item, wrap: 30 },
      { header: s.col.report, wrap: 16 },
      { header: s.col.ours, wrap: 16 },
      { header: s.col.where, wrap: 26 },
    ],
    rows,
    tableName: "sc_Reconciliation",
  });
  // Number formats row by row: each figure has its own unit.
  RECONCILIATION_2015.forEach((e, i) => {
    if (typeof e.report === "number" || typeof e.ours === "number")
      table.block.numberFormats.push({
        row: 1 + i,
        column: 2,
        rows: 1,
        columns: 2,
        format: FORMAT[e.format],
      });
  });
  let next = table.end + 1;
  const kinds = [...new Set(RECONCILIATION_2015.map((e) => e.kind))];
  for (const kind of kinds) {
    b.text(
      `reconciliation.why.${kind}`,
      next,
      0,
      `${s.reconcileKind[kind]}${s.colon}${say(WHY[kind], {}, language)}`,
      "note"
    );
    next += 1;
  }
  return next + 1;
}
