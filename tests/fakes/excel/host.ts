/**
 * State shared by every request context of one fake: the document, options, statistics,
 * requirement sets, injected failures and the event queue.
 */
import { apiNotFound } from "./errors";
import type { Handler } from "./model";
import { WorkbookModel } from "./model";
import type { FormulaEvaluator } from "./values";

export interface FakeExcelOptions {
  /** Sheets of a new empty workbook (default ["Sheet1"]); ignored when `workbook` is given. */
  sheets?: string[];
  /** Start from a snapshot (as returned by fake.snapshot()). */
  workbook?: unknown;
  /** Requirement sets and their highest supported version; default ExcelApi 1.12 and the
   * SharedRuntime 1.1, CustomFunctionsRuntime 1.3, Settings 1.1 sets. */
  requirementSets?: Record<string, string>;
  /** Per-request and per-response limit; default 5 MB (Excel on the web); null = no limit. */
  payloadLimitBytes?: number | null;
  /** Make the next N Excel.run calls fail (default code InvalidOperationInCellEditMode). */
  failNextRuns?: number;
  failureCode?: string;
  /** Office.context.platform (default "OfficeOnline"). */
  platform?: string;
  /** Computes formulas the built-in constant evaluator cannot (return undefined to fall back). */
  evaluateFormula?: FormulaEvaluator;
}

/** One round trip to the host (a sync that carried at least one operation). */
export interface RequestRecord {
  run: number | null;
  implicit: boolean;
  operations: number;
  requestBytes: number;
  responseBytes: number;
  suspendedCalculation: boolean;
  suspendedScreenUpdating: boolean;
  error?: string;
}

export interface FakeStats {
  /** Excel.run calls, and those that rejected. */
  runs: number;
  failedRuns: number;
  /** context.sync() calls made by code (the automatic sync at the end of Excel.run is not counted). */
  syncs: number;
  /** Round trips (syncs with queued operations, including Excel.run's automatic final sync). */
  requests: RequestRecord[];
  maxRequestBytes: number;
  maxResponseBytes: number;
  /** Operations queued in all requests. */
  operations: number;
  suspendCalculationCalls: number;
  suspendScreenUpdatingCalls: number;
  taskpaneShown: number;
  eventHandlerErrors: unknown[];
}

export function emptyStats(): FakeStats {
  return {
    runs: 0,
    failedRuns: 0,
    syncs: 0,
    requests: [],
    maxRequestBytes: 0,
    maxResponseBytes: 0,
    operations: 0,
    suspendCalculationCalls: 0,
    suspendScreenUpdatingCalls: 0,
    taskpaneShown: 0,
    eventHandlerErrors: [],
  };
}

export const DEFAULT_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export const DEFAULT_REQUIREMENT_SETS: Readonly<Record<string, string>> = {
  ExcelApi: "1.12",
  SharedRuntime: "1.1",
  CustomFunctionsRuntime: "1.3",
  Settings: "1.1",
};

/** ExcelApi version of members above 1.1 the fake implements (from Office.js' own checks). */
const API_VERSIONS = new Map<string, string>(
  (
    "Application.suspendApiCalculationUntilNextSync 1.6,Application.suspendScreenUpdatingUntilNextSync 1.9," +
    "Binding.delete 1.3,Binding.onDataChanged 1.3,Binding.onSelectionChanged 1.3,BindingCollection.add 1.3," +
    "BindingCollection.getCount 1.4,BindingCollection.getItemOrNullObject 1.4,Chart.chartType 1.7,Chart.id 1.7," +
    "Chart.worksheet 1.2,ChartAxis.numberFormat 1.8,ChartAxis.visible 1.7,ChartAxis.displayUnit 1.7," +
    "ChartAxis.reversePlotOrder 1.7,ChartCollection.getCount 1.4,ChartCollection.getItemOrNullObject 1.4," +
    "ChartSeries.chartType 1.7,ChartSeries.delete 1.7,ChartSeries.gapWidth 1.7,ChartSeries.hasDataLabels 1.7," +
    "ChartSeries.overlap 1.8,ChartSeries.setValues 1.7,ChartSeries.setXAxisValues 1.7," +
    "ChartSeries.getDimensionValues 1.12,ChartSeriesCollection.add 1.7,ChartSeriesCollection.getCount 1.4," +
    "Range.conditionalFormats 1.6,Range.getResizedRange 1.3,Range.getUsedRangeOrNullObject 1.4,Range.merge 1.2," +
    "Range.unmerge 1.2,Range.getIntersectionOrNullObject 1.4,RangeFormat.autofitColumns 1.2," +
    "RangeFormat.autofitRows 1.2,RangeFormat.columnWidth 1.2,RangeFormat.rowHeight 1.2," +
    "Runtime.enableEvents 1.8,Table.convertToRange 1.2,Table.highlightFirstColumn 1.3," +
    "Table.highlightLastColumn 1.3,Table.onChanged 1.7,Table.showBandedColumns 1.3,Table.showBandedRows 1.3," +
    "Table.showFilterButton 1.3,Table.worksheet 1.2,TableCollection.getCount 1.4," +
    "TableCollection.getItemOrNullObject 1.4,TableColumnCollection.getCount 1.4," +
    "TableColumnCollection.getItemOrNullObject 1.4,Workbook.name 1.7,Workbook.settings 1.4," +
    "Workbook.getActiveCell 1.7,Worksheet.freezePanes 1.7,Worksheet.getRangeByIndexes 1.7," +
    "Worksheet.getUsedRangeOrNullObject 1.4,Worksheet.onChanged 1.7,Worksheet.showGridlines 1.8," +
    "Worksheet.tabColor 1.7,WorksheetCollection.getCount 1.4,WorksheetCollection.getItemOrNullObject 1.4," +
    "WorksheetCollection.getFirst 1.5,WorksheetCollection.getLast 1.5," +
    "Worksheet.pageLayout 1.9,Worksheet.horizontalPageBreaks 1.9,Worksheet.verticalPageBreaks 1.9," +
    "RangeFormat.indentLevel 1.9,ChartAxis.tickLabelSpacing 1.7,ChartAxis.textOrientation 1.8," +
    "ChartAxis.reversePlotOrder 1.7,ChartAxis.position 1.8"
  )
    .split(",")
    .map((e) => e.split(" ") as [string, string])
);

