/**
 * The summary workbook as plain data (issue 3, "Summary layout as data").
 *
 * `buildSummaryLayout` (summary.ts) computes everything; a writer (Office.js, ExcelJS) only
 * renders this description and never recomputes a figure. Everything is JSON-serialisable.
 *
 * Conventions every writer relies on:
 * - Rows and columns are 0-based numbers; A1 strings ("B2:F11") are sheet-local (no sheet
 *   name) and always refer to the sheet that holds them. Cross-sheet references are made by
 *   sheet `key` only (links), because a writer may rename a sheet to avoid a clash with a
 *   user's sheet.
 * - Text values are plain data, never formulas: a writer must store a string that starts with
 *   `=`, `+`, `-` or `@` as text (e.g. a city named "=1+1").
 * - Rates are fractions (0.8020 for 80.20 %) shown with a "0.00%" number format, as Excel does.
 * - `null` is an empty cell.
 * - Formats and styles are given for rectangular regions, never per cell object, so a layout
 *   of 100,000 cities holds only its value arrays plus a constant number of small objects.
 */
import type { ScenarioRecord } from "./explore/scenario";

export type Language = "zh" | "en";

/** A cell value: number, text (never a formula) or empty. */
export type CellValue = string | number | null;

/** A rectangle relative to its block's top-left cell (0-based). */
export type Region = { row: number; column: number; rows: number; columns: number };

/** Named cell styles; `STYLES` in styles.ts gives each one's concrete font, fill and border. */
export type StyleName =
  | "title" // sheet title: large bold
  | "subtitle" // block caption above a table
  | "header" // column headers of a table: bold, filled, bottom border
  | "numberHeader" // on a header of a number column (after "header"): right-aligned like its numbers
  | "groupHeader" // header above a group of columns (an indicator's name and weight)
  | "rowHeader" // first column of a matrix: bold
  | "note" // explanatory text: italic, grey
  | "emphasis" // bold figures (the total row of a statistics table)
  | "link" // text of an internal hyperlink: blue, underlined
  | "indented" // text right of a number column: indented so numbers never touch text
  | "wrapped"; // long text (notes, reasons) wrapped within its column, top-aligned

/** Concrete formatting of a `StyleName` (only the properties set apply). */
export type CellStyle = {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Points. */
  fontSize?: number;
  /** "#RRGGBB". */
  fontColor?: string;
  /** Solid fill, "#RRGGBB". */
  fill?: string;
  horizontalAlignment?: "left" | "center" | "right";
  wrapText?: boolean;
  /** Thin bottom border colour, "#RRGGBB". */
  borderBottom?: string;
  verticalAlignment?: "top" | "center" | "bottom";
  /** Indent level (Excel: about one character each), keeps numbers off neighbouring text. */
  indent?: number;
};

/** A hyperlink from a block cell to a cell of another summary sheet, named by sheet key. */
export type InternalLink = { row: number; column: number; sheetKey: string; cell: string };

/**
 * A rectangular region of cells at (row, column) of its sheet. `values` has `rows` arrays, one
 * per row; a row may be shorter than `columns` (missing cells are empty), and a row array may be
 * sparse (holes are empty cells): the source sheet of a hostile input keeps only the cells that
 * hold data, so a writer must iterate the values present, never the `rows` × `columns` box.
 * Read-only for writers.
 */
export type Block = {
  /** Stable id within the sheet, e.g. "ranking", "distribution". */
  key: string;
  row: number;
  column: number;
  rows: number;
  columns: number;
  values: CellValue[][];
  /** Number formats of regions (usually whole data columns); later entries win. */
  numberFormats: (Region & { format: string })[];
  /** Styles of regions; later entries win property by property. */
  styles: (Region & { style: StyleName })[];
  links?: InternalLink[];
};

/** An Excel table over a block's header row and data rows. Headers are unique text. */
export type TableSpec = {
  /** Workbook-unique, Excel-valid table name (letters, digits, underscores), e.g. "scOverall". */
  name: string;
  /** Sheet-local A1 range including the header row, e.g. "A3:N154". */
  range: string;
  /** Built-in table style, e.g. "TableStyleMedium2". */
  style: string;
  showBandedRows: boolean;
  showFilterButton: boolean;
};

/** One point of a colour scale. */
export type ColorScalePoint = {
  type: "lowestValue" | "highestValue" | "number" | "percentile";
  /** For "number" and "percentile". */
  value?: number;
  /** "#RRGGBB". */
  color: string;
};

export type ConditionalFormatSpec =
  | { type: "dataBar"; range: string; color: string }
  | {
      type: "colorScale";
      range: string;
      minimum: ColorScalePoint;
      midpoint?: ColorScalePoint;
      maximum: ColorScalePoint;
    };

/**
 * Chart types that exist in ExcelApi 1.1 (desktop and web) and in OOXML:
 * column / bar = vertical / horizontal bars; Clustered / Stacked = grouping.
 */
export type ChartType =
  "columnClustered" | "columnStacked" | "barClustered" | "barStacked" | "line" | "pie" | "radar";

export type ChartSeriesSpec = {
  name: string;
  /** Sheet-local A1 of the cell holding `name` (a column header). */
  nameRange: string;
  /** Sheet-local A1 of the values: one column, as many rows as the categories. */
  valuesRange: string;
  /** "#RRGGBB"; writers may ignore it. */
  color?: string;
};

