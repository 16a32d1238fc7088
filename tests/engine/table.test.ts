import { framework2015, grid2015 } from "../../src/engine/bundled";
import {
  detectTable,
  findTables,
  parseScore,
  readDataset,
  readGrid,
  type Cell,
} from "../../src/engine/table";

const f = framework2015();
const header = grid2015()[0] as string[];
const rows = grid2015().slice(1, 6);

describe("header detection", () => {
  test("the appendix header: rank, city, 16 indicators, bonus, total", () => {
    const m = detectTable(grid2015(), f)!;
    expect(m).toMatchObject({
      headerRow: 0,
      headerRows: 1,
      dataRow: 1,
      city: 1,
      total: 19,
      bonus: [18],
    });
    expect(m.indicators).toEqual(Array.from({ length: 16 }, (_, i) => i + 2));
  });

  test("the report's two-row header (dimension row over indicator row), below a title", () => {
    const dims = [
      "",
      "",
      "智慧基础设施",
      "",
      "",
      "智慧管理",
      "",
      "",
      "智慧服务",
      "",
      "智慧经济",
      "",
      "",
      "智慧人群",
      "",
      "保障体系",
      "",
      "",
      "加分项",
      "总分",
    ];
    const top = dims.map((d, i) => (i === 0 ? "排名" : i === 1 ? "城市" : d));
    const second = header.map((h, i) => (i < 2 || i > 17 ? "" : h.replace("建设", "\n建设")));
    const grid: Cell[][] = [["附件1 2015 评估结果"], [], top, second, ...rows];
    const m = detectTable(grid, f)!;
    expect(m).toMatchObject({
      headerRow: 3,
      headerRows: 2,
      dataRow: 4,
      city: 1,
      bonus: [18],
      total: 19,
    });
    expect(m.indicators.every((c) => c !== null)).toBe(true);
    const ds = readDataset(grid, f, m, { source: "Sheet1", sheet: "Sheet1" });
    expect(ds.cities.map((c) => c.city)).toEqual(["无锡", "上海", "北京", "杭州", "宁波"]);
    expect(ds.issues).toEqual([]);
  });

  test("English headers in another column order, with extra non-score columns", () => {
    const order = [...f.indicators].reverse();
    const grid: Cell[][] = [
      [
        "Notes",
        "City",
        "Population",
        ...order.map((x) => x.nameEn.toUpperCase()),
        "Bonus",
        "Province",
      ],
      ["x", "无锡", 6500000, ...order.map((x) => Math.min(1, x.weight)), 2, "江苏"],
    ];
    const m = detectTable(grid, f)!;
    expect(m.city).toBe(1);
    expect(m.province).toBe(20);
    expect(m.indicators[0]).toBe(18);
    const ds = readDataset(grid, f, m, { source: "data.xlsx" });
    expect(ds.cities[0]?.scores.every((s) => s === 1)).toBe(true);
    expect(ds.cities[0]).toMatchObject({
      bonus: [2],
      region: "华东",
      level: "地级市",
      province: "江苏",
    });
  });

  test("headers with a weight note like 基础网络建设水平(5分) still match", () => {
    const grid = [["城市", ...f.indicators.map((x) => `${x.name}（${x.weight}分）`)]];
    expect(detectTable(grid, f)?.indicators.every((c) => c !== null)).toBe(true);
  });

  test("no header row gives no table, and readGrid reports it", () => {
    expect(
      findTables(
        [
          ["a", "b"],
          [1, 2],
        ],
        f
      )
    ).toEqual([]);
    const ds = readGrid([["a"]], f, { source: "x.csv" });
    expect(ds.issues[0]).toMatchObject({ severity: "error", code: "no-header" });
  });
});