export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export class FakeHost {
  readonly doc = new WorkbookModel();
  stats: FakeStats = emptyStats();
  readonly requirementSets: Record<string, string>;
  readonly payloadLimit: number | null;
  private failures: { count: number; code: string };
  cellEditMode = false;
  private cellEditWaiters: (() => void)[] = [];
  private readonly pending = new Set<Promise<unknown>>();
  runCounter = 0;
  /** Creates `workbook.bindings.getItem(id)` in a fresh context (set up by createFakeExcel). */
  bindingProxy: (id: string) => unknown = () => null;

  constructor(readonly options: FakeExcelOptions) {
    this.requirementSets = { ...DEFAULT_REQUIREMENT_SETS, ...options.requirementSets };
    this.payloadLimit =
      options.payloadLimitBytes === undefined ? DEFAULT_PAYLOAD_LIMIT : options.payloadLimitBytes;
    this.failures = {
      count: options.failNextRuns ?? 0,
      code: options.failureCode ?? "InvalidOperationInCellEditMode",
    };
  }

  /** Office.context.requirements.isSetSupported semantics. */
  supports(set: string, version?: string): boolean {
    const max = Object.entries(this.requirementSets).find(
      ([k]) => k.toLowerCase() === set.toLowerCase()
    )?.[1];
    if (max === undefined) return false;
    return version === undefined || version === "" || compareVersions(String(version), max) <= 0;
  }

  /** Throws ApiNotFound synchronously, as Office.js does, for members above the supported ExcelApi. */
  requireApi(member: string): void {
    const version = API_VERSIONS.get(member);
    if (version && !this.supports("ExcelApi", version)) throw apiNotFound(member, version);
  }

  failNextRuns(count: number, code = "InvalidOperationInCellEditMode"): void {
    this.failures = { count, code };
  }

  /** The error code the next Excel.run must fail with, or null. */
  async takeRunFailure(delayForCellEdit: boolean): Promise<string | null> {
    if (this.failures.count > 0) {
      this.failures.count--;
      if (!(delayForCellEdit && this.failures.code === "InvalidOperationInCellEditMode"))
        return this.failures.code;
    }
    if (this.cellEditMode) {
      if (!delayForCellEdit) return "InvalidOperationInCellEditMode";
      await new Promise<void>((resolve) => this.cellEditWaiters.push(resolve));
    }
    return null;
  }

  setCellEditMode(on: boolean): void {
    this.cellEditMode = on;
    if (!on) for (const wake of this.cellEditWaiters.splice(0)) wake();
  }

  /** Runs event handlers asynchronously (as Excel does); errors are collected, not thrown. */
  emit(handlers: Iterable<Handler>, makeArgs: () => unknown): void {
    for (const handler of [...handlers]) {
      const p: Promise<unknown> = Promise.resolve()
        .then(() => handler(makeArgs()))
        .catch((e: unknown) => this.stats.eventHandlerErrors.push(e))
        .finally(() => this.pending.delete(p));
      this.pending.add(p);
    }
  }

  /** Resolves when every event handler (and those they triggered) has finished. */
  async flushEvents(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }
}
