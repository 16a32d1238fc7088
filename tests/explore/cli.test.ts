/** `smartcity uncertainty` and `smartcity profile`: the JSON contracts (issue 13) and errors. */
import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import type { UncertaintyResult } from "../../src/engine/explore/monte-carlo";
import { syntheticGrid } from "../../bench/synthetic";
import { MAX_PROFILE_SHEETS } from "../../src/cli/explore";
import { filesIn, runCli, tempDir } from "../cli/helpers";

const cwd = tempDir();

test("uncertainty --json: the contract, cities in nominal rank order, reproducible", async () => {
  const args = ["uncertainty", "--runs", "200", "--seed", "7", "--json"];
  const a = await runCli(args, cwd);
  expect(a.code).toBe(0);
  const json = JSON.parse(a.stdout) as Pick<
    UncertaintyResult,
    "runs" | "spread" | "seed" | "cities"
  > & {
    sensitivity: Record<string, { first: number | null; total: number | null }>;
  };
  expect(Object.keys(json)).toEqual(["runs", "spread", "seed", "cities", "sensitivity"]);
  expect(json).toMatchObject({ runs: 200, spread: 0.25, seed: 7 });
  expect(json.cities).toHaveLength(151);
  expect(Object.keys(json.cities[0] ?? {})).toEqual([
    "city",
    "rank",
    "median",
    "p05",
    "p95",
    "top10",
  ]);
  const ranks = json.cities.map((c) => c.rank);
  expect([...ranks].sort((x, y) => x - y)).toEqual(ranks);
  expect(json.cities[0]?.city).toBe("无锡"); // rank 1, 图表 6 line 539
  expect(Object.keys(json.sensitivity)).toEqual([
    "智慧基础设施",
    "智慧管理",
    "智慧服务",
    "智慧经济",
    "智慧人群",
    "保障体系",
  ]);
  const b = await runCli(args, cwd);
  expect(b.stdout).toBe(a.stdout);
});

test("uncertainty --spread 0: zero-width intervals", async () => {
  const r = await runCli(["uncertainty", "--runs", "5", "--spread", "0", "--json"], cwd);
  const json = JSON.parse(r.stdout) as { cities: { rank: number; p05: number; p95: number }[] };
  expect(json.cities.every((c) => c.p05 === c.rank && c.p95 === c.rank)).toBe(true);
});

test("the terminal tables: a header, one line per city, English names in English", async () => {
  const u = await runCli(["uncertainty", "--runs", "200", "--seed", "7", "--lang", "en"], cwd);
  expect(u.code).toBe(0);
  const lines = u.stdout.trimEnd().split("\n");
  expect(lines[0]).toMatch(/^Rank\s+City\s+Median\s+5–95 % rank\s+Top 10$/);
  expect(lines).toHaveLength(12); // header, rule, the top ten
  expect(lines[2]).toMatch(/^\s*1\s+Wuxi\s+\d+(\.\d)?\s+\d+(\.\d)?–\d+(\.\d)?\s+\d+%$/);
  expect(u.stdout).not.toMatch(/\\[nt]|\d\.\d{2,}/); // no escaped breaks, no long decimals
  const p = await runCli(["profile", "--region", "东北"], cwd);
  const rows = p.stdout.trimEnd().split("\n");
  expect(rows[0]).toMatch(/^城市\s+总分\s+排名$/);
  expect(rows[2]).toMatch(/^哈尔滨\s+45\.90\s+44 \/ 151$/); // 哈尔滨 45.90, rank 44: report line 586
});

