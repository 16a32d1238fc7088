import * as fs from "fs";
import * as path from "path";
import type { Evaluation } from "../../src/engine/evaluate";
import { grid2015 } from "../../src/engine/bundled";
import { csv2015, filesIn, indicatorNames, runCli, tempDir, writeXlsx } from "./helpers";

const json = (text: string): Evaluation => JSON.parse(text) as Evaluation;

describe("smartcity summarize --json (bundled 2015 data)", () => {
  let evaluation: Evaluation;
  beforeAll(async () => {
    const result = await runCli(["summarize", "--json"], tempDir());
    expect(result.code).toBe(0);
    evaluation = json(result.stdout);
  });

  it("has the 151 cities of the appendix, 无锡 first and 漯河 last", () => {
    // line 534: "全国 151 个城市 … 得分最高的城市为无锡 … 得分最低的城市为漯河"
    expect(evaluation.cities).toHaveLength(151);
    expect(evaluation.cities[0]?.city).toBe("无锡");
    expect(evaluation.cities[0]?.rank).toBe(1);
    expect(evaluation.cities[150]?.city).toBe("漯河");
  });

  it("reproduces the mean total of 40.05", () => {
    // line 534: "平均得分为 40.05 分"
    expect(evaluation.statistics.total?.mean).toBeCloseTo(40.05, 2);
  });

  it("has the documented top-level keys and the municipalities note", () => {
    for (const key of [
      "framework",
      "cities",
      "statistics",
      "groups",
      "correlations",
      "distribution",
      "validation",
      "notes",
    ]) {
      expect(evaluation).toHaveProperty(key);
    }
    expect(evaluation.framework.maxTotal).toBe(105);
    expect(evaluation.notes.some((n) => /municipalities/.test(n) && /[Pp]rovince/.test(n))).toBe(
      true
    );
    expect(evaluation.groups.province.some((g) => g.name === "北京")).toBe(false);
  });
});

describe("smartcity summarize --precise", () => {
  it("gives the printed totals to the cent (图表 6, line 540: 无锡 80.20) and the printed ranks", async () => {
    const result = await runCli(["summarize", "--json", "--precise"], tempDir());
    expect(result.code).toBe(0);
    const evaluation = json(result.stdout);
    const [header = [], ...rows] = grid2015();
    const totalColumn = header.indexOf("总分");
    const printed = new Map(
      rows.map((r) => [r[1], { rank: Number(r[0]), total: Number(r[totalColumn]) }])
    );
    expect(evaluation.cities[0]).toMatchObject({ city: "无锡" });
    expect(evaluation.cities[0]?.total).toBeCloseTo(80.2, 2);
    for (const c of evaluation.cities) {
      const p = printed.get(c.city);
      expect(Math.abs(c.total - (p?.total ?? NaN))).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(c.rank).toBe(p?.rank);
    }
  });

  it("is refused together with an input file", async () => {
    const result = await runCli(["summarize", "x.csv", "--precise"], tempDir());
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--precise/);
  });
});

describe("command-line usage", () => {
  it("prints help and version", async () => {
    const help = await runCli(["--help"], tempDir());
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/smartcity summarize/);
    const version = await runCli(["--version"], tempDir());
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("rejects an unknown option with exit 2", async () => {
    const result = await runCli(["summarize", "--colour"], tempDir());
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--colour/);
    expect(result.stdout).toBe("");
  });

  it("rejects a bad --lang, --rank-method or --out", async () => {
    for (const args of [
      ["--lang", "fr"],
      ["--rank-method", "fractional"],
      ["--out", "summary.pdf"],
    ]) {
      const result = await runCli(["summarize", ...args], tempDir());
      expect(result.code).toBe(2);
    }
  });

  it("prints the top ten in an aligned table without --json", async () => {
    const result = await runCli(["summarize", "--lang", "en"], tempDir());
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines[0]).toMatch(/Top ten of 151 cities/);
    expect(lines).toHaveLength(13); // title, header, rule, 10 cities
    expect(lines[3]).toMatch(/^\s+1\s+Wuxi\s+East China/); // English names with --lang en
  });

  it("applies --rank-method", async () => {
    const dense = json(
      (await runCli(["summarize", "--json", "--rank-method", "dense"], tempDir())).stdout
    );
    const competition = json((await runCli(["summarize", "--json"], tempDir())).stdout);
    expect(Math.max(...dense.cities.map((c) => c.rank))).toBeLessThan(
      Math.max(...competition.cities.map((c) => c.rank))
    ); // ties exist (e.g. 86 荆州, 88 玉溪)
    const ordinal = json(
      (await runCli(["summarize", "--json", "--rank-method", "ordinal"], tempDir())).stdout
    );
    expect(new Set(ordinal.cities.map((c) => c.rank)).size).toBe(151);
  });
});

