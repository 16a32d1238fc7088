/**
 * In-memory fake of the Excel JavaScript API subset a summary writer and a task pane use.
 * No Node built-ins: it also runs bundled in a browser page. See README.md for what each rule
 * models in real Excel.
 *
 * @example
 *   const fake = createFakeExcel({ sheets: ["Scores"] });
 *   const uninstall = fake.install();          // globalThis.Excel / Office / OfficeExtension
 *   await Excel.run(async (context) => { ... });
 *   expect(fake.stats.syncs).toBe(3);
 *   uninstall();
 */
import { parseAddress } from "./address";
import { read2D, writeInputs } from "./cells";
import { FakeRequestContext, runBatch } from "./context";
import { excelEnums } from "./enums";
import { FakeErrorCode, FakeOfficeError } from "./errors";
import { emitAll, eventsFor } from "./events";
import { FakeExcelOptions, FakeHost, FakeStats, emptyStats } from "./host";
import { FakeOfficeNamespace, createOffice } from "./office";
import { FakeClientResult, FakeEventSource, FakeObject } from "./proxy";
import type { SheetModel } from "./sheet";
import {
  CellSnapshot,
  SnapshotOptions,
  WorkbookSnapshot,
  cellSnapshot,
  restoreSnapshot,
  takeSnapshot,
} from "./snapshot";
import type { CellValue } from "./values";

export type { FakeExcelOptions, FakeStats, RequestRecord } from "./host";
export type {
  WorkbookSnapshot,
  SheetSnapshot,
  CellSnapshot,
  ChartSnapshot,
  TableSnapshot,
  SnapshotOptions,
} from "./snapshot";
export type { CellValue, FormulaEvaluator } from "./values";
export { FakeOfficeError, FakeErrorCode } from "./errors";
export { DEFAULT_PAYLOAD_LIMIT, DEFAULT_REQUIREMENT_SETS } from "./host";

type EnumName = keyof typeof excelEnums;

/** What `globalThis.Excel` offers under the fake: run, RequestContext and the enums. */
export type FakeExcelNamespace = Pick<typeof Excel, "run" | EnumName> & {
  RequestContext: new () => Excel.RequestContext;
};

export interface FakeOfficeExtensionNamespace {
  Error: typeof FakeOfficeError;
  ErrorCodes: Record<string, string>;
  ClientObject: typeof FakeObject;
  ClientRequestContext: typeof FakeRequestContext;
  ClientResult: typeof FakeClientResult;
  EventHandlers: typeof FakeEventSource;
}

export interface FakeExcel {
  Excel: FakeExcelNamespace;
  Office: FakeOfficeNamespace;
  OfficeExtension: FakeOfficeExtensionNamespace;
  /** A standalone context (not closed at the end of a run), typed as the real one. */
  context: Excel.RequestContext;
  workbook: Excel.Workbook;
  /** Live counters; replaced by resetStats(). */
  readonly stats: FakeStats;
  /** Ribbon actions registered with Office.actions.associate. */
  readonly actions: ReadonlyMap<string, (event: unknown) => unknown>;
  /** Sets globalThis.Excel, Office and OfficeExtension (or on `target`); returns an undo function. */
  install(target?: object): () => void;
  snapshot(options?: SnapshotOptions): WorkbookSnapshot;
  /** A cell's value ("" when empty; a formula's computed value). */
  cellValue(sheet: string, address: string): CellValue;
  /** A cell's formula ("=…"), or null when it holds a constant or nothing. */
  cellFormula(sheet: string, address: string): string | null;
  /** A cell as in the snapshot, or null when it holds nothing. */
  cell(sheet: string, address: string): CellSnapshot | null;
  /** Values of `address` (default: the used range, values only); [] for an empty sheet. */
  values(sheet: string, address?: string): CellValue[][];
  /** Arranges cells directly (typing rules apply, no sync, no events); creates the sheet if missing. */
  setCells(sheet: string, topLeft: string, rows: unknown[][]): void;
  /** A user typing into cells: applies the value(s), fires change events, waits for handlers. */
  simulateEdit(sheet: string, address: string, value: unknown): Promise<void>;
  /** The next `count` Excel.run calls fail with `code` (default InvalidOperationInCellEditMode). */
  failNextRuns(count: number, code?: string): void;
  /** While on, every Excel.run fails with InvalidOperationInCellEditMode (or waits, with delayForCellEdit). */
  setCellEditMode(on: boolean): void;
  /** Waits for every pending event handler. */
  flushEvents(): Promise<void>;
  /** Invokes a ribbon action like Office does; resolves when it calls event.completed(). */
  runAction(name: string): Promise<void>;
  resetStats(): void;
  /** The internal state, for advanced assertions. */
  host: FakeHost;
}

