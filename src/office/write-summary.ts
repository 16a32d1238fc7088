/**
 * Renders a SummaryLayout into the workbook in as few `context.sync()` calls as the 4 MB request
 * limit allows:
 *
 *   1   prepare  – load the sheet names and ids and the tracking record
 *   1   sheets   – delete the sheets of the previous run, add the new ones and record them,
 *                  number formats, styles, column widths, row heights, frozen panes, tab
 *                  colours, page setup (render-print.ts)
 *   V   values   – all cell values, spread evenly, each request under 4 MB (batches.ts)
 *   1   objects  – tables, conditional formats, charts, links; record the new sheet ids;
 *                  activate the first summary sheet
 *
 * = V + 3 syncs, V = ceil(value bytes / 3.9 MB): 4 for the 2015 table, 11 for 20,000 cities,
 * about 40 for 100,000 (figures in tests/office/sync-budget.test.ts).
 * Calculation and screen updating are suspended before every write sync where supported.
 */
import { guardLayout } from "../layout/guard";
import { blockRow } from "../layout/rows";
import type { SummaryLayout } from "../layout/types";
import { planValueBatches, type ValueChunk } from "./batches";
import { rowInput } from "./cell-input";
import { detectFeatures, suspendUntilNextSync, type Features } from "./host";
import { queueSheetFormat } from "./render-format";
import { queueSheetPrint } from "./render-print";
import { queueSheetObjects } from "./render-objects";
import {
  parseTracking,
  planSheets,
  TRACKING_KEY,
  type ExistingSheet,
  type TrackingRecord,
} from "./sheet-plan";

export type WriteStage = "prepare" | "sheets" | "values" | "objects" | "done";

export type WriteOptions = {
  /** Stage and overall percent (0–100), after each sync. */
  onProgress?(stage: WriteStage, percent: number): void;
  /** The fewest value syncs (default MIN_VALUE_SYNCS = 1; tests use more to exercise batching). */
  minValueSyncs?: number;
  /** Value bytes per sync (default VALUE_BUDGET_BYTES). */
  valueBudgetBytes?: number;
  /** Optional features; default: detected from the host's requirement sets. */
  features?: Features;
  /** Name of the sheet the scores came from, recorded so a later run started on a summary sheet finds it. */
  source?: string;
  /**
   * The workbook setting that records the sheets written (default TRACKING_KEY: the summary).
   * `merge`: replace only the recorded sheets with this layout's keys and keep the others in the
   * record (the pane's scenario, robustness and profile sheets, src/office/write-explore.ts).
   * The editions sheet keeps a record of its own (src/office/editions.ts).
   */
  tracking?: { key: string; merge: boolean };
};

export type WriteResult = {
  /** Layout key and actual name of every sheet written, in layout order. */
  sheets: { key: string; name: string }[];
  /** The sheet activated at the end. */
  activated: string | null;
  /** Sheets of an earlier run that were replaced. */
  replaced: string[];
  /** Sheets that took another name because a user's sheet has the wanted one. */
  renamed: { key: string; wanted: string; name: string }[];
  /** context.sync() calls made. */
  syncs: number;
  valueSyncs: number;
  /** Estimated request bytes of the largest value sync. */
  largestValueSyncBytes: number;
  /** Optional features left out because the host lacks their requirement set. */
  skipped: string[];
  /** What `guardLayout` changed so that Excel can store the summary (shown to the user). */
  repairs: string[];
};

function queueValues(sheets: Excel.Worksheet[], batch: readonly ValueChunk[]): void {
  for (const { sheet, block, from, count } of batch) {
    const rows: (string | number)[][] = [];
    for (let i = from; i < from + count; i++)
      rows.push(rowInput(blockRow(block, i) ?? [], block.columns));
    const range = sheets[sheet]?.getRangeByIndexes(
      block.row + from,
      block.column,
      count,
      block.columns
    );
    if (range) range.values = rows;
  }
}

function trackingRecord(
  layout: SummaryLayout,
  names: string[],
  ids: string[],
  source: string | undefined
): TrackingRecord {
  const record: TrackingRecord = {
    version: 1,
    sheets: {},
    ...(source !== undefined ? { source } : {}),
  };
  layout.sheets.forEach(
    (sheet, i) => (record.sheets[sheet.key] = { name: names[i] ?? sheet.name, id: ids[i] ?? "" })
  );
  return record;
}

/** The recorded sheets of `layout`'s own keys (the only ones a merging run replaces). */
function ownEntries(record: TrackingRecord, layout: SummaryLayout): TrackingRecord {
  const keys = new Set(layout.sheets.map((s) => s.key));
  const sheets = Object.fromEntries(Object.entries(record.sheets).filter(([k]) => keys.has(k)));
  return { ...record, sheets };
}

