/** Helpers of the .xlsx writer tests: layouts to render, the package graph, layout lookups. */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { XMLValidator } from "fast-xml-parser";
import { framework2015 } from "../../src/engine/bundled";
import { syntheticGrid } from "../office/helpers";
import { evaluate } from "../../src/engine/evaluate";
import { readGrid } from "../../src/engine/table";
import type { Dataset } from "../../src/engine/types";
import { buildSummaryLayout, parseA1 } from "../../src/layout";
import type { CellValue, SheetLayout, SummaryLayout } from "../../src/layout";
import { parseRelationships, relsPathOf, resolveTarget, tags } from "../../src/xlsx/ooxml";

/** A score table of `n` generated cities (header row + rows): the Office tests' generator. */
export function generatedGrid(n: number): (string | number)[][] {
  return syntheticGrid(n);
}

export function datasetOf(grid: (string | number)[][], source = "generated.csv"): Dataset {
  const { mapping: _mapping, ...dataset } = readGrid(grid, framework2015(), { source });
  return dataset;
}

export function layoutOf(dataset: Dataset, language?: "zh" | "en"): SummaryLayout {
  return buildSummaryLayout(evaluate(dataset), dataset, language ? { language } : {});
}

/** The value the layout puts at a cell; undefined when no block covers it. */
export function layoutValue(
  sheet: SheetLayout,
  row: number,
  column: number
): CellValue | undefined {
  const b = sheet.blocks.find(
    (x) =>
      row >= x.row && row < x.row + x.rows && column >= x.column && column < x.column + x.columns
  );
  return b ? (b.values[row - b.row]?.[column - b.column] ?? null) : undefined;
}

/** An ExcelJS cell value as a layout value: hyperlinks as their text, empty as null. */
export function plainValue(value: ExcelJS.CellValue): CellValue | "unexpected" {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string") return value;
  if (typeof value === "object" && "text" in value && typeof value.text === "string")
    return value.text;
  return "unexpected";
}

/** Expected number format of each cell of a block (later regions win). */
export function expectedFormats(sheet: SheetLayout): Map<string, string> {
  const formats = new Map<string, string>();
  for (const b of sheet.blocks) {
    for (const f of b.numberFormats) {
      for (let i = f.row; i < Math.min(f.row + f.rows, b.rows); i++) {
        for (let j = f.column; j < Math.min(f.column + f.columns, b.columns); j++)
          formats.set(`${b.row + i},${b.column + j}`, f.format);
      }
    }
  }
  return formats;
}

/** Worksheet part paths by sheet name, from xl/workbook.xml and its relationships. */
export async function worksheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = parseRelationships(await zip.file("xl/_rels/workbook.xml.rels")!.async("string"));
  const parts = new Map<string, string>();
  for (const sheet of tags(workbook).filter((t) => t.name === "sheet")) {
    const rel = rels.find((r) => r.id === sheet.attributes["r:id"]);
    if (rel && sheet.attributes.name !== undefined)
      parts.set(sheet.attributes.name, resolveTarget("xl/workbook.xml", rel.target));
  }
  return parts;
}

export function isWellFormed(xml: string): boolean {
  return XMLValidator.validate(xml) === true;
}

/** Sheet name → chart part XML, in drawing order, following workbook → sheet → drawing → chart relationships. */
export async function chartsBySheet(
  zip: JSZip
): Promise<Map<string, { path: string; xml: string }[]>> {
  const out = new Map<string, { path: string; xml: string }[]>();
  for (const [name, sheetPart] of await worksheetParts(zip)) {
    const sheetXml = await zip.file(sheetPart)!.async("string");
    const drawingTag = tags(sheetXml).find((t) => t.name === "drawing");
    if (!drawingTag) continue;
    const sheetRels = parseRelationships(await zip.file(relsPathOf(sheetPart))!.async("string"));
    const drawingPart = resolveTarget(
      sheetPart,
      sheetRels.find((r) => r.id === drawingTag.attributes["r:id"])!.target
    );
    const drawingXml = await zip.file(drawingPart)!.async("string");
    const drawingRels = parseRelationships(
      await zip.file(relsPathOf(drawingPart))!.async("string")
    );
    const charts = [];
    for (const ref of tags(drawingXml).filter((t) => t.name === "c:chart")) {
      const path = resolveTarget(
        drawingPart,
        drawingRels.find((r) => r.id === ref.attributes["r:id"])!.target
      );
      charts.push({ path, xml: await zip.file(path)!.async("string") });
    }
    out.set(name, charts);
  }
  return out;
}

/** 'Sheet'!$A$2:$A$11 → sheet name and sheet-local range. */
export function splitRef(ref: string): { sheet: string; range: string } {
  const m = /^'((?:[^']|'')+)'!(.+)$/.exec(ref);
  if (!m) throw new Error(`Unexpected reference ${ref}`);
  return {
    sheet: (m[1] as string).replace(/''/g, "'"),
    range: (m[2] as string).replace(/\$/g, ""),
  };
}

/** Every cell of a range is covered by a block of the sheet. */
export function rangeInLayout(sheet: SheetLayout, range: string): boolean {
  const r = parseA1(range);
  for (let i = 0; i < r.rows; i++)
    for (let j = 0; j < r.columns; j++)
      if (layoutValue(sheet, r.row + i, r.column + j) === undefined) return false;
  return true;
}