describe("bad input: exit 2 with a message naming the file (and sheet, row, column)", () => {
  it("a CSV with a broken quote", async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "broken.csv"), 'city,基础网络建设水平\n无锡,4.7\n上海,"4.5\n');
    const result = await runCli(["summarize", "broken.csv", "--json"], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/broken\.csv row 3, column B: a quoted field is never closed/);
    expect(result.stdout).toBe("");
  });

  it("an .xlsx that is not a zip", async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "fake.xlsx"), "city,total\n无锡,80\n");
    const result = await runCli(["summarize", "fake.xlsx", "--out", "out.xlsx"], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /fake\.xlsx: not an \.xlsx workbook \(the file is not a zip archive\)/
    );
    expect(filesIn(dir)).toEqual(["fake.xlsx"]);
  });

  it("a sheet with no score header", async () => {
    const dir = tempDir();
    await writeXlsx(path.join(dir, "notes.xlsx"), [
      { name: "Notes", rows: [["meeting notes"], ["city", "remark"], ["无锡", "ok"]] },
    ]);
    const result = await runCli(["summarize", "notes.xlsx"], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/notes\.xlsx, sheet "Notes": no score header found/);
  });

  it("a sheet name that does not exist", async () => {
    const dir = tempDir();
    await writeXlsx(path.join(dir, "book.xlsx"), [{ name: "Scores", rows: [["x"]] }]);
    const result = await runCli(["summarize", "book.xlsx", "--sheet", "2016"], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/book\.xlsx: no sheet named "2016" \(sheets: "Scores"\)/);
  });

  it("a missing file and an unsupported extension", async () => {
    const dir = tempDir();
    const missing = await runCli(["summarize", "nope.csv"], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.csv: cannot read the file \(no such file\)/);
    fs.writeFileSync(path.join(dir, "scores.pdf"), "x");
    const pdf = await runCli(["summarize", "scores.pdf"], dir);
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toMatch(/scores\.pdf: unsupported file type/);
  });

  it("bad framework JSON: syntax and content", async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "broken.json"), '{"name": "x", "dimensions": [');
    const syntax = await runCli(["summarize", "--framework", "broken.json"], dir);
    expect(syntax.code).toBe(2);
    expect(syntax.stderr).toMatch(/broken\.json: not valid JSON/);

    fs.writeFileSync(
      path.join(dir, "negative.json"),
      JSON.stringify({
        name: "x",
        dimensions: [{ name: "A", indicators: [{ name: "a1", weight: -1 }] }],
      })
    );
    const content = await runCli(["summarize", "--framework", "negative.json"], dir);
    expect(content.code).toBe(2);
    expect(content.stderr).toMatch(
      /negative\.json: invalid framework:[\s\S]*weight must be a positive number/
    );
  });
});

