/**
 * Groups of cities on the command line (--region, --province, --level): batch profiles (one sheet
 * per city, a JSON array) and the robustness sheet's group chart. Regions, provinces and levels
 * are the report's grouping of the 151 cities (附件 1; METHOD.md).
 */
import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import { dataset2015 } from "../../src/engine/bundled";
import { evaluate } from "../../src/engine/evaluate";
import { cityProfile } from "../../src/engine/explore/profile";
import { parseExploreArgs } from "../../src/cli/explore-args";
import { profileSheets } from "../../src/layout/explore/profile";
import { isValidSheetName } from "../../src/layout/ranges";
import { runCli, tempDir } from "../cli/helpers";

const cwd = tempDir();
const cities = dataset2015().cities;
const evaluation = evaluate(dataset2015());
const inRegion = (region: string): string[] =>
  Array.from(evaluation.columns.order)
    .filter((k) => evaluation.columns.region[k] === region)
    .map((k) => evaluation.columns.city[k] as string);

async function sheetNames(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  return [...workbook.matchAll(/<sheet name="([^"]*)"/gu)].map((m) => m[1] as string);
}

test("arguments: a group replaces CITY; CITY and a group together leave no room for CITY", () => {
  const group = parseExploreArgs(["profile", "--region", "华东", "data.csv"]);
  expect(group.ok && group.value).toMatchObject({
    city: undefined,
    input: "data.csv",
    groups: { region: "华东" },
  });
  const both = parseExploreArgs(["profile", "无锡", "data.csv", "--level", "省会"]);
  expect(both.ok).toBe(false);
  const uncertainty = parseExploreArgs(["uncertainty", "--province=江苏", "--level", "地级市"]);
  expect(uncertainty.ok && uncertainty.value.groups).toEqual({ province: "江苏", level: "地级市" });
});

test("profile --region 华东 --json: an array of profile contracts in rank order", async () => {
  const r = await runCli(["profile", "--region", "华东", "--json"], cwd);
  expect(r.code).toBe(0);
  const json = JSON.parse(r.stdout) as { city: string; rank: number }[];
  expect(json.map((p) => p.city)).toEqual(inRegion("华东"));
  expect(json.length).toBe(cities.filter((c) => c.region === "华东").length);
  const single = await runCli(["profile", "无锡", "--json"], cwd);
  expect(json[0]).toEqual(JSON.parse(single.stdout)); // 无锡 leads 华东 (rank 1, line 539)
  // English group names match too.
  const english = await runCli(["profile", "--region", "East China", "--json"], cwd);
  expect(english.stdout).toBe(r.stdout);
});

test("profile --level 计划单列市 --out: one profile sheet per city, both languages", async () => {
  const five = ["宁波", "深圳", "厦门", "青岛", "大连"]; // the five cities separately listed in the state plan
  for (const [lang, names] of [
    ["zh", five.map((c) => `画像-${c}`)],
    ["en", ["Ningbo", "Shenzhen", "Xiamen", "Qingdao", "Dalian"].map((c) => `Profile ${c}`)],
  ] as const) {
    const out = path.join(cwd, `plan-${lang}.xlsx`);
    const r = await runCli(["profile", "--level", "计划单列市", "--lang", lang, "--out", out], cwd);
    expect(r.code).toBe(0);
    expect(await sheetNames(out)).toEqual(names);
  }
});

test("sheet names stay unique and within 31 characters", () => {
  const k = evaluation.columns.order[0] as number;
  const profile = cityProfile(evaluation, k);
  const long = { ...profile, city: "克孜勒苏柯尔克孜自治州阿图什市与乌恰县阿合奇县阿克陶县联合体" };
  const sheets = profileSheets([profile, profile, long, long], "zh");
  const names = sheets.map((s) => s.name);
  expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(4);
  for (const n of names) {
    expect(isValidSheetName(n)).toBe(true);
    expect(Array.from(n).length).toBeLessThanOrEqual(31);
  }
  expect(new Set(sheets.map((s) => s.key)).size).toBe(4);
});

test("unknown or empty groups exit 2 with one line naming the groups there are", async () => {
  const unknown = await runCli(["profile", "--level", "副省级城市", "--lang", "zh"], cwd);
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toContain("地级市、直辖市、省会、计划单列市");
  const empty = await runCli(["profile", "--region", "华北", "--province", "江苏"], cwd);
  expect(empty.code).toBe(2);
  expect(empty.stderr).toContain("North China · Jiangsu");
  const none = await runCli(["profile"], cwd);
  expect(none.stderr).toContain("--region");
});

test("uncertainty --region 华南 --out: the robustness sheet adds the group's interval chart", async () => {
  const out = path.join(cwd, "south.xlsx");
  const r = await runCli(["uncertainty", "--runs", "50", "--region", "华南", "--out", out], cwd);
  expect(r.code).toBe(0);
  const zip = await JSZip.loadAsync(fs.readFileSync(out));
  const charts = Object.keys(zip.files).filter((f) => /charts\/chart\d+\.xml$/u.test(f));
  expect(charts).toHaveLength(3);
  // The terminal lists the whole group (top 10 without one).
  // A header and a rule, then one line per city of the region.
  expect(r.stdout.trim().split("\n")).toHaveLength(inRegion("华南").length + 2);
});
