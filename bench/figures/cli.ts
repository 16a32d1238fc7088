/**
 * Whole-process figures of the command line (issue 12): the built CLI (`npm run build:cli`)
 * run as a user runs it, timed and measured from outside by GNU time.
 *
 * cli.xlsx.s.N / cli.xlsx.peak_mb.N: read a synthetic N-city CSV → evaluate → write the summary
 * .xlsx (`--allow-invalid`: the synthetic data carries a few deliberate errors).
 * cli.xlsx.cpu_s.N: user + system CPU seconds of that run (main thread and zlib's thread pool):
 * on a shared, loaded machine the wall time is mostly waiting, the CPU time is the work.
 * cli.json.peak_mb.100000: the same to `--json` (stdout discarded).
 * cli.read_xlsx.s.100000 / cli.read_xlsx.peak_mb.100000: read the 100,000-row source sheet of the
 * written workbook back (`--sheet` of the source sheet, `--json`), i.e. a 100,000-row .xlsx input.
 * Also writes bench/cli-scaling.svg: seconds and peak MB against cities.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { BenchContext, Figure } from "../harness";
import { syntheticGrid } from "../synthetic";
import { scalingSvg } from "./scaling-svg";

const ROOT = path.resolve(__dirname, "../..");
const CLI = path.join(ROOT, "bin", "smartcity.js");
const SIZES = [151, 2000, 20_000, 50_000, 100_000];
const QUICK_SIZES = [151, 2000, 20_000];
const BUDGETS: Record<string, { s?: number; mb?: number }> = {
  "20000": { s: 3, mb: 300 },
  "100000": { s: 15, mb: 600 },
};

type Run = { seconds: number; cpuSeconds: number; peakMb: number; exit: number };

/** Runs the CLI under GNU time; seconds (wall) and peak resident MB of the process. */
function measure(args: string[]): Run {
  const out = path.join(os.tmpdir(), `smartcity-bench-time-${process.pid}.txt`);
  let exit = 0;
  try {
    execFileSync("/usr/bin/time", ["-f", "%e %U %S %M", "-o", out, "node", CLI, ...args], {
      stdio: ["ignore", "ignore", "ignore"],
      maxBuffer: 1 << 20,
    });
  } catch (error) {
    exit = (error as { status?: number }).status ?? -1;
  }
  const fields = fs.readFileSync(out, "utf8").trim().split(/\s+/).slice(-4);
  const [seconds = "NaN", user = "NaN", system = "NaN", kb = "NaN"] = fields;
  fs.rmSync(out, { force: true });
  const cpuSeconds = Math.round((Number(user) + Number(system)) * 100) / 100;
  return { seconds: Number(seconds), cpuSeconds, peakMb: Math.round(Number(kb) / 1024), exit };
}

function csvOf(n: number, file: string): void {
  const quote = (v: unknown): string => (v === null || v === undefined ? "" : String(v));
  fs.writeFileSync(
    file,
    syntheticGrid(n)
      .map((r) => r.map(quote).join(","))
      .join("\n") + "\n"
  );
}

function figure(name: string, value: number, unit: string, budget?: number): Figure {
  if (budget === undefined) return { name, value, unit };
  return { name, value, unit, budget: `≤ ${budget}`, ok: value <= budget };
}

export function cliFigures(ctx: BenchContext): Figure[] {
  if (!fs.existsSync(path.join(ROOT, "dist", "cli"))) throw new Error("run npm run build:cli");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "smartcity-bench-"));
  const figures: Figure[] = [];
  const points: { cities: number; seconds: number; peakMb: number }[] = [];
  try {
    for (const n of ctx.quick ? QUICK_SIZES : SIZES) {
      const csv = path.join(dir, `cities-${n}.csv`);
      const xlsx = path.join(dir, `summary-${n}.xlsx`);
      csvOf(n, csv);
      ctx.log(`cli.xlsx ${n} cities`);
      const run = measure(["summarize", csv, "--out", xlsx, "--allow-invalid", "--lang", "en"]);
      if (run.exit !== 0) throw new Error(`summarize ${n} cities exited ${run.exit}`);
      const budget = BUDGETS[String(n)] ?? {};
      figures.push(figure(`cli.xlsx.s.${n}`, run.seconds, "s", budget.s));
      figures.push(figure(`cli.xlsx.cpu_s.${n}`, run.cpuSeconds, "s"));
      figures.push(figure(`cli.xlsx.peak_mb.${n}`, run.peakMb, "MB", budget.mb));
      points.push({ cities: n, seconds: run.seconds, peakMb: run.peakMb });
      if (n === 100_000) {
        ctx.log("cli.json 100000 cities");
        const json = measure(["summarize", csv, "--json", "--allow-invalid"]);
        figures.push(figure("cli.json.peak_mb.100000", json.peakMb, "MB", 500));
        ctx.log("cli.read_xlsx 100000 rows");
        const read = measure([
          "summarize",
          xlsx,
          "--sheet",
          "Source data",
          "--json",
          "--allow-invalid",
        ]);
        figures.push(figure("cli.read_xlsx.s.100000", read.seconds, "s", 8));
        figures.push(figure("cli.read_xlsx.peak_mb.100000", read.peakMb, "MB", 600));
      }
      fs.rmSync(xlsx, { force: true });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  fs.writeFileSync(path.join(ROOT, "bench", "cli-scaling.svg"), scalingSvg(points));
  return figures;
}
