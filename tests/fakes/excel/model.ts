/**
 * The fake document: sheets, tables, charts, conditional formats, bindings, settings, and the
 * rules Excel enforces on them (sheet and table names). Proxies change it only during a sync.
 */
import { Box, intersects } from "./address";
import { FakeErrorCode, FakeOfficeError, invalidArgument } from "./errors";
import { SheetModel, StyleTable } from "./sheet";

export type Handler = (args: unknown) => unknown;
/** Nested plain properties of an object the fake does not interpret (chart titles, data bars…). */
export type Props = Record<string, unknown>;

export interface Ref {
  sheet: SheetModel;
  box: Box;
}

export interface TableModel {
  id: string;
  name: string;
  sheet: SheetModel;
  box: Box;
  style: string;
  showHeaders: boolean;
  showTotals: boolean;
  showBandedRows: boolean;
  showBandedColumns: boolean;
  showFilterButton: boolean;
  highlightFirstColumn: boolean;
  highlightLastColumn: boolean;
  deleted: boolean;
  onChanged: Set<Handler>;
}

export interface SeriesModel {
  name: string;
  nameRef?: Ref;
  values?: Ref;
  xValues?: Ref;
  props: Props;
}

export interface ChartModel {
  id: string;
  name: string;
  sheet: SheetModel;
  type: string;
  seriesBy: string;
  source?: Ref;
  series: SeriesModel[];
  position: {
    top: number;
    left: number;
    width: number;
    height: number;
    start?: string;
    end?: string;
  };
  props: Props;
  deleted: boolean;
}

export interface ConditionalFormatModel {
  id: string;
  type: string;
  sheet: SheetModel;
  box: Box;
  props: Props;
  deleted: boolean;
}

export interface BindingModel {
  id: string;
  type: string;
  sheet: SheetModel;
  box: Box;
  table?: TableModel;
  onDataChanged: Set<Handler>;
  onSelectionChanged: Set<Handler>;
}

export const MAX_SHEET_NAME = 31;
const FORBIDDEN_SHEET_CHARS = /[[\]:*?/\\]/;

export class WorkbookModel {
  readonly styles = new StyleTable();
  sheets: SheetModel[] = [];
  active: SheetModel | null = null;
  selection: Ref | null = null;
  tables: TableModel[] = [];
  readonly settings = new Map<string, string>();
  readonly bindings = new Map<string, BindingModel>();
  enableEvents = true;
  private nextId = 1;
  private tableCounter = 0;

  newId(): string {
    return `{${String(this.nextId++).padStart(8, "0")}-0000-4000-8000-000000000000}`;
  }

  findSheet(nameOrId: string): SheetModel | undefined {
    const key = nameOrId.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key || s.id === nameOrId);
  }

  /** Excel's sheet-name rules: 1–31 characters, none of []:*?/\, no leading/trailing apostrophe,
   * not "History", unique ignoring case. */
  checkSheetName(name: unknown, location: string, self?: SheetModel): string {
    if (typeof name !== "string" || name.length === 0 || name.length > MAX_SHEET_NAME)
      throw invalidArgument(location, `sheet name must have 1 to ${MAX_SHEET_NAME} characters`);
    if (FORBIDDEN_SHEET_CHARS.test(name))
      throw invalidArgument(location, "sheet name contains one of [ ] : * ? / \\");
    if (name.startsWith("'") || name.endsWith("'"))
      throw invalidArgument(location, "sheet name starts or ends with an apostrophe");
    if (name.toLowerCase() === "history")
      throw invalidArgument(location, "'History' is reserved by Excel");
    const clash = this.findSheet(name);
    if (clash && clash !== self)
      throw new FakeOfficeError(FakeErrorCode.itemAlreadyExists, undefined, location);
    return name;
  }

  addSheet(name: string | undefined, location = "WorksheetCollection.add"): SheetModel {
    let chosen = name;
    if (chosen === undefined || chosen === null) {
      let n = this.sheets.length + 1;
      while (this.findSheet(`Sheet${n}`)) n++;
      chosen = `Sheet${n}`;
    }
    const sheet = new SheetModel(this.newId(), this.checkSheetName(chosen, location), this.styles);
    sheet.index = () => this.sheets.indexOf(sheet);
    this.sheets.push(sheet);
    if (!this.active) this.active = sheet;
    return sheet;
  }

  visibleSheets(): SheetModel[] {
    return this.sheets.filter((s) => s.visibility === "Visible");
  }

  deleteSheet(sheet: SheetModel, location = "Worksheet.delete"): void {
    if (this.visibleSheets().length === 1 && sheet.visibility === "Visible")
      throw new FakeOfficeError(
        FakeErrorCode.invalidOperation,
        "A workbook must contain at least one visible worksheet.",
        location
      );
    this.sheets = this.sheets.filter((s) => s !== sheet);
    sheet.deleted = true;
    for (const t of this.tables) if (t.sheet === sheet) t.deleted = true;
    this.tables = this.tables.filter((t) => !t.deleted);
    for (const [id, b] of this.bindings) if (b.sheet === sheet) this.bindings.delete(id);
    if (this.active === sheet) this.active = this.visibleSheets()[0] ?? null;
    if (this.selection?.sheet === sheet) this.selection = null;
  }

  setVisibility(sheet: SheetModel, visibility: unknown, location: string): void {
    if (visibility !== "Visible" && visibility !== "Hidden" && visibility !== "VeryHidden")
      throw invalidArgument(location, "visibility must be Visible, Hidden or VeryHidden");
    if (
      visibility !== "Visible" &&
      sheet.visibility === "Visible" &&
      this.visibleSheets().length === 1
    )
      throw new FakeOfficeError(
        FakeErrorCode.invalidOperation,
        "A workbook must contain at least one visible worksheet.",
        location
      );
    sheet.visibility = visibility;
    if (this.active === sheet && visibility !== "Visible")
      this.active = this.visibleSheets()[0] ?? null;
  }

  moveSheet(sheet: SheetModel, position: unknown, location: string): void {
    if (
      typeof position !== "number" ||
      !Number.isInteger(position) ||
      position < 0 ||
      position >= this.sheets.length
    )
      throw invalidArgument(location, "position out of range");
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.sheets.splice(position, 0, sheet);
  }

  findTable(nameOrId: string): TableModel | undefined {
    const key = nameOrId.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === key || t.id === nameOrId);
  }

  /** Table names: letter/underscore/backslash first, then letters, digits, "." or "_"; not a cell
   * reference; at most 255 characters; unique in the workbook ignoring case. */
  checkTableName(name: unknown, location: string, self?: TableModel): string {
    const valid =
      typeof name === "string" &&
      name.length <= 255 &&
      /^[A-Za-z_\\\u0080-\uFFFF][A-Za-z0-9_.\u0080-\uFFFF]*$/.test(name) &&
      !/^([A-Za-z]{1,3}\d+|R\d*C\d*|R|C)$/i.test(name);
    if (!valid) throw invalidArgument(location, `invalid table name '${String(name)}'`);
    const clash = this.findTable(name);
    if (clash && clash !== self)
      throw new FakeOfficeError(FakeErrorCode.itemAlreadyExists, undefined, location);
    return name;
  }

  nextTableName(): string {
    let name: string;
    do name = `Table${++this.tableCounter}`;
    while (this.findTable(name));
    return name;
  }

  tablesOverlapping(sheet: SheetModel, box: Box): TableModel[] {
    return this.tables.filter((t) => t.sheet === sheet && intersects(t.box, box));
  }
}
