/**
 * The reconciliation of the 2015 workbook with the published report (src/data/reconciliation-2015.ts):
 * every `report` figure is the one the report prints at the cited figure and line (checked in
 * tests/fixtures/report-2015), and every `ours` figure is what the engine computes from the
 * bundled appendix.
 */
import { dataset2015 } from "../../src/engine/bundled";
import { evaluate } from "../../src/engine/evaluate";
import {
  RECONCILIATION_2015,
  type ReconciliationEntry,
  type ReconciliationSubject,
} from "../../src/data/reconciliation-2015";
import overall from "../fixtures/report-2015/overall-ranking.json";
import indicatorTables from "../fixtures/report-2015/indicator-tables.json";
import groups from "../fixtures/report-2015/groups.json";
import statistics from "../fixtures/report-2015/statistics.json";

const dataset = dataset2015();
// Sums of the printed scores, whatever totals the engine ranks on by default.
const evaluation = evaluate(dataset, { totals: "computed" });
const c = evaluation.columns;
const cityIndex = (city: string): number => {
  const k = c.city.indexOf(city);
  if (k < 0) throw new Error(`no city ${city}`);
  return k;
};
const sumOfScores = (k: number): number =>
  Object.values(c.dimensions).reduce((s, d) => s + (d.score[k] ?? 0), 0) + (c.bonus[k] ?? 0);
const round = (x: number, decimals: number): number =>
  Math.round(x * 10 ** decimals) / 10 ** decimals;

type IndicatorRow = { rank: number; city: string; score: number; rate: number; line: number };
const indicatorTable = (name: string) => {
  const table = indicatorTables.indicators.find((t) => t.indicator === name);
  if (!table) throw new Error(`no table for ${name}`);
  return table as unknown as { figure: number; rows: IndicatorRow[]; knownErrors: string[] };
};

/** What the engine computes for a subject (rates as fractions). */
function ours(subject: ReconciliationSubject): number | string {
  switch (subject.type) {
    case "sumOfScores":
      return round(sumOfScores(cityIndex(subject.city)), 2);
    case "rankBySumOfScores":
      return c.rank[cityIndex(subject.city)] ?? NaN;
    case "indicatorRate":
      return round(
        (c.indicators[subject.indicator]?.rate[cityIndex(subject.city)] ?? NaN) / 100,
        4
      );
    case "regionRate":
      return round(
        (evaluation.groups.region.find((g) => g.name === subject.region)?.rate.total ?? NaN) / 100,
        4
      );
    case "correlation": {
      const { labels, r } = evaluation.correlations;
      return round(r[labels.indexOf(subject.row)]?.[labels.indexOf(subject.column)] ?? NaN, 3);
    }
    case "dimensionRate":
      return round((evaluation.statistics[subject.dimension]?.rate ?? NaN) / 100, 4);
    case "indicatorRank":
      return c.indicators[subject.indicator]?.rank[cityIndex(subject.city)] ?? NaN;
    case "indicatorRows":
      return `${new Set(c.city).size} cities, ${c.indicators[subject.indicator]?.rank.length} ranks`;
  }
}

/** The report's figure at the entry's figure and lines, from the fixtures (rates as fractions). */
function printed(entry: ReconciliationEntry): number | string {
  const s = entry.subject;
  const line = entry.lines[0];
  switch (s.type) {
    case "sumOfScores": {
      const row = overall.rows.find((r) => r.city === s.city && r.line === line); // 图表 7
      return row?.total ?? NaN;
    }
    case "rankBySumOfScores": {
      const check = overall.rankChecks.vsSumOfPrintedComponents.find(
        (r) => r.city === s.city && r.line === line
      );
      return check?.printedRank ?? NaN;
    }
    case "indicatorRate": {
      const row = indicatorTable(s.indicator).rows.find(
        (r) => r.city === s.city && r.line === line
      );
      return row ? round(row.rate / 100, 4) : NaN;
    }
    case "indicatorRank": {
      const row = indicatorTable(s.indicator).rows.find(
        (r) => r.city === s.city && r.line === line
      );
      return row?.rank ?? NaN;
    }
    case "regionRate": {
      const found = groups.overallGroupStatements.filter(
        (g) => g.scope === `region:${s.region}` && g.metric === "rate" && g.subject === "total"
      );
      expect(found.map((g) => g.line)).toEqual([...entry.lines]); // lines 320 and 806
      expect(new Set(found.map((g) => g.value)).size).toBe(1);
      return round((found[0]?.value ?? NaN) / 100, 4);
    }
    case "correlation": {
      const row = statistics.correlation.rows.find((r) => r.variable === s.row && r.line === line);
      return (row?.r as Record<string, number> | undefined)?.[s.column] ?? NaN;
    }
    case "dimensionRate": {
      const found = statistics.dimensionRates.conclusions2014.find(
        (r) => r.subject === s.dimension && r.line === line
      );
      return found ? round(Number(found.value) / 100, 4) : NaN;
    }
    case "indicatorRows":
      return "table";
  }
}

describe("reconciliation with the 2015 report", () => {
  test.each(RECONCILIATION_2015.map((e) => [e.item.en, e] as const))(
    "%s: the report's figure and ours",
    (_, entry) => {
      if (typeof entry.report === "number") expect(printed(entry)).toBe(entry.report);
      if (typeof entry.ours === "number") expect(ours(entry.subject)).toBe(entry.ours);
      expect(entry.report).not.toEqual(entry.ours);
    }
  );

  test("图表 34 lists 宁波 and 莆田 twice and leaves out 天津 and 雅安 (lines 1616, 1649, 1698)", () => {
    const entry = RECONCILIATION_2015.find((e) => e.subject.type === "indicatorRows");
    expect(entry?.figure).toBe(34);
    const rows = indicatorTable("基础信息资源建设与共享").rows;
    const count = (city: string) => rows.filter((r) => r.city === city).length;
    expect([count("宁波"), count("莆田"), count("天津"), count("雅安")]).toEqual([2, 2, 0, 0]);
    expect(rows.filter((r) => r.city === "宁波").map((r) => r.line)).toEqual([1616, 1649]);
    expect(rows.filter((r) => r.city === "莆田").map((r) => r.line)).toEqual([1698, 1616]);
    // Ours: every one of the 151 cities once, each with a rank.
    if (entry) expect(ours(entry.subject)).toBe("151 cities, 151 ranks");
  });

  test("the 智慧服务 figures of 图表 11 are the bonus item's correlations (METHOD.md)", () => {
    const { labels } = evaluation.correlations;
    const bonus = c.bonus;
    for (const entry of RECONCILIATION_2015.filter((e) => e.kind === "mislabelled")) {
      if (entry.subject.type !== "correlation") throw new Error("not a correlation");
      const other = c.dimensions[entry.subject.row]?.score ?? [];
      expect(labels).toContain(entry.subject.row);
      expect(round(pearson(Array.from(other), Array.from(bonus)), 3)).toBeCloseTo(
        entry.report as number,
        3
      );
    }
  });
});

function pearson(x: number[], y: number[]): number {
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] ?? 0) - mx;
    const dy = (y[i] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}
