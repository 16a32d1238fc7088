/** `smartcity compare`: files of full tables and published lists, JSON shape, workbook, errors. */
import * as fs from "fs";
import * as path from "path";
import { runCompare } from "../../src/cli/compare";
import { labelOf } from "../../src/cli/compare-args";
import { smallFramework } from "./helpers";
import { csv2015, filesIn, tempDir } from "../cli/helpers";
import JSZip from "jszip";

async function compare(args: string[], cwd: string) {
  let stdout = "";
  let stderr = "";
  const code = await runCompare(["compare", ...args], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd,
  });
  return { code, stdout, stderr };
}

type Json = {
  editions: { label: string; kind: string; cities: number }[];
  cities: {
    city: string;
    ranks: (number | null)[];
    rates: (number | null)[];
    rankChange: number | null;
    rateChange: number | null;
  }[];
  dimensions: Record<string, { rates: (number | null)[] }>;
  entered: string[];
  left: string[];
  notes: string[];
};

const dir = tempDir();
// 2014: a published top three with totals of a 40-point framework; 2015: the bundled 2015 table.
fs.writeFileSync(
  path.join(dir, "top-2014.csv"),
  "排名,城市,总分\n1,宁波,30\n2,浦东新区,28\n3,无锡市,26\n"
);
fs.writeFileSync(path.join(dir, "scores-2015.csv"), csv2015());
const framework2014 = smallFramework(25, 15);
fs.writeFileSync(
  path.join(dir, "fw-2014.json"),
  JSON.stringify({
    name: "2014",
    dimensions: framework2014.dimensions.map((d) => ({
      id: d.id,
      name: d.name,
      weight: d.weight,
      indicators: d.indicators.map((i) => ({ id: i.id, name: i.name, weight: i.weight })),
    })),
  })
);

test("labels: a 4-digit year in the file name, else the file name", () => {
  expect(labelOf("data/scores-2015.csv")).toBe("2015");
  expect(labelOf("top ten.xlsx")).toBe("top ten");
  expect(labelOf("v12015x.csv")).toBe("v12015x");
});

test("a published list and a full table: the JSON shape of the issue", async () => {
  const r = await compare(
    ["top-2014.csv", "scores-2015.csv", "--framework-of", "1=fw-2014.json", "--json"],
    dir
  );
  expect(r.code).toBe(0);
  const json = JSON.parse(r.stdout) as Json;
  expect(Object.keys(json)).toEqual([
    "editions",
    "topN",
    "cities",
    "dimensions",
    "entered",
    "left",
    "notes",
  ]);
  expect(json.editions).toEqual([
    { label: "2014", kind: "published", cities: 3 },
    { label: "2015", kind: "table", cities: 151 },
  ]);
  const wuxi = json.cities.find((c) => c.city === "无锡");
  // 2014: 26 of 40 points = 65 %; 2015: 80.20 of 105 (图表 7, line 540 of the report).
  expect(wuxi?.ranks).toEqual([3, 1]);
  expect(wuxi?.rankChange).toBe(2);
  expect(wuxi?.rates[0]).toBe(65);
  expect(wuxi?.rates[1]).toBeCloseTo((80.2 / 105) * 100, 6);
  expect(wuxi?.rateChange).toBeCloseTo((80.2 / 105) * 100 - 65, 6);
  const pudong = json.cities.find((c) => c.city === "浦东新区");
  expect(pudong).toMatchObject({ ranks: [2, null], rates: [70, null], rankChange: null });
  expect(json.entered).toContain("上海");
  expect(json.left).toEqual(["浦东新区"]);
  expect(json.dimensions["智慧基础设施"]?.rates[0]).toBeNull();
  expect(json.notes.some((n) => n.includes("浦东新区"))).toBe(true);
  expect(r.stderr).toContain("published list");
});

test("the workbook holds one editions sheet with its charts", async () => {
  const r = await compare(
    ["top-2014.csv", "scores-2015.csv", "--out", "editions.xlsx", "--lang", "en"],
    dir
  );
  expect(r.code).toBe(0);
  const zip = await JSZip.loadAsync(fs.readFileSync(path.join(dir, "editions.xlsx")));
  const workbook = await zip.file("xl/workbook.xml")?.async("string");
  expect(workbook).toContain('name="Editions"');
  expect(
    Object.keys(zip.files).filter((f) => /charts\/chart\d+\.xml$/u.test(f)).length
  ).toBeGreaterThanOrEqual(2);
  expect(r.stdout).toContain("无锡");
});

test("errors: one file, a bad edition number, a file that is neither table nor list", async () => {
  expect((await compare(["scores-2015.csv"], dir)).code).toBe(2);
  const bad = await compare(
    ["top-2014.csv", "scores-2015.csv", "--framework-of", "3=fw-2014.json"],
    dir
  );
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain("1 to 2");
  fs.writeFileSync(path.join(dir, "notes-2013.csv"), "hello,world\n1,2\n");
  const neither = await compare(["notes-2013.csv", "scores-2015.csv"], dir);
  expect(neither.code).toBe(2);
  expect(neither.stderr).toContain("notes-2013.csv");
  const before = filesIn(dir);
  expect(
    (await compare(["top-2014.csv", "scores-2015.csv", "--out", "top-2014.csv"], dir)).code
  ).toBe(2);
  expect(filesIn(dir)).toEqual(before);
  expect(fs.readFileSync(path.join(dir, "top-2014.csv"), "utf8")).toContain("浦东新区");
  fs.mkdirSync(path.join(dir, "folder.xlsx"), { recursive: true });
  expect(
    (await compare(["top-2014.csv", "scores-2015.csv", "--out", "folder.xlsx"], dir)).code
  ).toBe(2);
  const framework = await compare(
    [
      "top-2014.csv",
      "scores-2015.csv",
      "--framework-of",
      "1=fw-2014.json",
      "--out",
      "./fw-2014.json",
    ],
    dir
  );
  expect(framework.code).toBe(2);
  expect(framework.stderr).toContain("fw-2014.json");
});

test("a bad row in a published list stops with its row number, unless --allow-invalid", async () => {
  fs.writeFileSync(
    path.join(dir, "list-2013.csv"),
    "名次,城市,得分率\n1,宁波,81.8%\nfirst,无锡,80%\n3,上海、深圳,0.5\n"
  );
  const r = await compare(["list-2013.csv", "scores-2015.csv", "--json"], dir);
  expect(r.code).toBe(1);
  expect(r.stderr).toContain("list-2013.csv row 3");
  const allowed = await compare(
    ["list-2013.csv", "scores-2015.csv", "--json", "--allow-invalid"],
    dir
  );
  const json = JSON.parse(allowed.stdout) as Json;
  // "上海、深圳" tied at 3; rates with "%" and without: all percent.
  expect(json.cities.find((c) => c.city === "深圳")?.ranks[0]).toBe(3);
  expect(json.cities.find((c) => c.city === "宁波")?.rates[0]).toBe(81.8);
});

test("main.ts routes `compare` to the compare command", async () => {
  const { runCli } = await import("../cli/helpers");
  const r = await runCli(["compare", "--help"], dir);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("--framework-of N=FILE.json");
  const bin = await runCli(["compare", "top-2014.csv", "scores-2015.csv", "--json"], dir);
  expect((JSON.parse(bin.stdout) as Json).editions).toHaveLength(2);
});
