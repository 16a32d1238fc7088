/**
 * The input table as its own sheet of the summary workbook (issue 5: "the source data as its
 * own sheet"), described as a SheetLayout so the writer renders it like every other sheet. The
 * grid starts at A1 exactly as read, so the workbook can itself be summarized again with
 * `--sheet <name>`. Numeric text ("4.70" from a CSV) becomes a number; other text stays text.
 */
import { uniqueSheetNames } from "../layout/ranges";
import type { CellValue, Language, SheetLayout, SummaryLayout } from "../layout/types";
import type { Cell } from "../engine/table";

export type SourceData = {
  grid: readonly (readonly Cell[])[];
  /** Rows above the first data row (styled as headers and frozen). */
  headerRows: number;
  /** Default: "数据" / "Source data" by language. */
  name?: string;
};

const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/u;
const MIN_WIDTH = 6;
const MAX_WIDTH = 30;

function sourceValue(cell: Cell): CellValue {
  if (cell === null || cell === undefined || cell === "") return null;
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : String(cell);
  if (typeof cell === "boolean") return String(cell).toUpperCase();
  const trimmed = cell.trim();
  return NUMBER.test(trimmed) ? Number(trimmed) : cell;
}

const width = (v: CellValue): number => {
  if (v === null) return 0;
  let w = 0;
  for (const ch of String(v))
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/u.test(ch) ? 2 : 1;
  return w;
};

/** A sheet layout holding the grid from A1, header rows styled and frozen. */
export function sourceSheet(source: SourceData, name: string): SheetLayout {
  const columns = Math.max(1, ...source.grid.map((r) => r.length));
  const values = source.grid.map((r) =>
    Array.from({ length: columns }, (_, c) => sourceValue(r[c]))
  );
  const rows = Math.max(1, values.length);
  if (values.length === 0) values.push(Array.from({ length: columns }, () => null));
  const headerRows = Math.min(source.headerRows, rows);
  const sample = values.slice(0, 500);
  return {
    key: "source",
    name,
    title: name,
    blocks: [
      {
        key: "source",
        row: 0,
        column: 0,
        rows,
        columns,
        values,
        numberFormats: [],
        styles:
          headerRows > 0 ? [{ row: 0, column: 0, rows: headerRows, columns, style: "header" }] : [],
      },
    ],
    freeze: headerRows > 0 ? { rows: headerRows, columns: 0 } : undefined,
    columnWidths: Array.from({ length: columns }, (_, c) =>
      Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, ...sample.map((r) => width(r[c] ?? null) + 2)))
    ),
    tables: [],
    conditionalFormats: [],
    charts: [],
  };
}

/** The layout with the source sheet appended (named uniquely among the layout's sheets). */
export function withSourceSheet(layout: SummaryLayout, source: SourceData): SummaryLayout {
  const wanted = source.name ?? defaultSourceName(layout.language);
  const names = uniqueSheetNames([...layout.sheets.map((s) => s.name), wanted]);
  return {
    ...layout,
    sheets: [...layout.sheets, sourceSheet(source, names[names.length - 1] ?? wanted)],
  };
}

export function defaultSourceName(language: Language): string {
  return language === "zh" ? "源数据" : "Source data";
}