/** A native chart bound to cells of its own sheet. */
export type ChartSpec = {
  /** Stable id within the sheet, e.g. "topTen". */
  key: string;
  type: ChartType;
  title: string;
  /** Sheet-local A1 of the category labels: one column (city, region, bin or item names). */
  categoriesRange: string;
  /** Series are columns of the sheet (Excel "series by columns"). */
  series: ChartSeriesSpec[];
  /** Title of the category axis (horizontal for column charts, vertical for bar charts). */
  categoryAxisTitle?: string;
  valueAxisTitle?: string;
  /** Number format of the value axis labels, e.g. "0%". */
  valueAxisNumberFormat?: string;
  valueAxisMin?: number;
  valueAxisMax?: number;
  /** Value axis runs top to bottom (rank 1 at the top, e.g. a bump chart of ranks). */
  valueAxisReversed?: boolean;
  legend: "right" | "bottom" | "none";
  /** Show every category label (tick label skip 1) instead of letting the host thin them out. */
  showAllCategoryLabels?: boolean;
  /** Rotation of category labels in degrees (e.g. -45); absent = host default. */
  categoryLabelRotation?: number;
  /** Top-left and bottom-right cells the chart covers, sheet-local A1 ("P2", "Z20"). */
  anchor: { from: string; to: string };
};

export type SheetLayout = {
  /** Stable id ("overall", "statistics", "dimension.infra", …); writers track sheets by it. */
  key: string;
  /** Display name: Excel-valid (≤ 31 characters, none of []:*?/\), unique ignoring case. */
  name: string;
  /** Human-readable title (also the first block's text). */
  title: string;
  blocks: Block[];
  /** Rows / columns kept visible when scrolling (Excel freeze panes); absent = none. */
  freeze?: { rows: number; columns: number };
  /** Width in characters of columns 0, 1, 2, …; columns beyond the list keep the default. */
  columnWidths: number[];
  tables: TableSpec[];
  conditionalFormats: ConditionalFormatSpec[];
  charts: ChartSpec[];
  /** "#RRGGBB" sheet tab colour. */
  tabColor?: string;
  /** Heights in points of single rows (0-based sheet rows), e.g. wrapped header rows. */
  rowHeights?: { row: number; height: number }[];
  /** How the sheet prints; absent = portrait, no repeated rows, host defaults. */
  print?: PrintSpec;
};

/**
 * Page setup of a sheet (issue 11 "Print"). Rows and columns are 0-based sheet positions.
 * Writers map it to Excel's page setup: orientation, print titles (repeat rows / columns),
 * fit-to-width only when `fitToWidth` (the layout sets it only where text stays ≥ 8 pt),
 * manual page breaks, and header / footer (`&A`-style codes are the writer's business).
 */
export type PrintSpec = {
  orientation: "portrait" | "landscape";
  /** Rows repeated at the top of every printed page (inclusive). */
  repeatRows?: { from: number; to: number };
  /** Columns repeated at the left of every printed page (inclusive). */
  repeatColumns?: { from: number; to: number };
  /** Scale all columns onto one page width. */
  fitToWidth: boolean;
  /** Without `fitToWidth`: print at this scale (percent, 73–99; absent = 100 %). */
  scalePercent?: number;
  /**
   * Print area as rectangles printed one after another, sheet-local A1 ("A1:F154", "G4:O154"):
   * a wide sheet's later page bands start below its title block, so the repeated key columns
   * never print the title cut at their edge. Absent = the used range.
   */
  printArea?: string[];
  /** A page break is set before each of these rows / columns. */
  rowBreaks?: number[];
  columnBreaks?: number[];
  /** Text of the page header (the sheet title); the footer is "page N of M" in the layout's language. */
  headerText?: string;
  footerText?: { page: string; of: string };
};

export type SummaryLayout = {
  language: Language;
  /** Workbook-level title, e.g. the framework name. */
  title: string;
  /** Sheets in display order. */
  sheets: SheetLayout[];
};

/** Keys of the fixed summary sheets; dimension sheets are "dimension.<dimension id>". */
export type FixedSheetKey =
  "overall" | "statistics" | "groups" | "groupRanks" | "indicators" | "about";

/** The input table as read, for the source sheet (see source.ts). */
export type SourceData = {
  /**
   * Rows of cells as read. Rows may be ragged (different lengths) and sparse (holey arrays):
   * only the cells present are read, so a hostile grid with one cell at XFD1048576 costs one cell.
   */
  grid: readonly (readonly SourceCell[] | undefined)[];
  /** Rows above the first data row (styled as headers, frozen, repeated on printed pages). */
  headerRows: number;
  /** Default: "源数据" / "Source data" by language. */
  name?: string;
};

/** A cell of the input grid as read: number, text, boolean or empty. */
export type SourceCell = string | number | boolean | null | undefined;

export type SummaryOptions = {
  /** Language of titles and headers; default: the framework's language. */
  language?: Language;
  /** Display names by sheet key; they are made Excel-valid and unique. */
  sheetNames?: Record<string, string>;
  /** The input table, added as the last sheet ("source") and listed in the contents. */
  source?: SourceData;
  /** Keys of the sheets to build, in any order (default: all); the contents list only these. */
  sheets?: readonly string[];
  /** A what-if scenario (`summarize --weights`): its sheet after "overall", recorded in About. */
  scenario?: ScenarioRecord;
};
