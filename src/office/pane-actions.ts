/**
 * What the task pane may ask of Excel. The pane only sees this interface: `createOfficeActions()`
 * (office-actions.ts) implements it with Excel.run, component tests with a plain mock.
 */
import type { TotalsSource } from "../engine/evaluate";
import type { Dataset, Framework, RankMethod } from "../engine/types";
import type { ColumnMapping, Grid } from "../engine/table";
import type { LeftOut } from "./generate";
import type { SheetOmission } from "./insert-estimate";
import type { ExploreActions } from "./write-explore";
import type { CompareOutcome, CompareRequest, EditionsSetup } from "./editions";

/** A rectangle of a sheet that holds a score table (header rows included). */
export type TableRef = {
  sheet: string;
  /** A1 address inside the sheet, without the sheet name: "A1:S152". */
  address: string;
  /** 0-based sheet row and column of the top-left cell (for "Sheet!C5" cell addresses). */
  origin: { row: number; column: number };
};

/** A score table found by a workbook scan; `mapping` rows are relative to the table's top. */
export type ScanCandidate = TableRef & {
  mapping: ColumnMapping;
  /** How many framework indicators the header names. */
  matched: number;
  unmatchedIndicators: string[];
  dataRows: number;
  /** The sheet is hidden or very hidden (listed only when the user asks for hidden sheets). */
  hidden?: boolean;
};

export type ScanOptions = {
  /** Also look in hidden and very hidden sheets (never by default: issue 10, "Sheet choice"). */
  includeHidden?: boolean;
};

/** The bound table: an Office binding plus the column mapping stored with the workbook. */
export type BoundTable = TableRef & { bindingId: string; mapping: ColumnMapping };

/** Current values of the bound range; `table` carries its current address (rows may move). */
export type TableData = { table: BoundTable; grid: Grid };

export type GenerateProgress = { stage: string; percent: number };

export type GenerateRequest = {
  dataset: Dataset;
  language: "zh" | "en";
  rankMethod: RankMethod;
  /** Default "reported" (the official totals). */
  totals?: TotalsSource;
  /** Summary sheets to leave out (insert-estimate.ts); "auto": the widest when Excel would be slow. */
  omitSheets?: SheetOmission;
  onProgress: (progress: GenerateProgress) => void;
};

export type GenerateOutcome = {
  /** Sheet names written, in workbook order. */
  sheets: string[];
  /** The summary sheet activated at the end. */
  activated: string;
  /** What the writer's guard changed so that Excel can store the summary (none: absent or []). */
  repairs?: string[];
  /** Sheets the choice (or its default above 1 million cells) left out (none: absent). */
  leftOut?: LeftOut;
};

/**
 * What the ribbon's "Generate summary" ended with, when the pane has something to say about it:
 * a failure, ("repaired") a summary written with values the guard had to change, or
 * ("left-out") a summary without some sheets (`leftOut` says which: a repaired run may have it too).
 */
export type CommandNotice = {
  kind:
    | "no-table"
    | "no-cities"
    | "hidden-sheet"
    | "no-sheets"
    | "failed"
    | "repaired"
    | "left-out"
    | "editions-not-bound";
  /** The ribbon command it comes from (default "generate"). */
  command?: "generate" | "editions";
  sheet: string | null;
  message: string;
  repairs?: string[];
  /** The sheets a generate run left out, as a sentence (officeMessages.sheetsLeftOut). */
  leftOut?: string;
};

/** Pane preferences that travel with the workbook. */
export type PanePreferences = {
  /** null: follow Office's display language. */
  language: "zh" | "en" | null;
  rankMethod: RankMethod;
  /** Official reported totals (default) or computed sums of the scores. */
  totals: TotalsSource;
  autoRefresh: boolean;
  /** The imported framework file's JSON, or null for the bundled 2015 framework. */
  framework: unknown;
  /**
   * Summary sheet keys the user left out (Generate view), or null until the user chooses: then
   * the widest sheets are left out when the summary is large (insert-estimate.ts).
   */
  omitSheets?: string[] | null;
};

export interface ExcelActions {
  /**
   * Score tables in every visible sheet (summary sheets the add-in wrote excluded), best first
   * per sheet; hidden sheets only with `includeHidden`.
   */
  scan(framework: Framework, options?: ScanOptions): Promise<ScanCandidate[]>;
  /** Creates (or replaces) the pane's Office binding over `table` and stores the mapping. */
  bind(table: TableRef & { mapping: ColumnMapping }): Promise<BoundTable>;
  /** The binding stored with the workbook, if it still exists. */
  restore(): Promise<BoundTable | null>;
  /** Stores a changed column mapping with the workbook. */
  saveMapping(table: BoundTable): Promise<void>;
  /** Reads the bound range's values. */
  read(table: BoundTable): Promise<TableData>;
  /** Activates the sheet of an address like "Sheet1!C5" or "'My sheet'!C5" and selects the cell. */
  selectCell(address: string): Promise<void>;
  /** Writes the 2015 appendix to a new sheet (never an existing one); returns it as a candidate. */
  insertSample(language: "zh" | "en"): Promise<ScanCandidate>;
  generate(request: GenerateRequest): Promise<GenerateOutcome>;
  /** Activates a sheet the summary wrote (a link in the Generate view). */
  activateSheet(name: string): Promise<void>;
  /** Calls `onChange` when the bound data changes; resolves to an unsubscribe function. */
  watch(table: BoundTable, onChange: () => void): Promise<() => Promise<void>>;
  /**
   * Calls `listener` with the ribbon command's failures (the command opens the pane for them):
   * at once with the last one, if any, then as they happen. Returns an unsubscribe function.
   */
  commandNotices(listener: (notice: CommandNotice) => void): () => void;
  loadPreferences(): Promise<Partial<PanePreferences>>;
  /** Visible sheets, in workbook order, without the sheets the add-in wrote (edition choices). */
  listSheets(): Promise<string[]>;
  /** The editions bound in this workbook (issue 14); stored with it for the ribbon command. */
  loadEditions(): Promise<EditionsSetup>;
  saveEditions(setup: EditionsSetup): Promise<void>;
  /** Reads the bound editions, compares them and writes the editions sheet. */
  compareEditions(request: CompareRequest): Promise<CompareOutcome>;
  savePreferences(preferences: PanePreferences): Promise<void>;
  /** Writes the scenario, robustness and profile sheets (issue 13); absent: the views only show. */
  explore?: ExploreActions;
}
