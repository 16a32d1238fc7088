/**
 * The bundled history (src/data/editions-2011-2015.ts) against the report's tables as extracted
 * with their lines (tests/fixtures/report-2015/editions.json), and the comparison built from it.
 */
import fixture from "../fixtures/report-2015/editions.json";
import {
  DIMENSION_TOP_TABLES,
  HISTORY_TABLE,
  NATIONAL_RATES_2014,
} from "../../src/data/editions-2011-2015";
import { dataset2015 } from "../../src/engine/bundled";
import { evaluate } from "../../src/engine/evaluate";
import {
  compareEditions,
  editionFromEvaluation,
  reportEditions,
  type CityTrack,
  type EditionComparison,
} from "../../src/engine/editions";

const noSpace = (s: string): string => s.replace(/\s/gu, "");
const percent = (s: string): number => Number(s.replace("%", ""));
const track = (c: EditionComparison, city: string): CityTrack | undefined =>
  c.cities.find((t) => t.city === city);

describe("bundled history equals the report", () => {
  test("图表 12 历届…前十名对比表 (line 788): ten ranks × five editions, with lines", () => {
    expect(HISTORY_TABLE.line).toBe(fixture.history.line);
    expect(HISTORY_TABLE.editions).toEqual(fixture.history.editions.map(noSpace));
    expect(HISTORY_TABLE.rows).toEqual(
      fixture.history.rows.map((r) => ({ ...r, cities: r.cities.map(noSpace) }))
    );
    // line 798: the printed cell "宁波杭州湾 新区" is broken by the PDF conversion.
    expect(HISTORY_TABLE.rows[5]?.cities[0]).toBe("宁波杭州湾新区");
  });

  test.each(fixture.dimensions.map((d) => [d.table, d] as const))("%s", (_, printed) => {
    const bundled = DIMENSION_TOP_TABLES.find((t) => t.id === printed.id);
    const expected = (rows: (typeof printed)["2014"]) =>
      rows.map((r) => ({
        line: r.line,
        rank: r.rank,
        cities: r.cities,
        ratePercent: percent(r.rate),
      }));
    expect(bundled?.line).toBe(printed.line);
    expect(bundled?.rows2014).toEqual(expected(printed["2014"]));
    expect(bundled?.rows2015).toEqual(expected(printed["2015"]));
  });

  test("2014 national dimension rates, line 314", () => {
    const rates = Object.fromEntries(
      Object.entries(fixture.nationalRates2014.rates).map(([k, v]) => [k, percent(v)])
    );
    expect(NATIONAL_RATES_2014.ratePercent).toEqual(rates);
  });
});

describe("the report's comparison", () => {
  const comparison = compareEditions(reportEditions());

  test("ranks per edition, null where a city is outside a published top ten", () => {
    expect(comparison.editions.map((e) => e.label)).toEqual([
      "2011",
      "2012",
      "2013",
      "2014",
      "2015",
    ]);
    // 图表 12, lines 791-802
    expect(track(comparison, "无锡")?.ranks).toEqual([null, 1, 1, 1, 1]);
    expect(track(comparison, "杭州")?.ranks).toEqual([null, 8, 5, 9, 4]);
    expect(track(comparison, "杭州")?.rankChanges).toEqual([null, 3, -4, 5]);
    expect(track(comparison, "宁波")?.rankChanges).toEqual([-4, 2, -1, -1]);
    expect(track(comparison, "珠海")?.ranks).toEqual([null, null, null, null, 7]);
    // The top ten lists print no rates.
    expect(track(comparison, "无锡")?.ratesPercent).toEqual([null, null, null, null, null]);
    expect(comparison.notes).toContainEqual({ code: "noRates", label: "2013" });
  });

  test("entered and left the top ten 2014 → 2015", () => {
    expect(comparison.topChanges[3]).toEqual({
      from: "2014",
      to: "2015",
      entered: ["珠海", "佛山", "厦门"],
      left: ["浦东新区", "南京", "青岛"],
    });
  });

  test("units that are not prefecture-level cities are kept as printed, with a note", () => {
    expect(track(comparison, "浦东新区")).toMatchObject({
      isCity: false,
      ranks: [7, 3, 2, 6, null],
    });
    expect(track(comparison, "宁波杭州湾新区")).toMatchObject({ isCity: false });
    expect(comparison.notes).toContainEqual({
      code: "notACity",
      city: "宁波杭州湾新区",
      labels: ["2011"],
    });
    expect(track(comparison, "扬州")?.isCity).toBe(true);
  });

  test("dimensions: rates per edition, top tens of 2014 and 2015 (ties kept)", () => {
    const support = comparison.dimensions.find((d) => d.id === "support");
    // 图表 87, line 4170: thirteen cities tied at rank 7 in 2014
    expect(support?.tops[3]?.filter((r) => r.rank === 7)).toHaveLength(13);
    expect(support?.ratesPercent).toEqual([null, null, null, 46, null]); // line 314
    expect(support?.weights).toEqual([null, null, null, 10, 15]); // line 4156
  });
});

describe("the 2015 edition from the bundled data reproduces the report's 2015 top tens", () => {
  // The precise reconstruction (METHOD.md): the printed appendix rounds dimension scores to 2 decimals.
  const evaluation = evaluate(dataset2015(true));
  const latest = editionFromEvaluation("2015", evaluation);

  test.each(fixture.dimensions.map((d) => [d.table, d] as const))("%s, 2015 side", (_, printed) => {
    const dimension = latest.dimensions.find((d) => d.id === printed.id);
    const top = dimension?.top ?? [];
    // Ranks and cities exactly; rates within a cent (the reconstruction is exact to ±0.005).
    const byCity = (r: { rank: number; city: string }) => `${r.rank} ${r.city}`;
    const printedRows = printed["2015"].map((r) => ({ rank: r.rank, city: r.cities[0] ?? "" }));
    expect(top.map(byCity).sort()).toEqual(printedRows.map(byCity).sort());
    for (const r of printed["2015"]) {
      const row = top.find((x) => x.city === r.cities[0]);
      expect(Math.abs((row?.ratePercent ?? NaN) - percent(r.rate))).toBeLessThan(0.011);
    }
  });

  test("history with the full 2015 evaluation: rates for 2015, the same top ten", () => {
    const comparison = compareEditions(reportEditions(latest));
    expect(comparison.editions[4]).toMatchObject({ kind: "table", cities: 151 });
    expect(comparison.topChanges[3]?.entered).toEqual(["珠海", "佛山", "厦门"]);
    expect(track(comparison, "无锡")?.ratesPercent[4]).toBeCloseTo(76.38, 2); // 80.20 / 105
    const infra = comparison.dimensions.find((d) => d.id === "infra");
    expect(infra?.ratesPercent[3]).toBe(46.92); // line 314
    expect(infra?.ratesPercent[4]).toBeCloseTo(48.5, 1); // line 1459
    expect(Object.keys(infra?.regionRatesPercent ?? {})).toHaveLength(7);
  });
});
