/**
 * Sheets written by a helper (docs/adr/0015-parallel-sheet-parts.md), in process: the helper is
 * `writeOffloadedSheets` on the same layout, so ts-jest runs both sides. The command line's
 * worker thread is tested through the built CLI (tests/cli/parallel-sheets.test.ts).
 */
import ExcelJS from "exceljs";
import type { SummaryLayout } from "../../src/layout";
import { inlineTextBytes } from "../../src/xlsx/inline-string";
import {
  chooseOffloadSheets,
  writeOffloadedSheets,
  type PartOffload,
} from "../../src/xlsx/parallel";
import { SharedStrings } from "../../src/xlsx/shared-strings";
import { XmlCheck } from "../../src/xlsx/xml-check";
import { streamSummaryXlsx, type StreamedWorkbook } from "../../src/xlsx/write";
import { datasetOf, generatedGrid, layoutOf } from "./helpers";
import { inlineCells, normalisedParts, readSheets } from "./same-workbook";

const now = new Date("2026-01-02T03:04:05Z");
const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString("latin1");

async function render(
  layout: SummaryLayout,
  parts?: PartOffload
): Promise<StreamedWorkbook & { zip: Uint8Array }> {
  const chunks: Uint8Array[] = [];
  const written = await streamSummaryXlsx(layout, { now, ...(parts && { parts }) }, (c) => {
    chunks.push(c);
  });
  return { ...written, zip: Buffer.concat(chunks) };
}

/** A helper that writes in process, from `layout` (the same one, or another to fail the check). */
const helperOn = (layout: SummaryLayout): PartOffload => ({
  share: 0.5,
  minCells: 0,
  write: (request) => writeOffloadedSheets(layout, { now }, request),
});

/** 60 generated cities, some named with texts every writer must keep or repair alike. */
function hostileLayout(): SummaryLayout {
  const grid = generatedGrid(60);
  const names = [
    " leading space",
    "trailing\t",
    "A&B <C>",
    "_x0041_ literal",
    "中文😀",
    "bad\u0001char",
  ];
  names.forEach((name, k) => ((grid[k + 1] as (string | number)[])[0] = name));
  (grid[7] as (string | number)[])[1] = "Region & <co>"; // a region: an inline string in the helper
  return layoutOf(datasetOf(grid), "en");
}

describe("shared strings registered before any cell", () => {
  it("registers texts in id order, skipping what the guard would repair, without references", () => {
    const strings = new SharedStrings();
    const texts = ["b", "a", null, "b", "x\u0001"];
    strings.register(texts, (t) => !t.includes("\u0001"));
    expect([...strings.idTable(texts)]).toEqual([0, 1, -1, 0, -1]);
    expect(strings.references).toBe(0);
    expect(strings.of("c")).toBe(2);
    expect(strings.of("a")).toBe(1);
    expect(strings.references).toBe(2);
  });

  it("a helper's table knows only the registered texts: others are inline (-1)", () => {
    const strings = new SharedStrings(true);
    strings.register(["x", "y"], () => true);
    expect(strings.of("y")).toBe(1);
    expect(strings.of("z")).toBe(-1);
    expect(strings.has("z")).toBe(false);
    expect(strings.references).toBe(1);
  });
});

describe("inline-string cells", () => {
  it("escapes as the shared-string table does, beyond ASCII as character references", () => {
    expect(text(inlineTextBytes("A&B <C>"))).toBe("<t>A&amp;B &lt;C&gt;</t></is></c>");
    expect(text(inlineTextBytes(" 中😀_x0041_"))).toBe(
      `<t xml:space="preserve"> &#x4E2D;&#x1F600;_x005F_x0041_</t></is></c>`
    );
  });
});

