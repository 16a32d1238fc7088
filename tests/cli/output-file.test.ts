/**
 * The input is sacred: `--out` naming the input by any spelling is refused and the input stays
 * byte-identical; the temp file is gone after a failure and after SIGTERM (issue 10, "Build").
 */
import { spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as xlsxWriter from "../../src/xlsx/write";
import { tempNameIn } from "../../src/cli/output-file";
import { filesIn, runCli, tempDir } from "./helpers";
import { csvOf, table2015, xlsx } from "../hostile/make";

const ROOT = path.resolve(__dirname, "../..");

describe("--out never replaces the input", () => {
  const spellings: [string, (dir: string) => string][] = [
    ["the same name", () => "book.xlsx"],
    ["a path through ..", (dir) => (fs.mkdirSync(path.join(dir, "sub")), "sub/../book.xlsx")],
    [
      "a symlink to it",
      (dir) => (fs.symlinkSync("book.xlsx", path.join(dir, "link.xlsx")), "link.xlsx"),
    ],
    [
      "a hard link to it",
      (dir) => (fs.linkSync(path.join(dir, "book.xlsx"), path.join(dir, "hard.xlsx")), "hard.xlsx"),
    ],
    ["an absolute path", (dir) => path.join(dir, "book.xlsx")],
  ];
  test.each(spellings)(
    "refused when --out is %s; the input stays byte-identical",
    async (_, spell) => {
      const dir = tempDir();
      const input = xlsx([
        { name: "Scores", rows: table2015(5) },
        { name: "Notes", rows: [["keep me"]] },
      ]);
      fs.writeFileSync(path.join(dir, "book.xlsx"), input);
      const out = spell(dir);
      const before = filesIn(dir);
      const result = await runCli(["summarize", "book.xlsx", "--out", out], dir);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        `--out ${out} is the input file book.xlsx; the input is never overwritten, choose another name.\n`
      );
      expect(fs.readFileSync(path.join(dir, "book.xlsx")).equals(input)).toBe(true);
      expect(filesIn(dir)).toEqual(before);
    }
  );

  it("refuses a folder as --out", async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, "reports.xlsx"));
    const result = await runCli(["summarize", "--out", "reports.xlsx"], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--out reports\.xlsx is a folder; name a file\./);
  });
});

describe("the temp file", () => {
  it("has a short name in the target folder", () => {
    expect(path.basename(tempNameIn("/x"))).toMatch(/^\.smartcity-[0-9a-f]{8}\.tmp$/);
    expect(path.dirname(tempNameIn("/x/y"))).toBe("/x/y");
  });

  it("is removed when rendering fails, with one line and exit 2", async () => {
    const dir = tempDir();
    const spy = jest
      .spyOn(xlsxWriter, "streamSummaryXlsx")
      .mockImplementation(async (_layout, _options, write) => {
        // The temp file exists while rendering: fail only after checking that, and after a
        // first chunk reached it (the workbook is streamed to the temp file).
        expect(filesIn(dir).some((f) => /^\.smartcity-[0-9a-f]{8}\.tmp$/.test(f))).toBe(true);
        await write(new Uint8Array([0x50, 0x4b, 3, 4]));
        throw new RangeError("Invalid string length");
      });
    try {
      const result = await runCli(["summarize", "--out", "summary.xlsx"], dir);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        "smartcity: internal error (RangeError: Invalid string length); please report it. No file was written.\n"
      );
      expect(filesIn(dir)).toEqual([]);
    } finally {
      spy.mockRestore();
    }
  });
});

describe("SIGTERM while writing (the built command line)", () => {
  beforeAll(() => {
    spawnSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: ROOT, encoding: "utf8" });
  }, 180_000);

  it("removes the temp file and exits 143", async () => {
    const dir = tempDir();
    // 300 cities: rendering takes a few seconds, long enough to be interrupted (a signal is
    // handled when the writer next yields to the event loop).
    const [header = [], ...rows] = table2015(150);
    const many = Array.from({ length: 300 }, (_, i) => {
      const row = [...(rows[i % rows.length] as string[])];
      row[1] = `城市${i}`;
      return row;
    });
    fs.writeFileSync(path.join(dir, "many.csv"), csvOf([header, ...many]));
    const child = spawn(
      process.execPath,
      [path.join(ROOT, "bin/smartcity.js"), "summarize", "many.csv", "--out", "out.xlsx"],
      {
        cwd: dir,
      }
    );
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) =>
      child.on("exit", (code) => resolve(code))
    );
    const deadline = Date.now() + 60_000;
    while (!filesIn(dir).some((f) => f.startsWith(".smartcity-")) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    child.kill("SIGTERM");
    expect(await exited).toBe(143);
    expect(stderr).toMatch(/smartcity: stopped by SIGTERM; no file was written\./);
    expect(filesIn(dir)).toEqual(["many.csv"]);
  }, 120_000);
});
