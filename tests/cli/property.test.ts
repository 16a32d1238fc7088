/**
 * Property test of the command-line boundary (issue 10, "Tests"): random bytes and random score
 * tables (control characters, quotes, blanks, huge and tiny numbers, duplicate names) through
 * run() never throw, end in exit 0, 1 or 2 with readable lines on stderr (no stack trace, no raw
 * control character), and never leave a temp file. The seed is fixed; fast-check prints it (and
 * the shrunk case) on failure.
 */
import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { grid2015 } from "../../src/engine/bundled";
import { filesIn, runCli, tempDir } from "./helpers";
import { table2015, xlsx } from "../hostile/make";

const SEED = 20_151_101;
// eslint-disable-next-line no-control-regex -- raw control characters must never reach stderr
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/u;
const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/;

const [HEADER = [], ...ROWS] = grid2015();

const score = fc.oneof(
  fc.double({ min: 0, max: 10, noNaN: true }).map((x) => x.toFixed(2)),
  fc.constantFrom(
    "",
    " ",
    "#N/A",
    "1e308",
    "-1e308",
    "5e-324",
    "NaN",
    "Infinity",
    "0x4",
    "1,5",
    "－3",
    "４.５"
  ),
  fc.string({ maxLength: 6 }),
  fc.double().map(String)
);
const cityName = fc.oneof(
  fc.constantFrom(...ROWS.slice(0, 20).map((r) => r[1] ?? "")),
  fc.string({ maxLength: 8 }),
  fc.constantFrom("\u001b[31m红", "无\ufffe锡", '"quoted"', "a,b", "line\nbreak", "=1+1", "")
);
const row = fc.tuple(
  cityName,
  fc.array(score, { minLength: HEADER.length - 2, maxLength: HEADER.length - 2 })
);
const table = fc.record({
  header: fc.shuffledSubarray(HEADER, { minLength: Math.floor(HEADER.length / 2) }),
  rows: fc.array(row, { maxLength: 25 }),
  tab: fc.boolean(),
  bom: fc.boolean(),
});

const quote = (cell: string): string =>
  /[",\n\r\t]/u.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;

type Table = { header: string[]; rows: [string, string[]][]; tab: boolean; bom: boolean };

function csvText(t: Table): string {
  const sep = t.tab ? "\t" : ",";
  const lines = [t.header.map(quote).join(sep)];
  for (const [city, scores] of t.rows) {
    const cells = t.header.map((h, c) => (h === "city" ? city : (scores[c % scores.length] ?? "")));
    lines.push(cells.map(quote).join(sep));
  }
  return (t.bom ? "\ufeff" : "") + lines.join("\r\n");
}

async function checkRun(dir: string, args: string[]): Promise<void> {
  const result = await runCli(args, dir);
  expect([0, 1, 2]).toContain(result.code);
  const lines = result.stderr.split("\n");
  expect(lines.pop()).toBe(""); // every line ends with a line feed
  for (const line of lines) {
    expect(line).not.toBe("");
    expect(line).not.toMatch(STACK_LINE);
    expect(line).not.toMatch(RAW_CONTROL);
  }
  if (result.code === 2) expect(lines.length).toBeGreaterThanOrEqual(1);
  expect(filesIn(dir).filter((f) => f.startsWith(".smartcity-"))).toEqual([]);
}

/** A valid workbook with bytes overwritten and its end cut at random: the reader's damage paths. */
const VALID_XLSX = xlsx([{ name: "S", rows: table2015(5) }]);
const damagedXlsx = fc
  .tuple(
    fc.array(fc.tuple(fc.nat(VALID_XLSX.length - 1), fc.integer({ min: 0, max: 255 })), {
      maxLength: 8,
    }),
    fc.integer({ min: 1, max: VALID_XLSX.length })
  )
  .map(([edits, length]) => {
    const bytes = new Uint8Array(VALID_XLSX.subarray(0, length));
    for (const [at, value] of edits) if (at < bytes.length) bytes[at] = value;
    return bytes;
  });

describe("the command line never breaks on random input", () => {
  const dir = tempDir();

  it("damaged workbooks", async () => {
    await fc.assert(
      fc.asyncProperty(damagedXlsx, async (bytes) => {
        fs.writeFileSync(path.join(dir, "in.xlsx"), bytes);
        await checkRun(dir, ["summarize", "in.xlsx", "--json"]);
      }),
      { seed: SEED, numRuns: 300 }
    );
  }, 60_000);

  it("random bytes as .csv, .txt or .xlsx", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 3000 }),
        fc.constantFrom("in.csv", "in.txt", "in.xlsx"),
        async (bytes, name) => {
          fs.writeFileSync(path.join(dir, name), bytes);
          await checkRun(dir, ["summarize", name, "--json"]);
        }
      ),
      { seed: SEED, numRuns: 300 }
    );
  }, 60_000);

  const tablesThrough = (output: string[], numRuns: number) => async (): Promise<void> => {
    await fc.assert(
      fc.asyncProperty(table, async (t) => {
        fs.writeFileSync(path.join(dir, "t.csv"), csvText(t));
        await checkRun(dir, ["summarize", "t.csv", ...output, "--allow-invalid"]);
        fs.rmSync(path.join(dir, "out.xlsx"), { force: true });
      }),
      { seed: SEED, numRuns }
    );
  };
  it("random score tables as CSV, to JSON", tablesThrough(["--json"], 300), 60_000);
  it("random score tables as CSV, to a workbook", tablesThrough(["--out", "out.xlsx"], 12), 60_000);
});