describe("sheets written by a helper", () => {
  it("give the same workbook cell for cell as one thread, repairs included", async () => {
    const serial = await render(hostileLayout());
    const layout = hostileLayout();
    const parallel = await render(layout, helperOn(layout));
    expect(parallel.parallel?.sheets.length).toBeGreaterThan(0);
    expect(parallel.parallel?.failure).toBeUndefined();
    expect(normalisedParts(parallel.zip)).toEqual(normalisedParts(serial.zip));
    expect(readSheets(parallel.zip)).toEqual(readSheets(serial.zip));
    expect(parallel.repairs).toEqual(serial.repairs);
    expect(serial.repairs.length).toBeGreaterThan(0); // "bad\u0001char" is repaired
    // The helper's sheets hold inline strings (their headers); one thread writes none.
    expect(Object.values(inlineCells(parallel.zip)).some((n) => n > 0)).toBe(true);
    expect(Object.values(inlineCells(serial.zip)).every((n) => n === 0)).toBe(true);
  });

  it("read back in ExcelJS as the one thread's workbook (inline strings included)", async () => {
    const layout = hostileLayout();
    const parallel = await render(layout, helperOn(layout));
    const serial = await render(hostileLayout());
    const cells = async (zip: Uint8Array): Promise<unknown[][]> => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(zip as unknown as ExcelJS.Buffer);
      return book.worksheets.map((sheet) => {
        const values: unknown[] = [sheet.name];
        sheet.eachRow((row) => row.eachCell((cell) => values.push(cell.text)));
        return values;
      });
    };
    expect(await cells(parallel.zip)).toEqual(await cells(serial.zip));
  });

  it("are written by the main thread when the helper fails, or rebuilt another layout", async () => {
    const serial = await render(hostileLayout());
    const failing: PartOffload = {
      share: 0.5,
      minCells: 0,
      write: () => Promise.reject(new Error("gone")),
    };
    const failed = await render(hostileLayout(), failing);
    expect(String(failed.parallel?.failure)).toContain("gone");
    expect(normalisedParts(failed.zip)).toEqual(normalisedParts(serial.zip));
    const other = layoutOf(datasetOf(generatedGrid(61)), "en");
    const mismatched = await render(hostileLayout(), helperOn(other));
    expect(String(mismatched.parallel?.failure)).toContain("differs");
    expect(normalisedParts(mismatched.zip)).toEqual(normalisedParts(serial.zip));
  });

  it("are the largest sheets with few inline strings, never every sheet", () => {
    const layout = layoutOf(datasetOf(generatedGrid(60)), "en");
    const strings = new SharedStrings();
    const cities = new Set(
      generatedGrid(60)
        .slice(1)
        .map((row) => String(row[0]))
    );
    const keys = (share: number): string[] =>
      chooseOffloadSheets(layout, share, (t) => cities.has(t) || strings.has(t)).map(
        (i) => layout.sheets[i]?.key ?? ""
      );
    expect(keys(0.5)).toContain("indicators");
    expect(keys(1)).not.toContain("about"); // texts only: all inline in a helper
    expect(keys(1).length).toBeLessThan(layout.sheets.length);
    expect(keys(0)).toEqual([]);
  });
});

describe("the part check's fast path over a helper's rows", () => {
  const sheet = (cells: string): string =>
    `<worksheet><sheetData><row r="1">${cells}</row></sheetData></worksheet>`;
  const check = (xml: string): void => {
    const c = new XmlCheck("xl/worksheets/sheet1.xml");
    c.push(xml);
    c.end();
  };
  it("passes inline strings as the writer spells them", () => {
    const cell = (t: string): string => `<c s="3" t="inlineStr"><is>${text(inlineTextBytes(t))}`;
    expect(() =>
      check(sheet(cell("North China") + cell(" 中 & <😀>") + `<c><v>1</v></c>`))
    ).not.toThrow();
  });
  it("still rejects a reference to a character XML forbids, or a bare '&'", () => {
    const bad = (t: string): string => sheet(`<c t="inlineStr"><is><t>${t}</t></is></c>`);
    expect(() => check(bad("a&#x1;b"))).toThrow(/forbids/);
    expect(() => check(bad("a&#xFFFE;b"))).toThrow(/forbids/);
    expect(() => check(bad("a & b"))).toThrow(/reference/);
  });
});
