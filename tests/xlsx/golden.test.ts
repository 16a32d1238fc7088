/**
 * Cell-for-cell equality with the ExcelJS writer this one replaced (issue 12, Tests). The oracle
 * is tests/xlsx/golden/exceljs-2015-{zh,en}.xlsx, written by the ExcelJS writer from the layouts
 * stored next to them (the 2015 summary plus its source sheet, as `smartcity summarize --out`
 * wrote it). The new writer renders the same stored layouts; both files are read with ExcelJS
 * (an independent reader) and compared: sheets, values, number formats, fonts, fills,
 * alignment, column widths, frozen panes, tab colours, tables, conditional formats, links, and
 * chart parts bound to the same ranges with the same caches.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { SummaryLayout } from "../../src/layout";
import { renderSummaryXlsx } from "../../src/xlsx/write";
import { tags } from "../../src/xlsx/ooxml";
import { chartsBySheet, plainValue, worksheetParts } from "./helpers";

/**
 * The captured layouts name styles; their look is the one src/layout/styles.ts had when the
 * ExcelJS workbooks were captured (the header was top-aligned then), so the comparison checks
 * the writer alone, not later style changes.
 */
jest.mock("../../src/layout/styles", () => {
  const actual = jest.requireActual("../../src/layout/styles");
  const header = { ...actual.STYLES.header };
  delete header.verticalAlignment;
  return { ...actual, STYLES: { ...actual.STYLES, header } };
});

const GOLDEN = path.join(__dirname, "golden");

type Pair = { old: ExcelJS.Workbook; fresh: ExcelJS.Workbook; oldZip: JSZip; freshZip: JSZip };

async function load(buffer: Buffer): Promise<{ workbook: ExcelJS.Workbook; zip: JSZip }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return { workbook, zip: await JSZip.loadAsync(buffer) };
}

async function pair(language: "zh" | "en"): Promise<Pair> {
  const layout = JSON.parse(
    zlib
      .gunzipSync(fs.readFileSync(path.join(GOLDEN, `exceljs-2015-${language}.layout.json.gz`)))
      .toString("utf8")
  ) as SummaryLayout;
  const old = await load(fs.readFileSync(path.join(GOLDEN, `exceljs-2015-${language}.xlsx`)));
  const fresh = await load((await renderSummaryXlsx(layout)).buffer);
  return { old: old.workbook, fresh: fresh.workbook, oldZip: old.zip, freshZip: fresh.zip };
}

/** What a reader sees of a cell's look (theme details of the default font aside). */
function look(cell: ExcelJS.Cell): unknown {
  const f = cell.font ?? {};
  const fill =
    cell.fill?.type === "pattern" && cell.fill.pattern === "solid"
      ? cell.fill.fgColor?.argb
      : undefined;
  const a = cell.alignment ?? {};
  return {
    numFmt: cell.numFmt ?? "General",
    font: [!!f.bold, !!f.italic, !!f.underline, f.size ?? 11, f.color?.argb],
    fill,
    border: cell.border?.bottom?.color?.argb,
    alignment: [a.horizontal, a.vertical, !!a.wrapText],
  };
}

function compareCells(old: ExcelJS.Worksheet, fresh: ExcelJS.Worksheet): string[] {
  const differences: string[] = [];
  const seen = new Set<string>();
  old.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      seen.add(cell.address);
      const other = fresh.getCell(cell.address);
      const a = JSON.stringify([plainValue(cell.value), cell.value === null ? null : look(cell)]);
      const b = JSON.stringify([plainValue(other.value), cell.value === null ? null : look(other)]);
      if (a !== b) differences.push(`${old.name}!${cell.address}: ${a} ≠ ${b}`);
    })
  );
  fresh.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (!seen.has(cell.address) && cell.value !== null)
        differences.push(`${fresh.name}!${cell.address}: extra ${JSON.stringify(cell.value)}`);
    })
  );
  return differences;
}

function settings(ws: ExcelJS.Worksheet): unknown {
  const widths: (number | undefined)[] = [];
  for (let c = 1; c <= ws.columnCount; c++) {
    const w = ws.getColumn(c).width;
    widths.push(w === undefined ? undefined : Math.round(w * 100) / 100);
  }
  const view = (ws.views ?? [])[0] as Partial<ExcelJS.WorksheetViewFrozen> | undefined;
  return {
    widths,
    frozen:
      view?.state === "frozen" ? [view.xSplit ?? 0, view.ySplit ?? 0, view.topLeftCell] : null,
    tab: ws.properties.tabColor?.argb,
  };
}

