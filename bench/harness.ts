/**
 * Benchmark plumbing: figures, timing (median of runs), machine description, the results file and
 * the printed table. Figure names are fixed by issue 6 so results stay comparable across commits.
 */
import { execFileSync } from "child_process";
import * as os from "os";

/** One measured figure. `value` is null when the figure could not be taken (see `note`). */
export type Figure = {
  name: string;
  value: number | null;
  unit: string;
  /** Budget as text ("< 1000"), when the issue sets one. */
  budget?: string;
  /** true / false when a budget applies and could be checked. */
  ok?: boolean;
  note?: string;
  /** Raw material behind the figure (every run, sub-timings, reference times). */
  detail?: Record<string, unknown>;
};

/** What a figure group receives: mode and a progress logger. */
export type BenchContext = { quick: boolean; log: (message: string) => void };

export type FigureGroup = {
  name: string;
  run: (ctx: BenchContext) => Promise<Figure[]> | Figure[];
};

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length === 0
    ? NaN
    : s.length % 2
      ? (s[mid] as number)
      : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

/**
 * Times `fn` `runs` times after `warmup` untimed runs (JIT), collecting garbage before each run
 * when node runs with --expose-gc (so one run's garbage is not billed to the next). Returns the
 * median and every run in milliseconds. `fn`'s result is kept alive until the run is timed.
 */
export function time<T>(
  fn: () => T,
  runs: number,
  warmup = 1
): { ms: number; runs: number[]; last: T } {
  let last = undefined as T;
  for (let i = 0; i < warmup; i++) last = fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    last = undefined as T;
    gc();
    const start = performance.now();
    last = fn();
    times.push(performance.now() - start);
  }
  return { ms: median(times), runs: times.map(round3), last };
}

export const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** Rounds for display and for the results file: 3 significant digits below 100, integers above. */
export function tidy(x: number): number {
  if (!Number.isFinite(x)) return x;
  const abs = Math.abs(x);
  if (abs >= 100) return Math.round(x);
  if (abs === 0) return 0;
  const digits = 2 - Math.floor(Math.log10(abs));
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export type Machine = {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  v8: string;
  platform: string;
  loadAverage: number[];
};

export function machine(): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    v8: process.versions.v8,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

/** Current commit and whether the tree has uncommitted changes; null outside a git checkout. */
export function commit(cwd: string): { sha: string; dirty: boolean } | null {
  try {
    const sha = execFileSync("git", ["rev-parse", "HEAD"], {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
    const status = execFileSync("git", ["status", "--porcelain"], {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
    return { sha, dirty: status.trim() !== "" };
  } catch {
    return null;
  }
}

const format = (value: number | null): string =>
  value === null ? "—" : tidy(value).toLocaleString("en-US", { maximumFractionDigits: 3 });

/** The figures as an aligned text table with a budget column. */
export function table(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    f.name,
    format(f.value),
    f.unit,
    f.budget ?? "",
    f.ok === undefined ? "" : f.ok ? "ok" : "OVER",
    f.note ?? "",
  ]);
  const head = ["figure", "value", "unit", "budget", "", "note"];
  const widths = head.map((h, c) =>
    Math.max(h.length, ...rows.map((r) => (r[c] as string).length))
  );
  const line = (cells: string[]): string =>
    cells
      .map((cell, c) =>
        c === 1 ? cell.padStart(widths[c] as number) : cell.padEnd(widths[c] as number)
      )
      .join("  ")
      .trimEnd();
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}