describe("validation as data", () => {
  const grid = (): Cell[][] => [header, ...rows.map((r) => [...r])];
  const read = (g: Cell[][]) => readGrid(g, f, { source: "Scores", sheet: "Scores" });

  test("the bundled appendix has no errors; the printed totals are within 0.01 (METHOD.md)", () => {
    expect(readGrid(grid2015(), f, { source: "scores-2015.csv" }).issues).toEqual([]);
  });

  test("text, error values, blanks, negatives and scores above the weight name the cell", () => {
    const g = grid();
    g[1]![2] = "n/a"; // 无锡 基础网络建设水平
    g[2]![3] = "#N/A";
    g[3]![4] = "";
    g[4]![5] = -1;
    g[5]![6] = 12; // 公共资源交易平台 weighs 5
    const issues = read(g).issues.filter((i) => i.code !== "total-mismatch");
    expect(issues.map((i) => [i.severity, i.code, i.city, i.indicator, i.cell])).toEqual([
      ["error", "text-score", "无锡", "基础网络建设水平", "Scores!C2"],
      ["error", "error-score", "上海", "基础信息资源建设与共享", "Scores!D3"],
      ["warning", "blank-score", "北京", "城市云平台应用情况", "Scores!E4"],
      ["error", "negative-score", "杭州", "政府在线服务水平", "Scores!F5"],
      ["error", "above-weight", "宁波", "公共资源交易平台", "Scores!G6"],
    ]);
    expect(issues[4]?.message).toBe("Scores!G6: 公共资源交易平台 is 12, above its weight of 5.");
    expect(issues[0]).toMatchObject({ row: 2, column: "C" });
  });

  test("duplicate cities, rows without a city, a total far off, unknown cities", () => {
    const g = grid();
    g[2]![1] = "无锡";
    g[3]![1] = "";
    g[4]![19] = "99";
    g[5]![1] = "Gotham";
    const issues = read(g).issues;
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ["duplicate-city", "Scores!B3"],
      ["missing-city", "Scores!B4"],
      ["total-mismatch", "Scores!T5"],
      ["unknown-city", "Scores!B6"],
    ]);
    expect(issues[0]?.message).toContain("first in row 2");
  });

  test("a missing indicator column is an error naming the indicator", () => {
    const g = grid().map((r) => r.filter((_, c) => c !== 4));
    const issues = read(g).issues.filter((i) => i.code === "missing-column");
    expect(issues).toEqual([
      expect.objectContaining({ severity: "error", indicator: "城市云平台应用情况", cell: null }),
    ]);
  });

  test("file positions are named by row and column when there is no sheet", () => {
    const g = grid();
    g[1]![2] = "abc";
    const ds = readGrid(g, f, { source: "scores.csv" });
    expect(ds.issues[0]?.message).toBe(
      'scores.csv row 2, column C: 基础网络建设水平 must be a number, found text "abc".'
    );
  });
});

describe("parseScore", () => {
  test.each<[Cell, string]>([
    [4.7, "number"],
    ["4.70", "number"],
    ["４.５", "text"],
    [" ", "blank"],
    [null, "blank"],
    ["#DIV/0!", "error"],
    ["abc", "text"],
    [true, "text"],
    [NaN, "text"],
  ])("%p is %s", (cell, kind) => expect(parseScore(cell).kind).toBe(kind));
});

describe("the end of the table", () => {
  test("rows without scores after a blank row are notes, not cities; a gap inside the data is kept", () => {
    const g: Cell[][] = [
      header,
      ...rows.slice(0, 2),
      [],
      ...rows.slice(2, 3),
      [],
      ["数据来源：国脉互联"],
      [null, "注：满分 105"],
    ];
    const ds = readGrid(g, f, { source: "Scores", sheet: "Scores" });
    expect(ds.cities.map((c) => c.city)).toEqual(["无锡", "上海", "北京"]);
    expect(ds.issues.map((i) => [i.severity, i.code, i.cell])).toEqual([
      ["info", "note-row", "Scores!B8"],
    ]);
  });
  test("a city row with blank scores inside the table is still a city (blank warnings)", () => {
    const g: Cell[][] = [header, [rows[0]![0], "无锡"], ...rows.slice(1, 2)];
    const ds = readGrid(g, f, { source: "Scores", sheet: "Scores" });
    expect(ds.cities.map((c) => c.city)).toEqual(["无锡", "上海"]);
    expect(ds.issues.filter((i) => i.code === "blank-score")).toHaveLength(17);
  });
});
