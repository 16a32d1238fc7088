/**
 * What the writer computes before any part is written, shared by the main thread and a worker
 * thread that writes some sheets (docs/adr/0015-parallel-sheet-parts.md): the guarded layout,
 * the package plan, the styles collected up front, the deflate level. Both threads compute it
 * from the same layout, so it is the same; `fingerprint` lets them check that.
 */
import { createHash } from "node:crypto";
import {
  guardLayoutWhileWriting,
  MAX_CELL_TEXT,
  XML_FORBIDDEN,
  type GuardingLayout,
} from "../layout/guard";
import { textIdsOf } from "../layout/rows";
import type { Block, SummaryLayout } from "../layout/types";
import { blockBands, type Band } from "./block-formats";
import type { PackageWriter } from "./package";
import { planWorkbook, type SheetPlan, type WorkbookPlan } from "./plan";
import type { SharedStrings } from "./shared-strings";
import { isGuid } from "./sheet-parts";
import { withSourceSheet, type SourceData } from "./source-sheet";
import { StyleSheet } from "./style-sheet";
import { writeWorksheet, type WorksheetContext } from "./worksheet";

/**
 * `source`: the input table, written as its own last sheet (unless the layout already has a
 * sheet with key "source"). `now`: the document's created / modified time. `level`: deflate
 * level (default 6; 1 for a layout of over a million cells, where deflate at level 6 would take
 * longer than everything else together and level 1 costs about a third more bytes).
 */
export type WriteOptions = { source?: SourceData; now?: Date; level?: 1 | 3 | 6 | 9 };

/** Over this many cells a layout is large: deflate level 1, sheets written in parallel. */
export const LARGE_CELLS = 1_000_000;

export type PreparedWorkbook = {
  /** The layout before the guard (the same sheets and blocks): rows read without counting repairs. */
  unguarded: SummaryLayout;
  guarded: GuardingLayout;
  layout: SummaryLayout;
  plan: WorkbookPlan;
  styles: StyleSheet;
  bands: Map<Block, Band[]>;
  /** Cells the layout's blocks span (rows × columns). */
  cells: number;
  level: 1 | 3 | 6 | 9;
};

/** Cells a sheet's blocks span (rows × columns; no row is read). */
export function sheetCells(sheet: SummaryLayout["sheets"][number]): number {
  let cells = 0;
  for (const b of sheet.blocks) cells += b.rows * b.columns;
  return cells;
}

export function prepareWorkbook(summary: SummaryLayout, options: WriteOptions): PreparedWorkbook {
  const withSource =
    options.source && !summary.sheets.some((s) => s.key === "source")
      ? withSourceSheet(summary, options.source)
      : summary;
  const guarded = guardLayoutWhileWriting(withSource);
  const { layout } = guarded;
  const plan = planWorkbook(layout);
  const cells = layout.sheets.reduce((n, s) => n + sheetCells(s), 0);
  const level = options.level ?? (cells > LARGE_CELLS ? 1 : 6);
  // Styles are collected up front: every block's formats, before any cell is written.
  const styles = new StyleSheet();
  const bands = new Map(
    layout.sheets.flatMap((s) => s.blocks).map((b) => [b, blockBands(b, styles)])
  );
  return { unguarded: withSource, guarded, layout, plan, styles, bands, cells, level };
}

/** A text the guard leaves as it is, so it may enter the shared-string table before any cell. */
const writable = (text: string): boolean =>
  text.length <= MAX_CELL_TEXT && !XML_FORBIDDEN.test(text);

/**
 * Registers every text-id array of the layout (rows.ts: city names), in sheet, block and column
 * order, as the first shared strings: both threads then know these indices. Returns the arrays.
 */
export function registerTextIds(
  layout: SummaryLayout,
  strings: SharedStrings
): (readonly (string | null)[])[] {
  const arrays = new Set<readonly (string | null)[]>();
  for (const sheet of layout.sheets)
    for (const block of sheet.blocks)
      for (const c of textIdsOf(block)?.columns ?? []) arrays.add(c.texts);
  for (const texts of arrays) strings.register(texts, writable);
  return [...arrays];
}

/** A digest of what both threads must agree on: parts, sheets, blocks, styles, shared strings. */
export function fingerprint(
  prepared: PreparedWorkbook,
  registered: readonly (readonly (string | null)[])[],
  strings: SharedStrings
): string {
  const hash = createHash("sha256");
  const { layout, plan } = prepared;
  hash.update(JSON.stringify([prepared.level, prepared.cells, [...plan.parts.keys()]]));
  for (const sheet of layout.sheets) {
    const blocks = sheet.blocks.map((b) => [b.row, b.column, b.rows, b.columns]);
    hash.update(JSON.stringify([sheet.key, sheet.name, blocks]));
  }
  hash.update(prepared.styles.xml());
  hash.update(String(strings.size));
  for (const texts of registered) hash.update(texts.join("\u0000"));
  return hash.digest("hex");
}

export function worksheetContext(
  prepared: PreparedWorkbook,
  sheetPlan: SheetPlan,
  strings: SharedStrings
): WorksheetContext {
  const names = new Map(prepared.layout.sheets.map((s) => [s.key, s.name]));
  return {
    strings,
    bands: prepared.bands,
    textAt: sheetPlan.textAt,
    sheetNameOf: (key) => names.get(key),
  };
}

/** The worksheet part of a sheet, its data-bar ids checked against the part's. */
export async function writeWorksheetPart(
  pkg: PackageWriter,
  plan: SheetPlan,
  context: WorksheetContext
): Promise<void> {
  let dataBarIds: string[] = [];
  await pkg.part(
    plan.part,
    async (out) => {
      dataBarIds = await writeWorksheet(out, plan, context);
    },
    (check) => {
      const linked = check.dataBarIds.join() === check.dataBarRuleIds.join();
      if (!linked || check.dataBarIds.join() !== dataBarIds.join() || !dataBarIds.every(isGuid))
        throw new Error(`internal: ${plan.part}: data-bar ids do not match between the two rules`);
    }
  );
}
