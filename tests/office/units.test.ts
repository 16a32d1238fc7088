/** The pure parts of the writer: text escaping, value batches, sheet plans. */
import type { SheetLayout, SummaryLayout } from "../../src/layout";
import { cellBytes, planValueBatches, rowBytes } from "../../src/office/batches";
import {
  cellInput,
  needsQuotePrefix,
  NonFiniteCellError,
  rowInput,
} from "../../src/office/cell-input";
import { columnWidthPoints } from "../../src/office/render-format";
import { freeSheetName, parseTracking, planSheets } from "../../src/office/sheet-plan";

describe("cell input", () => {
  test.each([
    "=1+1",
    "+5",
    "-",
    "-3",
    "@x",
    "'a",
    "#N/A",
    " 12",
    "12",
    "12%",
    "1,234",
    "1-2",
    "3:00",
    "$5",
    "(5)",
    ".5",
    "TRUE",
    "false",
    "Mar 5",
    "May-15",
    "Sept. 2015",
  ])("%j gets a quote prefix", (text) => {
    expect(needsQuotePrefix(text)).toBe(true);
    expect(cellInput(text)).toBe(`'${text}`);
  });

  test.each([
    "",
    "无锡",
    "City 12",
    "总分",
    "Overall ranking",
    "Q1",
    "March",
    "Main 5",
    "智慧基础设施",
  ])("%j is written as is", (text) => {
    expect(cellInput(text)).toBe(text);
  });

  test("numbers as is, null as an empty cell", () => {
    expect([cellInput(1.5), cellInput(0), cellInput(null)]).toEqual([1.5, 0, ""]);
  });

  test.each([Number.NaN, Infinity, -Infinity])(
    "%p is never sent to range.values: the assertion fails loudly",
    (value) => {
      expect(() => cellInput(value)).toThrow(NonFiniteCellError);
      expect(() => rowInput([1, value], 2)).toThrow(/cannot store/);
    }
  );
});

describe("value batches", () => {
  const sheet = (rows: number, text = "无锡"): SheetLayout => ({
    key: "s",
    name: "S",
    title: "S",
    blocks: [
      {
        key: "title",
        row: 0,
        column: 0,
        rows: 1,
        columns: 1,
        values: [["S"]],
        numberFormats: [],
        styles: [],
      },
      {
        key: "data",
        row: 2,
        column: 0,
        rows,
        columns: 3,
        values: Array.from({ length: rows }, (_, i) => [i + 1, text, 0.123456]),
        numberFormats: [],
        styles: [],
      },
    ],
    columnWidths: [],
    tables: [],
    conditionalFormats: [],
    charts: [],
  });
  const covered = (plan: ReturnType<typeof planValueBatches>): string[] =>
    plan.batches
      .flat()
      .flatMap((c) => Array.from({ length: c.count }, (_, i) => `${c.block.key}:${c.from + i}`));

  test("JSON sizes: numbers, text with quote prefix, CJK as 3 bytes", () => {
    expect([
      cellBytes(1.25),
      cellBytes(null),
      cellBytes("ab"),
      cellBytes("=a"),
      cellBytes("无锡"),
    ]).toEqual([4, 2, 4, 5, 8]);
    expect(rowBytes([1, "ab"], 2)).toBe(2 + 2 + 1 + 4);
  });

  test("small data: exactly K batches, every row once and in order", () => {
    const plan = planValueBatches([sheet(100)], { minBatches: 4 });
    expect(plan.batches).toHaveLength(4);
    for (const b of plan.batches) expect(b.length).toBeGreaterThan(0);
    expect(covered(plan)).toEqual([
      "title:0",
      ...Array.from({ length: 100 }, (_, i) => `data:${i}`),
    ]);
  });

  test("large data: more batches than K, none above the budget", () => {
    const plan = planValueBatches([sheet(5000)], { minBatches: 2, budgetBytes: 20_000 });
    expect(plan.batches.length).toBeGreaterThan(2);
    for (const bytes of plan.batchBytes) expect(bytes).toBeLessThanOrEqual(20_000);
    expect(covered(plan)).toHaveLength(5001);
    // A block split across batches pays one more chunk header per split.
    expect(plan.batchBytes.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(plan.totalBytes);
  });
});

describe("sheet plan", () => {
  const layout = (names: string[]): SummaryLayout => ({
    language: "zh",
    title: "t",
    sheets: names.map((name, i) => ({
      key: `k${i}`,
      name,
      title: name,
      blocks: [],
      columnWidths: [],
      tables: [],
      conditionalFormats: [],
      charts: [],
    })),
  });

  test("ours = recorded name and id; clashing user sheets keep their names, ours take (2)", () => {
    const existing = [
      { name: "Scores", id: "1" },
      { name: "总排名", id: "2" }, // recorded, same id: ours
      { name: "统计分析", id: "9" }, // recorded under another id: the user's
    ];
    const tracked = parseTracking({
      version: 1,
      sheets: { k0: { name: "总排名", id: "2" }, k1: { name: "统计分析", id: "3" } },
    });
    const plan = planSheets(layout(["总排名", "统计分析"]), existing, tracked);
    expect(plan.remove).toEqual([{ name: "总排名", id: "2" }]);
    expect(plan.names).toEqual(["总排名", "统计分析 (2)"]);
    expect(plan.renamed).toEqual([{ key: "k1", wanted: "统计分析", name: "统计分析 (2)" }]);
  });

  test("free names ignore case and stay within 31 characters", () => {
    expect(freeSheetName("Overall", new Set(["overall", "overall (2)"]))).toBe("Overall (3)");
    const long = "A".repeat(31);
    const name = freeSheetName(long, new Set([long.toLowerCase()]));
    expect(name).toBe(`${"A".repeat(27)} (2)`);
    expect(name.length).toBe(31);
  });

  test("a broken tracking setting counts as nothing tracked", () => {
    for (const value of [null, "not json", 42, { sheets: 3 }, { sheets: { a: { name: 1 } } }])
      expect(parseTracking(value).sheets).toEqual({});
    expect(
      parseTracking(JSON.stringify({ sheets: { a: { name: "x", id: "" } }, source: "S" }))
    ).toEqual({ version: 1, sheets: { a: { name: "x", id: "" } }, source: "S" });
  });

  test("column widths: characters of the default font to points", () => {
    expect(columnWidthPoints(8.43)).toBeCloseTo(48, 0);
  });
});
