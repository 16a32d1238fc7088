/**
 * Reading scores as Excel reads them, duplicate cities by name variant, and the totals check's
 * messages (docs/method.md, "Reading scores" and "Totals").
 */
import { framework2015, grid2015 } from "../../src/engine/bundled";
import { evaluate } from "../../src/engine/evaluate";
import { issueText } from "../../src/engine/messages";
import { parseScore, readGrid, type Cell } from "../../src/engine/table";

const f = framework2015();
const header = grid2015()[0] as string[];
const rows = grid2015().slice(1, 6);
const grid = (): Cell[][] => [header, ...rows.map((r) => [...r])];
const read = (g: Cell[][]) => readGrid(g, f, { source: "Scores", sheet: "Scores" });

describe("numbers Excel reads from typed text", () => {
  test.each<[Cell, number]>([
    ["4.70", 4.7],
    [" 4.7 ", 4.7],
    ["+3", 3],
    ["-0", -0],
    [".5", 0.5],
    ["5.", 5],
    ["1E2", 100],
    ["2.5e-1", 0.25],
    [1e-300, 1e-300],
  ])("%p is the number %p", (cell, value) =>
    expect(parseScore(cell)).toEqual({ kind: "number", value })
  );

  test.each<[Cell, string]>([
    ["0x4", "hexadecimal"],
    ["0b11", "binary"],
    ["0o17", "octal"],
    ["0,5", "comma-decimal"],
    ["1.000,5", "comma-decimal"],
    ["1,000", "thousands-separator"],
    ["12,345.6", "thousands-separator"],
    ["45%", "percent"],
    ["４.５", "full-width"],
    ["¥5", "currency"],
    ["5元", "currency"],
    ["$4.50", "currency"],
    ["Infinity", "not-finite"],
    ["-inf", "not-finite"],
    ["NaN", "not-finite"],
    ["1e999", "not-finite"],
    [Infinity, "not-finite"],
    [NaN, "not-finite"],
    ["\u00a04.5", "odd-space"],
    ["4 5", "odd-space"],
  ])("%p is text of the form %s, never a number", (cell, form) =>
    expect(parseScore(cell)).toMatchObject({ kind: "text", form })
  );

  test.each<[Cell, string]>([
    ["", "blank"],
    ["\u3000", "blank"],
    [null, "blank"],
    ["#N/A", "error"],
    ["abc", "text"],
    ["1/2", "text"],
  ])("%p is %s", (cell, kind) => expect(parseScore(cell).kind).toBe(kind));

  test("a number in another form is an error naming the cell, with a hint", () => {
    const g = grid();
    g[1]![2] = "0,5";
    g[2]![2] = "0x4";
    g[3]![2] = "1,000";
    g[4]![2] = "45%";
    const issues = read(g).issues.filter((i) => i.code === "number-format");
    expect(issues.map((i) => [i.severity, i.cell])).toEqual([
      ["error", "Scores!C2"],
      ["error", "Scores!C3"],
      ["error", "Scores!C4"],
      ["error", "Scores!C5"],
    ]);
    expect(issues[0]?.message).toBe(
      'Scores!C2: 基础网络建设水平 "0,5" is not read as a number: comma used as decimal separator: write 0.5.'
    );
    expect(issues[1]?.message).toContain("hexadecimal");
    expect(issues[2]?.message).toContain("write 1000");
    expect(issues[3]?.message).toContain("percent sign");
    expect(issueText(issues[0]!, "zh")).toBe(
      "Scores!C2：基础网络建设水平 的“0,5”不按数字读取——逗号用作小数点：请写 0.5。"
    );
  });
});

