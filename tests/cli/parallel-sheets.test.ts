/**
 * The built command line writes the largest sheets of a large summary in a worker thread
 * (docs/adr/0015-parallel-sheet-parts.md; ts-jest has no compiled worker, so the CLI is spawned
 * as bin.test.ts does). Its workbook is the one thread's cell for cell, and a worker that
 * throws, exits, runs out of memory or hangs (the watchdog stops it) leaves the same workbook
 * (exit 0, one note on stderr, no temp file).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { syntheticGrid } from "../../bench/synthetic";
import { inlineCells, normalisedParts, readSheets } from "../xlsx/same-workbook";

const ROOT = path.resolve(__dirname, "../..");
/** 7,000 cities: about 1.2 million cells (over the writer's million) and 0.9 MB of CSV. */
const CITIES = 7000;
let folder = "";
let input = "";
let serial: Uint8Array;

function summarize(
  out: string,
  env: Record<string, string>
): { status: number | null; stderr: string } {
  const result = spawnSync(
    process.execPath,
    [
      path.join(ROOT, "bin/smartcity.js"),
      "summarize",
      input,
      "--out",
      out,
      "--allow-invalid",
      "--lang",
      "en",
    ],
    // spawnSync blocks jest's own timeout: a run that hangs is killed and fails (status null).
    {
      cwd: folder,
      encoding: "utf8",
      env: { ...process.env, ...env },
      maxBuffer: 64 << 20,
      timeout: 120_000,
    }
  );
  return { status: result.status, stderr: result.stderr };
}

const FALLBACK_NOTE = "the parallel writer failed";

beforeAll(() => {
  const build = spawnSync("npx", ["tsc", "-p", "tsconfig.cli.json"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (!fs.existsSync(path.join(ROOT, "dist/cli/src/cli/sheet-worker.js")))
    throw new Error(`npm run build:cli failed:\n${build.stdout}${build.stderr}`);
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "smartcity-parallel-"));
  input = path.join(folder, "cities.csv");
  const csv = syntheticGrid(CITIES).map((row) => row.map((c) => c ?? "").join(","));
  fs.writeFileSync(input, `${csv.join("\n")}\n`);
  const run = summarize("serial.xlsx", { SMARTCITY_WORKERS: "0" });
  expect(run.status).toBe(0);
  serial = fs.readFileSync(path.join(folder, "serial.xlsx"));
}, 300_000);

afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

it("writes the same workbook with a worker as on one thread, cell for cell", () => {
  const run = summarize("parallel.xlsx", { SMARTCITY_WORKERS: "1" });
  expect(run.status).toBe(0);
  expect(run.stderr).not.toContain(FALLBACK_NOTE);
  const parallel = fs.readFileSync(path.join(folder, "parallel.xlsx"));
  // The worker wrote some sheet (its headers are inline strings); one thread writes none.
  expect(Object.values(inlineCells(parallel)).some((n) => n > 0)).toBe(true);
  expect(Object.values(inlineCells(serial)).every((n) => n === 0)).toBe(true);
  expect(normalisedParts(parallel)).toEqual(normalisedParts(serial));
  expect(readSheets(parallel)).toEqual(readSheets(serial));
}, 300_000);

it("writes on one thread by default below the input size where a worker pays (4 MB)", () => {
  expect(fs.statSync(input).size).toBeLessThan(4 << 20);
  const run = summarize("default.xlsx", { SMARTCITY_WORKERS_FAIL: "throw" });
  expect(run.status).toBe(0);
  expect(run.stderr).not.toContain(FALLBACK_NOTE); // no worker was started to fail
  const written = fs.readFileSync(path.join(folder, "default.xlsx"));
  expect(Object.values(inlineCells(written)).every((n) => n === 0)).toBe(true);
}, 300_000);

/** Files the run left in the folder besides the input and the workbooks (temp files). */
function leftovers(): string[] {
  return fs.readdirSync(folder).filter((f) => f !== "cities.csv" && !f.endsWith(".xlsx"));
}

it.each([
  ["throw", FALLBACK_NOTE],
  ["exit", FALLBACK_NOTE],
  ["memory", FALLBACK_NOTE],
  ["early", FALLBACK_NOTE], // exits at start-up, before the writer asks
  // The worker blocks for ever; the watchdog (cut to 0.5 s here) terminates it.
  ["hang", "the parallel writer did not finish within 1 second and was stopped"],
])(
  "writes the same workbook when the worker fails (%s), with one note, exit 0",
  (failure, note) => {
    const run = summarize(`failed-${failure}.xlsx`, {
      SMARTCITY_WORKERS: "1",
      SMARTCITY_WORKERS_FAIL: failure,
      ...(failure === "hang" && { SMARTCITY_WORKERS_TIMEOUT_MS: "500" }),
    });
    expect(run.status).toBe(0);
    const notes = run.stderr.split("\n").filter((line) => line.includes("parallel writer"));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain(note);
    expect(leftovers()).toEqual([]);
    const written = fs.readFileSync(path.join(folder, `failed-${failure}.xlsx`));
    expect(Object.values(inlineCells(written)).every((n) => n === 0)).toBe(true);
    expect(normalisedParts(written)).toEqual(normalisedParts(serial));
  },
  300_000
);
