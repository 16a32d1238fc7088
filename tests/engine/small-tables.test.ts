/**
 * Tables with 0, 1 or 2 cities: every statistic is a finite number or null where the data do not
 * define it, with a note (docs/method.md, "Quartiles and spread"); never NaN or Infinity.
 */
import { framework2015, grid2015 } from "../../src/engine/bundled";
import { evaluate, type Evaluation } from "../../src/engine/evaluate";
import { noteText } from "../../src/engine/messages";
import { readGrid } from "../../src/engine/table";

const f = framework2015();
const withCities = (n: number): Evaluation =>
  evaluate(readGrid(grid2015().slice(0, n + 1), f, { source: "s.csv" }));

/** Every number anywhere in a value, with its path. */
function numbers(value: unknown, path = "$"): [string, number][] {
  if (typeof value === "number") return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => numbers(v, `${path}[${i}]`));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => numbers(v, `${path}.${k}`));
  return [];
}

describe.each([0, 1, 2, 3])("%i cities", (n) => {
  const ev = withCities(n);
  test("every number is finite", () => {
    const bad = numbers({ ...ev, columns: ev.columns, totalsSummary: ev.totalsSummary }).filter(
      ([, v]) => !Number.isFinite(v)
    );
    expect(bad).toEqual([]);
  });
  test("the JSON equals the evaluation (no NaN turned into null on the way)", () => {
    expect(JSON.parse(JSON.stringify(ev))).toEqual(JSON.parse(JSON.stringify(ev, (_, v) => v)));
    expect(JSON.stringify(ev)).not.toMatch(/NaN|Infinity/u);
  });
  test("statistics are null exactly where undefined", () => {
    const st = ev.statistics.total!;
    expect(st.count).toBe(n);
    expect(st.mean === null).toBe(n === 0);
    expect(st.stdevP === null).toBe(n === 0);
    expect(st.stdev === null).toBe(n < 2);
    expect(st.q1 === null).toBe(n < 3);
    expect(st.quartileDeviation === null).toBe(n < 3);
  });
  test("notes say so, in both languages", () => {
    const codes = ev.noteRefs.map((r) => r.code);
    expect(codes.includes("noCities")).toBe(n === 0);
    expect(codes.includes("quartilesUndefined")).toBe(n > 0 && n < 3);
    expect(codes.includes("stdevUndefined")).toBe(n === 1);
    expect(ev.notes).toEqual(ev.noteRefs.map((r) => noteText(r, "en")));
    for (const r of ev.noteRefs) expect(noteText(r, "zh")).toMatch(/[\u4e00-\u9fff]/u);
  });
});

test("one city: correlations are null, ranks 1, the distribution one bin", () => {
  const ev = withCities(1);
  expect(ev.correlations.r.flat().every((v) => v === null)).toBe(true);
  expect(ev.correlations.p.flat().every((v) => v === null)).toBe(true);
  expect(ev.cities[0]).toMatchObject({ city: "无锡", rank: 1, total: 80.2 });
  expect(ev.distribution).toEqual([{ from: 80, to: 90, count: 1, share: 1 }]);
});

test("a constant dimension: its correlations are null and a note counts them", () => {
  const grid = grid2015().slice(0, 11);
  // 智慧人群 (信息服务业从业人员情况, 市民生活网络化水平: columns N and O) equal in every row.
  for (const row of grid.slice(1)) {
    row[13] = "2";
    row[14] = "1";
    row[19] = "";
  }
  const ev = evaluate(readGrid(grid, f, { source: "s.csv" }));
  const j = ev.correlations.labels.indexOf("智慧人群");
  expect(ev.correlations.r[j]!.every((v) => v === null)).toBe(true);
  expect(ev.noteRefs).toContainEqual({ code: "correlationsUndefined", params: { pairs: 5 } });
});
