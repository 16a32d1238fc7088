/**
 * Sheet parts written by a helper, in parallel with the main thread
 * (docs/adr/0015-parallel-sheet-parts.md). The writer chooses the largest sheets, asks the
 * helper (`PartOffload`, a worker thread the command line runs) for their worksheet parts and
 * appends the finished zip entries; the helper rebuilds the identical layout and calls
 * `writeOffloadedSheets`. City names are shared strings registered first (the same indices in
 * both threads); any other text of a helper's sheet is an inline string.
 */
import type { RepairCounts } from "../layout/repairs";
import { blockRow } from "../layout/rows";
import type { SheetLayout, SummaryLayout } from "../layout/types";
import { PackageWriter, type DeflatedPart } from "./package";
import {
  fingerprint,
  prepareWorkbook,
  registerTextIds,
  sheetCells,
  worksheetContext,
  writeWorksheetPart,
  type WriteOptions,
} from "./prepare";
import { SharedStrings } from "./shared-strings";

/**
 * Which sheets (indices in the workbook) a helper writes, the digest both must agree on, and
 * how many cells those sheets hold (what a watchdog scales its bound with).
 */
export type OffloadRequest = { sheets: number[]; fingerprint: string; cells: number };

/**
 * A helper's finished worksheet parts, with its guard's repair counts before (`start`) and
 * after writing (`counts`) and the number of its cells that refer to shared strings.
 */
export type OffloadedSheets = {
  parts: DeflatedPart[];
  start: RepairCounts;
  counts: RepairCounts;
  references: number;
};

export type PartOffload = {
  /** The fraction of the layout's cells to hand over (largest sheets first). */
  share: number;
  /** Layouts of at most this many cells are written on one thread (default LARGE_CELLS). */
  minCells?: number;
  /** Writes the requested sheets' worksheet parts; rejects when it cannot (the writer then does). */
  write(request: OffloadRequest): Promise<OffloadedSheets>;
};

/** Rows of each block sampled to estimate a sheet's inline strings. */
const SAMPLED_ROWS = 8;
/**
 * A sheet whose sampled cells are inline strings more often than this stays on the main thread
 * (the dimension sheets' region, province and level names are about a fifth of their cells).
 */
const MAX_INLINE_SHARE = 0.3;

/**
 * The share of a sheet's cells a helper would write as inline strings (texts `known` does not
 * hold), from a few rows of each block: an inline cell is several times the bytes of a shared
 * one, and sheets of texts (About, Statistics) gain nothing. Reads rows of the unguarded layout,
 * so the guard counts no repair twice.
 */
function inlineShare(sheet: SheetLayout, known: (text: string) => boolean): number {
  let cells = 0;
  let inline = 0;
  for (const block of sheet.blocks) {
    for (let k = 1; k <= SAMPLED_ROWS && block.rows > 1; k++) {
      const row = blockRow(block, Math.round((k * (block.rows - 1)) / SAMPLED_ROWS));
      const limit = Math.min(row?.length ?? 0, block.columns, 1024);
      for (let j = 0; j < limit; j++) {
        const value = row?.[j];
        cells += 1;
        if (typeof value === "string" && !known(value)) inline += 1;
      }
    }
  }
  return cells === 0 ? 1 : inline / cells;
}

/**
 * The sheets to hand over: of the sheets with few inline strings, the largest first, each taken
 * while the cells handed over stay within `share` of all. Never every sheet.
 */
export function chooseOffloadSheets(
  layout: SummaryLayout,
  share: number,
  known: (text: string) => boolean
): number[] {
  const cells = layout.sheets.map((s, index) => ({ index, cells: sheetCells(s) }));
  const total = cells.reduce((n, s) => n + s.cells, 0);
  const budget = total * Math.min(Math.max(share, 0), 1);
  const chosen: number[] = [];
  let taken = 0;
  for (const sheet of [...cells].sort((a, b) => b.cells - a.cells || a.index - b.index)) {
    if (sheet.cells === 0 || taken + sheet.cells > budget) continue;
    if (chosen.length === layout.sheets.length - 1) break;
    const layoutSheet = layout.sheets[sheet.index] as SheetLayout;
    if (inlineShare(layoutSheet, known) > MAX_INLINE_SHARE) continue;
    chosen.push(sheet.index);
    taken += sheet.cells;
  }
  return chosen.sort((a, b) => a - b);
}

/**
 * The helper's side: the worksheet parts of `request.sheets`, checked and deflated as the main
 * thread would, after checking that this layout is the main thread's (`fingerprint`).
 */
export async function writeOffloadedSheets(
  summary: SummaryLayout,
  options: WriteOptions,
  request: OffloadRequest
): Promise<OffloadedSheets> {
  const prepared = prepareWorkbook(summary, options);
  const strings = new SharedStrings(true);
  const registered = registerTextIds(prepared.layout, strings);
  if (fingerprint(prepared, registered, strings) !== request.fingerprint)
    throw new Error("internal: the worker's layout differs from the main thread's");
  const start = prepared.guarded.tally.counts();
  const plans = request.sheets.map((index) => {
    const plan = prepared.plan.sheets[index];
    if (plan === undefined) throw new Error(`internal: no sheet ${index} to write`);
    return plan;
  });
  const planned = new Map(plans.map((p) => [p.part, prepared.plan.parts.get(p.part)]));
  const pkg = new PackageWriter(planned, () => undefined, {
    level: prepared.level,
    mtime: options.now ?? new Date(),
    collect: true,
  });
  for (const plan of plans)
    await writeWorksheetPart(pkg, plan, worksheetContext(prepared, plan, strings));
  await pkg.finish();
  return {
    parts: pkg.collectedParts(),
    start,
    counts: prepared.guarded.tally.counts(),
    references: strings.references,
  };
}