describe("validation errors: exit 1 with file, row and column unless --allow-invalid", () => {
  const withBadCells = (): string =>
    csv2015((rows) => {
      const header = rows[0] ?? [];
      const network = header.indexOf("基础网络建设水平"); // column C
      const cloud = header.indexOf("城市云平台应用情况"); // column E, weight 5
      (rows[1] as string[])[network] = "n/a"; // 无锡, file row 2
      (rows[3] as string[])[cloud] = "7.5"; // 北京, file row 4
    });

  it("lists text and out-of-range cells and writes nothing", async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "scores.csv"), withBadCells());
    const result = await runCli(["summarize", "scores.csv", "--out", "summary.xlsx"], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /error: scores\.csv row 2, column C: Broadband, sensor & WLAN network coverage must be a number, found text "n\/a"/
    );
    expect(result.stderr).toMatch(
      /error: scores\.csv row 4, column E: City cloud platform adoption is 7\.5, above its weight of 5/
    );
    expect(result.stderr).toMatch(/2 validation errors/);
    expect(result.stdout).toBe("");
    expect(filesIn(dir)).toEqual(["scores.csv"]);
  });

  it("goes on with --allow-invalid (invalid scores count as 0)", async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "scores.csv"), withBadCells());
    const result = await runCli(["summarize", "scores.csv", "--json", "--allow-invalid"], dir);
    expect(result.code).toBe(0);
    const evaluation = json(result.stdout);
    expect(evaluation.validation.filter((v) => v.severity === "error")).toHaveLength(2);
    expect(
      evaluation.cities.find((c) => c.city === "无锡")?.indicators["基础网络建设水平"]?.score
    ).toBe(0);
    expect(result.stderr).toMatch(/row 2, column C/);
  });

  it("names file, sheet, row and column for an .xlsx (error cells, formula results, rich text)", async () => {
    const dir = tempDir();
    const names = indicatorNames();
    const header = ["城市", ...names];
    const row = (city: ExcelJSValue, scores: ExcelJSValue[]): ExcelJSValue[] => [city, ...scores];
    type ExcelJSValue = import("exceljs").CellValue;
    const ok = names.map(() => 1);
    await writeXlsx(path.join(dir, "book.xlsx"), [
      { name: "Cover", rows: [["2016 scores"]] },
      {
        name: "2016",
        rows: [
          header,
          row("无锡", ok),
          row({ richText: [{ text: "上" }, { text: "海" }] }, [
            { formula: "1+1", result: 2 },
            ...ok.slice(1),
          ]),
          row("北京", [{ error: "#N/A" }, ...ok.slice(1)]),
        ],
      },
    ]);
    const result = await runCli(["summarize", "book.xlsx", "--sheet", "2016", "--json"], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /error: book\.xlsx: '2016'!B4: Broadband, sensor & WLAN network coverage holds the error value #N\/A/
    );
    const allowed = await runCli(
      ["summarize", "book.xlsx", "--sheet", "2016", "--json", "--allow-invalid"],
      dir
    );
    expect(allowed.code).toBe(0);
    const evaluation = json(allowed.stdout);
    expect(
      evaluation.cities.find((c) => c.city === "上海")?.indicators[names[0] as string]?.score
    ).toBe(2);
  });
});

describe("inputs in other shapes", () => {
  it("reads a CSV with English headers in another column order", async () => {
    const dir = tempDir();
    const [header = [], ...rows] = grid2015();
    const { framework2015 } = await import("../../src/engine/bundled");
    const english = new Map(framework2015().indicators.map((i) => [i.name, i.nameEn]));
    const order = header.map((_, c) => c).reverse();
    const text = [header, ...rows]
      .map((r, i) =>
        order
          .map(
            (c) => (i === 0 ? (c === 1 ? "City" : (english.get(r[c] ?? "") ?? r[c])) : r[c]) ?? ""
          )
          .map((v) => (v.includes(",") ? `"${v}"` : v))
          .join(",")
      )
      .join("\r\n");
    fs.writeFileSync(path.join(dir, "english.csv"), "\uFEFF" + text);
    const result = await runCli(["summarize", "english.csv", "--json"], dir);
    expect(result.code).toBe(0);
    expect(json(result.stdout).cities[0]?.city).toBe("无锡");
  });

  it("decodes UTF-8 and falls back to GB18030 (Excel's Chinese CSV) for other bytes", async () => {
    const { decodeTable } = await import("../../src/engine/csv");
    // GB18030 bytes of 城市
    expect(decodeTable(Buffer.from([0xb3, 0xc7, 0xca, 0xd0]))).toMatchObject({ text: "城市" });
    expect(decodeTable(Buffer.from("城市", "utf8"))).toMatchObject({ text: "城市" });
  });
});
