/**
 * A plain in-memory ExcelActions for component tests (no Excel fake): one sheet "Sheet1" holding
 * a grid, a binding over it, preferences and a record of what the pane asked for.
 */
import { framework2015, grid2015 } from "../../src/engine/bundled";
import type { Cell, Grid } from "../../src/engine/table";
import type {
  BoundTable,
  CommandNotice,
  ExcelActions,
  GenerateRequest,
  PanePreferences,
  ScanOptions,
} from "../../src/office/pane-actions";
import { candidatesInSheet } from "../../src/office/workbook-scan";

export type MockOptions = {
  grid?: Cell[][];
  bound?: boolean;
  preferences?: Partial<PanePreferences>;
};

export type Mock = {
  actions: ExcelActions;
  grid: Cell[][];
  bound: BoundTable | null;
  preferences: Partial<PanePreferences>;
  selected: string[];
  /** Sheets the pane activated (links in the Generate view). */
  activated: string[];
  /** Options of each scan. */
  scans: ScanOptions[];
  generated: GenerateRequest[];
  samples: number;
  /** Replaces a cell ("user edit") and fires the binding's data-changed handlers. */
  edit(row: number, column: number, value: Cell): void;
  /** A ribbon-command failure, as the command publishes it. */
  notify(notice: CommandNotice): void;
};

/** The 2015 appendix with numbers as numbers (as Excel returns them). */
export function sampleGrid(): Cell[][] {
  return grid2015().map((row, r) =>
    row.map((cell, c) => (r > 0 && c !== 1 && cell !== "" ? Number(cell) : cell))
  );
}

const width = (grid: Grid): number => Math.max(0, ...grid.map((r) => r.length));

export function createMock(options: MockOptions = {}): Mock {
  const watchers = new Set<() => void>();
  const noticeListeners = new Set<(notice: CommandNotice) => void>();
  const mock: Mock = {
    grid: options.grid ?? sampleGrid(),
    bound: null,
    preferences: { ...options.preferences },
    selected: [],
    activated: [],
    scans: [],
    generated: [],
    samples: 0,
    edit(row, column, value) {
      const line = mock.grid[row] ?? (mock.grid[row] = []);
      line[column] = value;
      watchers.forEach((w) => w());
    },
    notify(notice) {
      noticeListeners.forEach((l) => l(notice));
    },
    actions: {
      scan: async (framework, scanOptions = {}) => {
        mock.scans.push(scanOptions);
        return candidatesInSheet(
          "Sheet1",
          mock.grid,
          { row: 0, column: 0, rows: mock.grid.length, columns: width(mock.grid) },
          framework
        );
      },
      bind: async (table) => {
        mock.bound = {
          sheet: table.sheet,
          address: table.address,
          origin: table.origin,
          mapping: table.mapping,
          bindingId: "B1",
        };
        return mock.bound;
      },
      restore: async () => mock.bound,
      saveMapping: async (table) => {
        mock.bound = table;
      },
      read: async (table) => ({ table, grid: mock.grid.map((r) => [...r]) }),
      selectCell: async (address) => {
        mock.selected.push(address);
      },
      activateSheet: async (name) => {
        mock.activated.push(name);
      },
      insertSample: async (language) => {
        mock.samples++;
        mock.grid = sampleGrid();
        const [candidate] = candidatesInSheet(
          language === "zh" ? "样本2015" : "Sample 2015",
          mock.grid,
          { row: 0, column: 0, rows: mock.grid.length, columns: width(mock.grid) },
          framework2015()
        );
        if (!candidate) throw new Error("no sample candidate");
        return candidate;
      },
      generate: async (request) => {
        mock.generated.push(request);
        request.onProgress({ stage: "values", percent: 50 });
        await Promise.resolve();
        request.onProgress({ stage: "objects", percent: 90 });
        // A list leaves out those keys (named by key here); "auto" leaves nothing out at these sizes.
        const omitted = Array.isArray(request.omitSheets) ? request.omitSheets : [];
        return {
          sheets: ["总排名", "统计分析"],
          activated: "总排名",
          leftOut: { sheets: omitted.map((key) => ({ key, name: key })), byDefault: false },
        };
      },
      watch: async (_table, onChange) => {
        watchers.add(onChange);
        return async () => {
          watchers.delete(onChange);
        };
      },
      commandNotices: (listener) => {
        noticeListeners.add(listener);
        return () => noticeListeners.delete(listener);
      },
      loadPreferences: async () => ({ ...mock.preferences }),
      savePreferences: async (preferences) => {
        mock.preferences = { ...preferences };
      },
      // Editions (tests/taskpane/editions.test.tsx runs them over the Excel fake).
      listSheets: async () => ["Sheet1"],
      loadEditions: async () => ({ editions: [], reportHistory: false }),
      saveEditions: async () => undefined,
      compareEditions: async () => ({ ok: false, problems: [{ reason: "too-few", count: 0 }] }),
    },
  };
  if (options.bound) {
    const [candidate] = candidatesInSheet(
      "Sheet1",
      mock.grid,
      { row: 0, column: 0, rows: mock.grid.length, columns: width(mock.grid) },
      framework2015()
    );
    if (candidate) mock.bound = { ...candidate, bindingId: "B1" };
  }
  return mock;
}