function sheetOf(host: FakeHost, name: string): SheetModel {
  const sheet = host.doc.findSheet(name);
  if (!sheet)
    throw new FakeOfficeError(FakeErrorCode.itemNotFound, `[excel fake] no sheet named '${name}'`);
  return sheet;
}

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const host = new FakeHost(options);
  if (options.workbook) restoreSnapshot(host.doc, options.workbook as WorkbookSnapshot);
  else for (const name of options.sheets ?? ["Sheet1"]) host.doc.addSheet(name, "createFakeExcel");
  host.bindingProxy = (id) => new FakeRequestContext(host).workbook.bindings.getItem(id);

  class RequestContext extends FakeRequestContext {
    constructor() {
      super(host);
    }
  }
  const ExcelNs = {
    ...excelEnums,
    RequestContext,
    run: (...args: unknown[]) => runBatch(host, args),
  } as unknown as FakeExcelNamespace;
  const actions = new Map<string, (event: unknown) => unknown>();
  const OfficeNs = createOffice(host, actions);
  const OfficeExtensionNs: FakeOfficeExtensionNamespace = {
    Error: FakeOfficeError,
    ErrorCodes: { ...FakeErrorCode },
    ClientObject: FakeObject,
    ClientRequestContext: FakeRequestContext,
    ClientResult: FakeClientResult,
    EventHandlers: FakeEventSource,
  };
  const context = new FakeRequestContext(host);

  const cellAt = (sheet: string, address: string) => {
    const { box } = parseAddress(address, "fake.cell");
    return sheetOf(host, sheet).get(box.r0, box.c0);
  };

  return {
    Excel: ExcelNs,
    Office: OfficeNs,
    OfficeExtension: OfficeExtensionNs,
    context: context as unknown as Excel.RequestContext,
    workbook: context.workbook as unknown as Excel.Workbook,
    get stats() {
      return host.stats;
    },
    actions,
    host,
    install(target: object = globalThis) {
      const t = target as Record<string, unknown>;
      const saved = { Excel: t.Excel, Office: t.Office, OfficeExtension: t.OfficeExtension };
      Object.assign(t, { Excel: ExcelNs, Office: OfficeNs, OfficeExtension: OfficeExtensionNs });
      return () => {
        for (const [k, v] of Object.entries(saved)) {
          if (v === undefined) delete t[k];
          else t[k] = v;
        }
      };
    },
    snapshot: (opts) => takeSnapshot(host.doc, opts),
    cellValue: (sheet, address) => cellAt(sheet, address)?.v ?? "",
    cellFormula: (sheet, address) => cellAt(sheet, address)?.f ?? null,
    cell: (sheet, address) => cellSnapshot(cellAt(sheet, address)),
    values(sheet, address) {
      const model = sheetOf(host, sheet);
      const box = address ? parseAddress(address, "fake.values").box : model.usedBox(true);
      return box ? read2D({ sheet: model, box }, (c) => c?.v ?? "") : [];
    },
    setCells(sheet, topLeft, rows) {
      const model = host.doc.findSheet(sheet) ?? host.doc.addSheet(sheet, "fake.setCells");
      const { r0, c0 } = parseAddress(topLeft, "fake.setCells").box;
      const width = Math.max(1, ...rows.map((r) => r.length));
      const padded = rows.map((r) => [...r, ...new Array<null>(width - r.length).fill(null)]);
      const box = { r0, c0, r1: r0 + Math.max(1, rows.length) - 1, c1: c0 + width - 1 };
      if (rows.length > 0) writeInputs(host, { sheet: model, box }, padded, "fake.setCells");
    },
    async simulateEdit(sheet, address, value) {
      const model = sheetOf(host, sheet);
      const { box } = parseAddress(address, "fake.simulateEdit");
      writeInputs(host, { sheet: model, box }, value, "fake.simulateEdit");
      emitAll(host, eventsFor(host, model, box, "Application"));
      await host.flushEvents();
    },
    failNextRuns: (count, code) => host.failNextRuns(count, code),
    setCellEditMode: (on) => host.setCellEditMode(on),
    flushEvents: () => host.flushEvents(),
    runAction(name) {
      const action = actions.get(name);
      if (!action) return Promise.reject(new Error(`[excel fake] no action '${name}' registered`));
      return new Promise<void>((resolve, reject) => {
        const event = { completed: () => resolve(), source: { id: name } };
        Promise.resolve()
          .then(() => action(event))
          .catch(reject);
      });
    },
    resetStats() {
      host.stats = emptyStats();
    },
  };
}
