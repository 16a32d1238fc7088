/** Comparing editions: swaps and absences, different frameworks by rate, published lists mixed in. */
import { compareEditions, publishedEdition } from "../../src/engine/editions";
import { smallFramework, tableEdition } from "./helpers";

const v2014 = smallFramework(25, 10);
const v2015 = smallFramework(20, 15, "governance");

// 2014: 杭州 1, 宁波 2, 无锡 3, 上海 4. 2015: 宁波 and 杭州 swap, 无锡 leaves, 苏州 enters.
const e2014 = tableEdition("2014", v2014, [
  ["杭州", 25, 10],
  ["宁波", 20, 8],
  ["无锡", 15, 6],
  ["上海", 10, 4],
]);
const e2015 = tableEdition("2015", v2015, [
  ["杭州市", 10, 7.5],
  ["宁波", 20, 15],
  ["上海", 8, 3],
  ["苏州", 16, 12],
]);

describe("two editions with a swap and absences", () => {
  const c = compareEditions([e2014, e2015], { topN: 2 });
  const track = (city: string) => c.cities.find((t) => t.city === city);

  test("ranks, rank change (previous − current) and rate change in points", () => {
    expect(track("宁波")).toMatchObject({ ranks: [2, 1], rankChanges: [1] });
    expect(track("杭州")).toMatchObject({ ranks: [1, 3], rankChanges: [-2] });
    // Rates, not points: 杭州 35/35 = 100 % in 2014, 17.5/35 = 50 % in 2015.
    expect(track("杭州")?.ratesPercent).toEqual([100, 50]);
    expect(track("杭州")?.rateChangesPoints).toEqual([-50]);
    expect(track("无锡")).toMatchObject({ ranks: [3, null], rankChanges: [null] });
    expect(track("苏州")).toMatchObject({ ranks: [null, 2], rateChangesPoints: [null] });
  });

  test("杭州 and 杭州市 are one city; order follows the newest edition, then absentees", () => {
    expect(c.cities.map((t) => t.city)).toEqual(["宁波", "苏州", "杭州", "上海", "无锡"]);
    expect(c.notes.filter((n) => n.code === "notACity")).toEqual([]);
  });

  test("top N entries and exits", () => {
    expect(c.topChanges).toEqual([{ from: "2014", to: "2015", entered: ["苏州"], left: ["杭州"] }]);
  });

  test("dimensions match by name when ids differ; weights differ, rates compare", () => {
    const gov = c.dimensions.find((d) => d.name === "智慧管理");
    expect(c.dimensions).toHaveLength(2);
    expect(gov?.id).toBe("governance"); // the newest framework names the track
    expect(gov?.weights).toEqual([10, 15]);
    // 2014: mean 7 of 10 = 70 %; 2015: mean 9.375 of 15 = 62.5 %.
    expect(gov?.ratesPercent[0]).toBeCloseTo(70, 10);
    expect(gov?.ratesPercent[1]).toBeCloseTo(62.5, 10);
    const infra = c.dimensions.find((d) => d.id === "infra");
    expect(infra?.weights).toEqual([25, 20]);
    expect(infra?.tops[1]?.map((r) => r.city)).toEqual(["宁波", "苏州"]);
  });
});

describe("a published list mixed with full tables", () => {
  const list = publishedEdition(
    "2013",
    [
      { city: "宁波市", rank: 1, total: 28 },
      { city: "浦东新区", rank: 2, total: 27 },
      { city: "杭州", rank: 3, total: 20 },
    ],
    { maxTotal: 40 }
  );
  const c = compareEditions([list, e2014, e2015], { topN: 3 });
  const track = (city: string) => c.cities.find((t) => t.city === city);

  test("rates from totals where the framework's maximum is known", () => {
    expect(track("宁波")?.ratesPercent).toEqual([70, 80, 100]);
    expect(track("宁波")?.rankChanges).toEqual([-1, 1]);
  });

  test("a unit that is not a city is kept with a note, never matched to a city", () => {
    expect(track("浦东新区")).toMatchObject({ isCity: false, ranks: [2, null, null] });
    expect(c.notes).toContainEqual({ code: "notACity", city: "浦东新区", labels: ["2013"] });
    expect(c.notes).toContainEqual({ code: "partialList", label: "2013", listed: 3 });
    expect(c.topChanges[0]).toEqual({
      from: "2013",
      to: "2014",
      entered: ["无锡"],
      left: ["浦东新区"],
    });
  });

  test("a published list without totals or rates has ranks only", () => {
    const ranksOnly = publishedEdition("2012", [{ city: "无锡", rank: 1 }]);
    const d = compareEditions([ranksOnly, e2014]);
    expect(d.cities.find((t) => t.city === "无锡")).toMatchObject({
      ranks: [1, 3],
      ratesPercent: [null, 60],
      rateChangesPoints: [null],
    });
    expect(d.notes).toContainEqual({ code: "noRates", label: "2012" });
  });

  test("a city listed twice in one edition is counted once, with a note", () => {
    const twice = publishedEdition("2012", [
      { city: "无锡", rank: 1 },
      { city: "无锡市", rank: 2 },
    ]);
    const d = compareEditions([twice, e2014]);
    expect(d.cities.find((t) => t.city === "无锡")?.ranks).toEqual([1, 3]);
    expect(d.notes).toContainEqual({ code: "duplicateCity", city: "无锡市", label: "2012" });
  });

  test("cities of another country get no notes", () => {
    const a = publishedEdition("A", [{ city: "Gotham", rank: 1 }]);
    const b = publishedEdition("B", [
      { city: "Metropolis", rank: 1 },
      { city: "Gotham", rank: 2 },
    ]);
    const d = compareEditions([a, b]);
    expect(d.notes.filter((n) => n.code === "notACity")).toEqual([]);
    expect(d.cities.every((t) => t.isCity)).toBe(true);
  });
});