describe("duplicate cities by name variant", () => {
  test("无锡 and 无锡市 are one city: an error naming both cells", () => {
    const g = grid();
    g[3]![1] = "无锡市";
    const ds = read(g);
    const dup = ds.issues.filter((i) => i.code === "duplicate-city");
    expect(dup.map((i) => [i.cell, i.city])).toEqual([["Scores!B4", "无锡市"]]);
    expect(dup[0]?.message).toBe(
      'Scores!B4: city "无锡市" is the same city as "无锡" (first in row 2, Scores!B2).'
    );
    expect(ds.cities.map((c) => c.city)).toEqual(["无锡", "上海", "杭州", "宁波"]);
  });
  test.each([["无 锡"], ["无锡\u3000"], ["ｗｕｘｉ"]])("%p", (variant) => {
    const g = grid();
    g[2]![1] = variant === "ｗｕｘｉ" ? "wuxi" : variant;
    g[3]![1] = variant === "ｗｕｘｉ" ? "ｗｕｘｉ" : "无锡";
    const codes = read(g).issues.map((i) => i.code);
    expect(codes).toContain("duplicate-city");
  });
  test("autonomous prefectures: 延边 and 延边朝鲜族自治州; unknown names by normalised text", () => {
    const g = grid();
    g[1]![1] = "延边";
    g[2]![1] = "延边朝鲜族自治州";
    g[3]![1] = "Gotham";
    g[4]![1] = "GOTHAM ";
    const dup = read(g).issues.filter((i) => i.code === "duplicate-city");
    expect(dup.map((i) => i.cell)).toEqual(["Scores!B3", "Scores!B5"]);
  });
  test("different cities stay apart: 海南 (ambiguous) and 海口", () => {
    const g = grid();
    g[1]![1] = "海南";
    g[2]![1] = "海口";
    expect(read(g).issues.filter((i) => i.code === "duplicate-city")).toEqual([]);
  });
});

describe("reported totals", () => {
  test("a score above its weight: the message gives the sum of the cells as written", () => {
    const g = grid();
    // 宁波: 公共资源交易平台 (weight 5) raised by 10 and the total with it.
    const row = g[5]!;
    row[6] = String(Number(row[6]) + 10);
    row[19] = (Number(row[19]) + 10).toFixed(2);
    const ds = read(g);
    const total = ds.issues.find((i) => i.code === "total-mismatch")!;
    expect(total.cell).toBe("Scores!T6");
    expect(total.params).toMatchObject({ reported: 86.67, cellsSum: 86.67, countedSum: 72.17 });
    expect(total.message).toBe(
      "Scores!T6: the reported total 86.67 agrees with the cells as written (86.67), but with invalid scores counted as 0 the sum is 72.17; that sum is used."
    );
    expect(evaluate(ds).cities.find((c) => c.city === "宁波")?.total).toBe(72.17);
    expect(issueText(total, "zh")).toContain("无效得分按 0 计后之和为 72.17");
  });
  test("the tolerance grows with the summed cells: 17 cells allow 0.09", () => {
    const g = grid();
    g[1]![19] = "80.29"; // 无锡: sum 80.21, 0.08 off: rounding
    g[2]![19] = "80.16"; // 上海: sum 80.05, 0.11 off: beyond
    const ds = read(g);
    expect(ds.issues.map((i) => [i.code, i.cell])).toEqual([["total-mismatch", "Scores!T3"]]);
    expect(ds.issues[0]?.message).toBe(
      "Scores!T3: the reported total 80.16 differs from the sum of the cells 80.05 by more than rounding (0.09); the sum of the scores is used."
    );
    const ev = evaluate(ds);
    expect(ev.cities.map((c) => [c.city, c.total])).toEqual(
      expect.arrayContaining([
        ["无锡", 80.29],
        ["上海", 80.05],
      ])
    );
    expect(ev.totalsSummary).toMatchObject({ reportedUsed: 4, differingBeyondRounding: 1 });
    expect(evaluate(ds, { totals: "computed" }).cities[0]).toMatchObject({
      city: "无锡",
      total: 80.21,
    });
  });
  test("a total that is not a number is a warning and the sum is used", () => {
    const g = grid();
    g[1]![19] = "80,2";
    const ds = read(g);
    expect(ds.issues.map((i) => [i.severity, i.code, i.cell])).toEqual([
      ["warning", "total-not-number", "Scores!T2"],
    ]);
    expect(evaluate(ds).cities[0]?.total).toBe(80.21);
  });
});

describe("issues in both languages", () => {
  test("every issue carries its arguments; issueText renders zh and falls back to message", () => {
    const g = grid();
    g[1]![2] = "n/a";
    g[2]![3] = "";
    const ds = readGrid(g, f, { source: "scores.csv" });
    for (const issue of ds.issues) expect(issueText(issue, "en")).toBe(issue.message);
    expect(issueText(ds.issues[0]!, "zh")).toBe(
      "scores.csv 第 2 行 C 列：基础网络建设水平 应为数字得分，却是文本“n/a”。"
    );
    expect(issueText({ code: "nope", message: "m", params: {} }, "zh")).toBe("m");
  });
});
