/** Reading published lists: header detection, rate units, ties in one cell, bad rows. */
import { findPublishedHeader, readPublishedList } from "../../src/engine/editions";
import type { Grid } from "../../src/engine/table";

const read = (grid: Grid) => {
  const header = findPublishedHeader(grid);
  if (!header) throw new Error("no header");
  return readPublishedList(grid, header);
};

test("a header below a title, English names, rates as fractions", () => {
  const list = read([
    ["Top ten, 2013"],
    [],
    ["Rank", "City", "Score rate"],
    [1, "Ningbo", 0.818],
    [2, "Wuxi", "0.5"],
  ]);
  expect(list.columns).toMatchObject({ headerRow: 2, rank: 0, city: 1, total: null, rate: 2 });
  expect(list.rows.map((r) => r.ratePercent)).toEqual([81.8, 50]);
});

test("rates with % or above 1 are percent", () => {
  expect(
    read([
      ["排名", "城市", "得分率"],
      [1, "宁波", "81.8%"],
      [2, "无锡", 0.5],
    ]).rows.map((r) => r.ratePercent)
  ).toEqual([81.8, 0.5]);
  expect(
    read([
      ["排名", "城市", "得分率"],
      [1, "宁波", 81.8],
      [2, "无锡", 0.5],
    ]).rows.map((r) => r.ratePercent)
  ).toEqual([81.8, 0.5]);
});

test("ties printed in one cell, blank rows skipped, bad rows reported by row", () => {
  const list = read([
    ["名次", "城市", "总分"],
    [7, "上海、深圳,长春", 70],
    [null, null, null],
    [0, "无锡", 60],
    [8, "", 50],
    [9, "=cmd()", "many"],
    [2.5, "南京", 40],
  ]);
  expect(list.rows.map((r) => [r.rank, r.city, r.total])).toEqual([
    [7, "上海", 70],
    [7, "深圳", 70],
    [7, "长春", 70],
  ]);
  expect(list.problems).toEqual([
    { row: 4, problem: "rank" },
    { row: 5, problem: "city" },
    { row: 6, problem: "figure" },
    { row: 7, problem: "rank" },
  ]);
});

test("no header: rank and city alone are not a list", () => {
  expect(
    findPublishedHeader([
      ["排名", "城市"],
      [1, "宁波"],
    ])
  ).toBeNull();
  expect(findPublishedHeader([])).toBeNull();
});