test("profiles of a group larger than a workbook takes: exit 2, one line, no file", async () => {
  const csv = path.join(cwd, "cities-2000.csv");
  fs.writeFileSync(
    csv,
    syntheticGrid(2000)
      .map((r) => r.join(","))
      .join("\n")
  );
  const json = await runCli(["profile", "--region", "华东", csv, "--json", "--allow-invalid"], cwd);
  const group = (JSON.parse(json.stdout) as unknown[]).length;
  expect(group).toBeGreaterThan(MAX_PROFILE_SHEETS); // --json has no limit
  const out = path.join(cwd, "east.xlsx");
  const r = await runCli(
    ["profile", "--region", "华东", csv, "--out", out, "--allow-invalid"],
    cwd
  );
  expect(r.code).toBe(2);
  expect(r.stderr.trim().split("\n")).toEqual([
    expect.stringContaining(`${group} cities; a workbook takes at most ${MAX_PROFILE_SHEETS}`),
  ]);
  expect(fs.existsSync(out)).toBe(false);
});

test("profile 无锡 --json: the contract", async () => {
  const r = await runCli(["profile", "无锡", "--json"], cwd);
  expect(r.code).toBe(0);
  const json = JSON.parse(r.stdout) as Record<string, unknown>;
  expect(Object.keys(json)).toEqual([
    "city",
    "total",
    "rank",
    "groupRanks",
    "dimensions",
    "strengths",
    "weaknesses",
    "peers",
  ]);
  expect(json).toMatchObject({ city: "无锡", total: 80.2, rank: 1, groupRanks: { region: 1 } });
  const infra = (json.dimensions as Record<string, Record<string, unknown>>)["智慧基础设施"];
  expect(Object.keys(infra ?? {})).toEqual(["score", "rate", "rank", "nationalRate", "regionRate"]);
  expect(json.peers).toHaveLength(5);
});

test("bad arguments and unknown cities exit 2 with one line", async () => {
  for (const args of [
    ["uncertainty", "--runs", "0"],
    ["uncertainty", "--spread", "1.5"],
    ["uncertainty", "--seed", "x"],
    ["uncertainty", "--bogus"],
    ["profile"],
    ["profile", "Atlantis"],
    ["profile", "无锡", "--out", "x.pdf"],
  ]) {
    const r = await runCli(args, cwd);
    expect([args, r.code]).toEqual([args, 2]);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  }
});

test("--out writes one sheet with its charts, nothing else left behind", async () => {
  const dir = tempDir();
  const r1 = await runCli(["uncertainty", "--runs", "50", "--out", "robust.xlsx"], dir);
  const r2 = await runCli(["profile", "无锡", "--out", "wuxi.xlsx", "--lang", "en"], dir);
  expect([r1.code, r2.code]).toEqual([0, 0]);
  expect(filesIn(dir)).toEqual(["robust.xlsx", "wuxi.xlsx"]);
  const zip = await JSZip.loadAsync(fs.readFileSync(path.join(dir, "robust.xlsx")));
  expect(Object.keys(zip.files).filter((f) => /charts\/chart\d+\.xml$/u.test(f))).toHaveLength(2);
  const profile = await JSZip.loadAsync(fs.readFileSync(path.join(dir, "wuxi.xlsx")));
  const chart = Object.keys(profile.files).find((f) => /charts\/chart\d+\.xml$/u.test(f)) ?? "";
  expect(await profile.file(chart)?.async("string")).toContain("radarChart");
});

test("summarize --weights applies the scenario to the JSON; bad weights exit 2", async () => {
  const r = await runCli(["summarize", "--json", "--weights", "智慧基础设施=40"], cwd);
  expect(r.code).toBe(0);
  const json = JSON.parse(r.stdout) as {
    framework: { maxTotal: number; dimensions: { weight: number }[] };
    cities: { city: string; total: number }[];
  };
  expect(json.framework.maxTotal).toBe(125);
  expect(json.framework.dimensions[0]?.weight).toBe(40);
  // 无锡's printed scores (图表 6, line 539) add up to 80.21; infrastructure 18.70 counts twice.
  expect(json.cities.find((c) => c.city === "无锡")?.total).toBeCloseTo(98.91, 9);
  expect(r.stderr).toContain("scenario weights applied");
  const bad = await runCli(["summarize", "--json", "--weights", "智慧交通=3", "--lang", "zh"], cwd);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain("智慧交通");
});
