/**
 * Columnar datasets (src/engine/dataset.ts): a read table keeps its scores in typed columns and
 * builds the per-city records only when `cities` is read; evaluating the columns and evaluating
 * the records give the same results, and edits to the records after reading count.
 */
import { framework2015 } from "../../src/engine/bundled";
import { cityCount, datasetColumns } from "../../src/engine/dataset";
import { evaluate } from "../../src/engine/evaluate";
import { readGrid, type Cell } from "../../src/engine/table";
import type { CityRecord, Dataset } from "../../src/engine/types";

const framework = framework2015();
const header = ["城市", ...framework.indicators.map((i) => i.name), "总分"];

/** Three cities: 杭州 with every score 1, 宁波 with a blank and a text score, 义乌 all 0.5. */
function grid(): Cell[][] {
  const scores = (value: Cell): Cell[] => framework.indicators.map(() => value);
  const ningbo = scores(2);
  ningbo[0] = "";
  ningbo[1] = "abc";
  return [header, ["杭州", ...scores(1), 16], ["宁波", ...ningbo, 28], ["义乌", ...scores(0.5), 8]];
}

/** The same dataset as plain records (no columns), as a caller may build it. */
const plain = (d: Dataset): Dataset => ({ ...d, cities: d.cities.map((c) => ({ ...c })) });

describe("columnar dataset", () => {
  it("builds the records on first read: blanks and invalid scores are null", () => {
    const dataset = readGrid(grid(), framework, { source: "t" });
    expect(cityCount(dataset)).toBe(3);
    const ningbo = dataset.cities[1] as CityRecord;
    expect(ningbo.city).toBe("宁波");
    expect(ningbo.scores.slice(0, 3)).toEqual([null, null, 2]);
    expect(ningbo.reportedTotal).toBe(28);
    expect(ningbo.row).toBe(3);
    expect(ningbo.province).toBe("浙江");
    expect(dataset.cities[2]?.city).toBe("义乌");
    expect(dataset.cities).toBe(dataset.cities); // built once
  });

  it("counts cities and gives columns without building records", () => {
    const dataset = readGrid(grid(), framework, { source: "t" });
    const columns = datasetColumns(dataset);
    expect(cityCount(dataset)).toBe(3);
    expect(Array.from(columns.cells)).toEqual([16, 14, 16]);
    expect(columns.indicators[0]?.[1]).toBe(0); // the blank counts 0
    expect(columns.noScore[1 * (framework.indicators.length + 1)]).toBe(1);
    expect(datasetColumns(dataset)).toBe(columns);
  });

  it("evaluates the columns as it evaluates the same records", () => {
    const columnar = evaluate(readGrid(grid(), framework, { source: "t" }));
    const records = evaluate(plain(readGrid(grid(), framework, { source: "t" })));
    expect(JSON.stringify(columnar)).toBe(JSON.stringify(records));
    expect(Array.from(columnar.columns.total)).toEqual([16, 28, 8]);
  });

  it("counts edits to the records made after reading them", () => {
    const dataset = readGrid(grid(), framework, { source: "t" });
    (dataset.cities[2] as CityRecord).scores[0] = 5;
    // The reported total 8 no longer agrees with the sum 12.5: the sum is used.
    expect(evaluate(dataset).columns.total[2]).toBe(12.5);
    dataset.cities = dataset.cities.slice(0, 1);
    expect(cityCount(dataset)).toBe(1);
    expect(evaluate(dataset).columns.city).toEqual(["杭州"]);
  });

  it("serialises with its records and the mapping", () => {
    const dataset = readGrid(grid(), framework, { source: "t" });
    const json = JSON.parse(JSON.stringify(dataset)) as Dataset & { mapping: unknown };
    expect(json.cities).toHaveLength(3);
    expect(json.cities[0]?.scores[0]).toBe(1);
    expect(json.mapping).not.toBeNull();
    expect(Object.keys(json)).toEqual(["framework", "cities", "issues", "source", "mapping"]);
  });

  it("cuts the columns to the cities read when rows are skipped", () => {
    const rows = grid();
    rows.splice(2, 0, ["杭州市", ...framework.indicators.map(() => 1)], []);
    const dataset = readGrid(rows, framework, { source: "t" });
    const columns = datasetColumns(dataset);
    expect(columns.indicators[0]).toHaveLength(3);
    expect(columns.city).toEqual(["杭州", "宁波", "义乌"]);
    expect(dataset.issues.some((i) => i.code === "duplicate-city")).toBe(true);
  });
});
