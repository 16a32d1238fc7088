/**
 * `smartcity summarize --weights`: the scenario sheet in the summary workbook (after the overall
 * ranking, listed in the contents), the About sheet recording the weights given and that totals
 * are computed, and the JSON key `scenario` (every other key unchanged). Framework ranks are the
 * report's (图表 6, lines 533–545: 珠海 7th, 佛山 8th).
 */
import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import { dataset2015 } from "../../src/engine/bundled";
import { evaluate } from "../../src/engine/evaluate";
import { withWeights } from "../../src/cli/explore-weights";
import { buildSummaryLayout } from "../../src/layout/summary";
import type { Language } from "../../src/layout/types";
import { runCli, tempDir } from "../cli/helpers";
import { block, sheet } from "../layout/helpers";

const WEIGHTS = "智慧基础设施=30,城市创新创业水平=8";
const cwd = tempDir();

function scenarioLayout(language: Language) {
  const applied = withWeights(dataset2015(), WEIGHTS, language);
  if (!applied.ok || applied.scenario === null) throw new Error("weights refused");
  const record = { base: evaluate(applied.scenario.base), changes: applied.scenario.changes };
  const evaluation = evaluate(applied.dataset, { totals: "computed" }); // as summarize does
  return buildSummaryLayout(evaluation, applied.dataset, {
    language,
    scenario: record,
  });
}

test.each([
  ["zh", "情景分析", "智慧基础设施：20 → 30；城市创新创业水平：5 → 8", "情景总分"],
  [
    "en",
    "Scenario",
    "Smart Infrastructure: 20 → 30; Innovation & entrepreneurship: 5 → 8",
    "Scenario totals",
  ],
] as const)(
  "%s: the scenario sheet second, in the contents; About records it",
  (language, name, changes, totals) => {
    const layout = scenarioLayout(language);
    expect(layout.sheets.map((s) => s.key).slice(0, 3)).toEqual([
      "overall",
      "scenario",
      "statistics",
    ]);
    expect(layout.sheets[1]?.name).toBe(name);
    const about = sheet(layout, "about");
    const facts = block(about, "facts").values;
    expect(facts).toContainEqual([language === "zh" ? "情景权重" : "Scenario weights", changes]);
    const computed = facts.find((row) => row[0] === totals);
    expect(String(computed?.[1])).toMatch(language === "zh" ? /重新加权规则/u : /rescaling rule/u);
    expect(facts).toContainEqual([language === "zh" ? "满分" : "Maximum total", 118]);
    expect(facts).toContainEqual(
      language === "zh" ? ["总分来源", "各项得分之和"] : ["Totals", "Sums of the scores"]
    );
    const contents = block(about, "contents").values.map((row) => row[0]);
    expect(contents).toContain(name);
    // The ranking table: scenario rank, city, total, framework rank, change; one rank-shift chart.
    const scenario = sheet(layout, "scenario");
    const ranking = block(scenario, "ranking").values.slice(1);
    expect(ranking[0]?.slice(2)).toEqual([91.66, 1, 0]); // 无锡: 80.21 + 9.35 + 2.1
    expect(scenario.charts.map((c) => c.key)).toEqual(["rankShift"]);
  }
);

test("summarize --weights --json: the evaluation's keys, then `scenario`", async () => {
  const plain = await runCli(["summarize", "--json"], cwd);
  const keys = Object.keys(JSON.parse(plain.stdout) as object);
  expect(keys).not.toContain("scenario");
  const r = await runCli(["summarize", "--json", "--weights", WEIGHTS], cwd);
  expect(r.code).toBe(0);
  const json = JSON.parse(r.stdout) as {
    cities: { city: string; rank: number }[];
    scenario: {
      weights: { item: string; frameworkWeight: number; scenarioWeight: number }[];
      maxTotal: { framework: number; scenario: number };
      ranks: { city: string; rank: number; frameworkRank: number; rankChange: number }[];
    };
  };
  expect(Object.keys(json)).toEqual([...keys, "scenario"]);
  expect(json.scenario.weights).toEqual([
    { item: "智慧基础设施", frameworkWeight: 20, scenarioWeight: 30 },
    { item: "城市创新创业水平", frameworkWeight: 5, scenarioWeight: 8 },
  ]);
  expect(json.scenario.maxTotal).toEqual({ framework: 105, scenario: 118 });
  expect(json.scenario.ranks).toHaveLength(151);
  expect(json.scenario.ranks.map((c) => c.city)).toEqual(json.cities.map((c) => c.city));
  const of = (city: string) => json.scenario.ranks.find((c) => c.city === city);
  expect(of("佛山")).toEqual({ city: "佛山", rank: 7, frameworkRank: 8, rankChange: 1 });
  expect(of("珠海")).toEqual({ city: "珠海", rank: 9, frameworkRank: 7, rankChange: -2 });
  for (const c of json.scenario.ranks) expect(c.rankChange).toBe(c.frameworkRank - c.rank);
});

test("summarize --weights --out: the workbook holds the scenario sheet and the About record", async () => {
  const out = path.join(cwd, "scenario.xlsx");
  const r = await runCli(["summarize", "--weights", WEIGHTS, "--out", out], cwd);
  expect(r.code).toBe(0);
  const zip = await JSZip.loadAsync(fs.readFileSync(out));
  const workbook = await zip.file("xl/workbook.xml")?.async("string");
  const names = [...(workbook ?? "").matchAll(/<sheet name="([^"]*)"/gu)].map((m) => m[1]);
  expect(names.slice(0, 3)).toEqual(["总排名", "情景分析", "统计分析"]);
  const strings = (await zip.file("xl/sharedStrings.xml")?.async("string")) ?? "";
  expect(strings).toContain("智慧基础设施：20 → 30；城市创新创业水平：5 → 8");
  expect(strings).toContain("各项得分之和");
});