type TableModel = {
  name: string;
  ref?: string;
  tableRef?: string;
  style?: { theme?: string; showRowStripes?: boolean };
  columns: { name: string }[];
};
const tableModels = (ws: ExcelJS.Worksheet): unknown[] =>
  Object.values((ws as unknown as { tables: Record<string, { model: TableModel }> }).tables).map(
    ({ model }) => ({
      name: model.name,
      ref: model.tableRef ?? model.ref,
      style: model.style?.theme,
      stripes: !!model.style?.showRowStripes,
      columns: model.columns.map((c) => c.name),
    })
  );

/** Conditional formats as ExcelJS reads them: range, type, colours and thresholds. */
type FormatModel = { ref: string; rules: unknown[] };
const formats = (ws: ExcelJS.Worksheet): unknown[] =>
  (ws as unknown as { conditionalFormattings: FormatModel[] }).conditionalFormattings.map((cf) => ({
    ref: cf.ref,
    rules: cf.rules.map((r) => {
      const rule = r as unknown as {
        type: string;
        cfvo?: { type: string; value?: number }[];
        color?: unknown;
      };
      return {
        type: rule.type,
        cfvo: rule.type === "colorScale" ? rule.cfvo : undefined,
        color: JSON.stringify(rule.color),
      };
    }),
  }));

/** A chart's bound ranges and cached points. */
const chartBinding = (xml: string): unknown => ({
  refs: [...xml.matchAll(/<c:f>([^<]+)<\/c:f>/g)].map((m) => m[1]),
  points: [...xml.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v>/g)].map((m) => `${m[1]}=${m[2]}`),
  type: /<c:(bar|line|pie|radar)Chart>/.exec(xml)?.[1],
});

describe.each(["zh", "en"] as const)(
  "the 2015 workbook (%s) equals the ExcelJS writer's",
  (language) => {
    let p: Pair;
    beforeAll(async () => {
      p = await pair(language);
    }, 120_000);

    it("has the same sheets in the same order", () => {
      expect(p.fresh.worksheets.map((w) => w.name)).toEqual(p.old.worksheets.map((w) => w.name));
    });

    it("has the same cells: values, number formats, fonts, fills, borders, alignment", () => {
      for (const ws of p.old.worksheets)
        expect(compareCells(ws, p.fresh.getWorksheet(ws.name)!).slice(0, 10)).toEqual([]);
    });

    it("has the same column widths, frozen panes and tab colours", () => {
      for (const ws of p.old.worksheets)
        expect([ws.name, settings(p.fresh.getWorksheet(ws.name)!)]).toEqual([
          ws.name,
          settings(ws),
        ]);
    });

    it("has the same tables and conditional formats", () => {
      for (const ws of p.old.worksheets) {
        const fresh = p.fresh.getWorksheet(ws.name)!;
        expect([ws.name, tableModels(fresh)]).toEqual([ws.name, tableModels(ws)]);
        expect([ws.name, formats(fresh)]).toEqual([ws.name, formats(ws)]);
      }
    });

    it("links to the same cells", async () => {
      const links = async (zip: JSZip): Promise<string[]> => {
        const out: string[] = [];
        for (const [sheet, part] of await worksheetParts(zip)) {
          const xml = await zip.file(part)!.async("string");
          for (const t of tags(xml).filter((x) => x.name === "hyperlink"))
            out.push(`${sheet}!${t.attributes.ref} → ${t.attributes.location}`);
        }
        return out;
      };
      const old = await links(p.oldZip);
      expect(old.length).toBeGreaterThan(5);
      expect(await links(p.freshZip)).toEqual(old);
    });

    it("has the same charts, bound to the same ranges with the same caches", async () => {
      const old = await chartsBySheet(p.oldZip);
      const fresh = await chartsBySheet(p.freshZip);
      expect([...fresh.keys()]).toEqual([...old.keys()]);
      for (const [sheet, charts] of old)
        expect([sheet, (fresh.get(sheet) ?? []).map((c) => chartBinding(c.xml))]).toEqual([
          sheet,
          charts.map((c) => chartBinding(c.xml)),
        ]);
    });
  }
);