/**
 * Writes `layout` as new sheets (see the sync plan above); never touches sheets it did not create.
 * Every summary the add-in writes passes here, and through `guardLayout` first (issue 10: no
 * NaN / ±Infinity, no characters XML forbids, no text over Excel's cell limit).
 */
export async function writeSummary(
  context: Excel.RequestContext,
  unguarded: SummaryLayout,
  options: WriteOptions = {}
): Promise<WriteResult> {
  const { layout, repairs } = guardLayout(unguarded);
  const features = options.features ?? detectFeatures();
  const progress = (stage: WriteStage, percent: number): void =>
    options.onProgress?.(stage, Math.round(percent));
  const skipped: string[] = [];
  let syncs = 0;
  const sync = async (): Promise<void> => {
    syncs++;
    await context.sync();
  };

  // 1. prepare
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id");
  const trackingKey = options.tracking?.key ?? TRACKING_KEY;
  const setting = features.settings
    ? context.workbook.settings.getItemOrNullObject(trackingKey).load("value")
    : null;
  if (!setting)
    skipped.push("sheet tracking (ExcelApi 1.4): earlier summaries are kept and new ones renamed");
  await sync();
  const existing: ExistingSheet[] = worksheets.items.map((s) => ({ name: s.name, id: s.id }));
  const previous = parseTracking(setting && !setting.isNullObject ? setting.value : null);
  const merge = options.tracking?.merge === true;
  const tracked = merge ? ownEntries(previous, layout) : previous;
  const plan = planSheets(layout, existing, tracked);
  const record = (ids: string[]): TrackingRecord => {
    const own = trackingRecord(layout, plan.names, ids, options.source);
    return merge ? { ...own, sheets: { ...previous.sheets, ...own.sheets } } : own;
  };
  progress("prepare", 5);

  // 2. sheets: replace ours, create the new ones, format them
  suspendUntilNextSync(context, features);
  for (const old of plan.remove) worksheets.getItem(old.id).delete();
  const created = layout.sheets.map((sheet, i) => {
    const ws = worksheets.add(plan.names[i]);
    skipped.push(...queueSheetFormat(ws, sheet, features));
    skipped.push(...queueSheetPrint(ws, sheet.print, features, sheet.key));
    ws.load("id");
    return ws;
  });
  // Recorded at once (ids follow in the last sync), so a retried run recognises these sheets.
  if (features.settings) context.workbook.settings.add(trackingKey, record([]));
  const tables = context.workbook.tables;
  tables.load("items/name");
  await sync();
  const tableNames = new Set(tables.items.map((t) => t.name.toLowerCase()));
  progress("sheets", 15);

  // 3. values: K syncs
  const values = planValueBatches(layout.sheets, {
    ...(options.minValueSyncs !== undefined ? { minBatches: options.minValueSyncs } : {}),
    ...(options.valueBudgetBytes !== undefined ? { budgetBytes: options.valueBudgetBytes } : {}),
  });
  for (const [b, batch] of values.batches.entries()) {
    suspendUntilNextSync(context, features);
    queueValues(created, batch);
    // A deliberate chunked write: the number of batches is constant up to K × budget (batches.ts).
    await sync();
    progress("values", 15 + (75 * (b + 1)) / values.batches.length);
  }

  // 4. objects
  suspendUntilNextSync(context, features);
  const sheetIndex = new Map(layout.sheets.map((s, i) => [s.key, i]));
  const sheetName = (key: string): string | undefined => plan.names[sheetIndex.get(key) ?? -1];
  layout.sheets.forEach((sheet, i) => {
    const ws = created[i];
    if (ws) skipped.push(...queueSheetObjects(ws, sheet, { features, tableNames, sheetName }));
  });
  if (features.settings) {
    const ids = created.map((ws) => ws.id);
    context.workbook.settings.add(trackingKey, record(ids));
  }
  created[0]?.activate();
  await sync();
  progress("done", 100);

  return {
    sheets: layout.sheets.map((s, i) => ({ key: s.key, name: plan.names[i] ?? s.name })),
    activated: plan.names[0] ?? null,
    replaced: plan.remove.map((s) => s.name),
    renamed: plan.renamed,
    syncs,
    valueSyncs: values.batches.length,
    largestValueSyncBytes: values.batchBytes.reduce((m, b) => Math.max(m, b), 0),
    skipped: [...new Set(skipped)],
    repairs,
  };
}
