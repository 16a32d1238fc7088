/**
 * The package plan of a layout, made before anything is written: every part's path and content
 * type, each sheet's tables (ids, header names), drawing and charts, relationship ids. Knowing
 * the parts up front lets [Content_Types].xml come first and the package check compare what was
 * written with what was planned.
 */
import { parseA1, type ParsedRange } from "../layout/ranges";
import type { SheetLayout, SummaryLayout, TableSpec } from "../layout/types";
import type { ChartData } from "./charts";
import { chartData, valueAt } from "./layout-values";
import { CONTENT_TYPE } from "./ooxml";

export type TablePlan = {
  spec: TableSpec;
  range: ParsedRange;
  id: number;
  part: string;
  relationshipId: string;
  /** Column names, unique ignoring case; the header cells are written with exactly these texts. */
  columns: string[];
};

export type SheetPlan = {
  sheet: SheetLayout;
  index: number;
  part: string;
  tables: TablePlan[];
  drawing?: { part: string; relationshipId: string; charts: { part: string; data: ChartData }[] };
  /** Texts of table header cells by row, then column. */
  textAt: Map<number, Map<number, string>>;
};

export type WorkbookPlan = {
  sheets: SheetPlan[];
  /** Every part: path → content type (undefined: the Default of its extension). */
  parts: Map<string, string | undefined>;
};

const MAX_TABLE_COLUMN_NAME = 255;

/** Table column names from the header cells: text as is, numbers as text, blanks "Column N", unique. */
export function tableColumnNames(sheet: SheetLayout, range: ParsedRange): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (let j = 0; j < range.columns; j++) {
    const value = valueAt(sheet, range.row, range.column + j);
    let base = value === null || value === "" ? `Column${j + 1}` : String(value);
    base = base.slice(0, MAX_TABLE_COLUMN_NAME - 4);
    let name = base;
    for (let k = 2; seen.has(name.toLowerCase()); k++) name = `${base}${k}`;
    seen.add(name.toLowerCase());
    names.push(name);
  }
  return names;
}

export function planWorkbook(layout: SummaryLayout): WorkbookPlan {
  const parts = new Map<string, string | undefined>([
    ["[Content_Types].xml", undefined],
    ["_rels/.rels", undefined],
    ["docProps/core.xml", CONTENT_TYPE.core],
    ["docProps/app.xml", CONTENT_TYPE.app],
    ["xl/workbook.xml", CONTENT_TYPE.workbook],
    ["xl/_rels/workbook.xml.rels", undefined],
    ["xl/styles.xml", CONTENT_TYPE.styles],
    ["xl/sharedStrings.xml", CONTENT_TYPE.sharedStrings],
  ]);
  let tableCount = 0;
  let drawingCount = 0;
  let chartCount = 0;
  const sheets = layout.sheets.map((sheet, index): SheetPlan => {
    const part = `xl/worksheets/sheet${index + 1}.xml`;
    parts.set(part, CONTENT_TYPE.worksheet);
    let relationships = 0;
    const plan: SheetPlan = { sheet, index, part, tables: [], textAt: new Map() };
    if (sheet.charts.length > 0) {
      const drawingPart = `xl/drawings/drawing${++drawingCount}.xml`;
      parts.set(drawingPart, CONTENT_TYPE.drawing);
      parts.set(`xl/drawings/_rels/drawing${drawingCount}.xml.rels`, undefined);
      plan.drawing = {
        part: drawingPart,
        relationshipId: `rId${++relationships}`,
        charts: sheet.charts.map((spec) => {
          const chartPart = `xl/charts/chart${++chartCount}.xml`;
          parts.set(chartPart, CONTENT_TYPE.chart);
          return { part: chartPart, data: chartData(sheet, spec) };
        }),
      };
    }
    for (const spec of sheet.tables) {
      const range = parseA1(spec.range);
      if (range.rows < 2) continue; // an Excel table needs a data row
      const id = ++tableCount;
      const table: TablePlan = {
        spec,
        range,
        id,
        part: `xl/tables/table${id}.xml`,
        relationshipId: `rId${++relationships}`,
        columns: tableColumnNames(sheet, range),
      };
      parts.set(table.part, CONTENT_TYPE.table);
      const headerTexts = plan.textAt.get(range.row) ?? new Map<number, string>();
      table.columns.forEach((name, j) => headerTexts.set(range.column + j, name));
      plan.textAt.set(range.row, headerTexts);
      plan.tables.push(table);
    }
    if (relationships > 0) parts.set(`xl/worksheets/_rels/sheet${index + 1}.xml.rels`, undefined);
    return plan;
  });
  return { sheets, parts };
}
