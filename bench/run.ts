/**
 * `npm run bench [-- --quick] [-- --only engine,office] [-- --out file.json]`
 *
 * Takes every figure of issue 6, prints them as a table and writes bench/results.json (machine,
 * commit, figures, budgets, raw runs). --quick: fewer runs and smaller reference workloads, the
 * same figure names. --only: figure groups by name prefix. A group whose code is missing or
 * fails is reported with its reason; the others still run. Budgets are reported, never fatal
 * here: tests/bench/budgets.test.ts fails on the deterministic ones.
 * BENCHMARKS.md explains each figure.
 */
import * as fs from "fs";
import * as path from "path";
import { updateDoc } from "./doc";
import {
  commit,
  machine,
  table,
  tidy,
  type BenchContext,
  type Figure,
  type FigureGroup,
} from "./harness";

const ROOT = path.resolve(__dirname, "..");
const DEFAULT_OUT = path.join(ROOT, "bench", "results.json");

/** Figure groups in run order; each module is loaded only when its group runs. */
const GROUPS: FigureGroup[] = [
  {
    name: "engine.evaluate",
    run: async (ctx) => (await import("./figures/engine")).evaluateFigures(ctx),
  },
  {
    name: "engine.vs_formulas",
    run: async (ctx) => (await import("./figures/engine")).formulaFigures(ctx),
  },
  {
    name: "functions.ranks_vs_rank",
    run: async (ctx) => [(await import("./figures/functions")).rankFigure(ctx)],
  },
  {
    name: "functions.total",
    run: async (ctx) => [(await import("./figures/functions")).totalFigure(ctx)],
  },
  { name: "office", run: async (ctx) => (await import("./figures/office")).officeFigures(ctx) },
  {
    name: "layout.build",
    run: async (ctx) => (await import("./figures/layout")).layoutFigures(ctx),
  },
  {
    name: "bundle.gzip_kb",
    run: async (ctx) => (await import("./figures/bundle")).bundleFigures(ctx),
  },
  {
    name: "taskpane.ready",
    run: async (ctx) => (await import("./figures/taskpane")).taskpaneFigures(ctx),
  },
  {
    name: "explore.mc",
    run: async (ctx) => (await import("./figures/explore")).exploreFigures(ctx),
  },
  {
    name: "pane.weights_update",
    run: async (ctx) => (await import("./figures/pane")).paneFigures(ctx),
  },
  {
    name: "engine.peak_rss_mb",
    run: async (ctx) => [await (await import("./figures/engine")).memoryFigure(ctx)],
  },
  { name: "cli", run: async (ctx) => (await import("./figures/cli")).cliFigures(ctx) },
];

/** Names each group produces, so a skipped group still lists its figures. */
const EXPECTED: Record<string, string[]> = {
  "engine.evaluate": [151, 10_000, 100_000].map((n) => `engine.evaluate.ms.${n}`),
  "engine.vs_formulas": [151, 2000, 10_000].map((n) => `engine.vs_formulas.ratio.${n}`),
  "functions.ranks_vs_rank": ["functions.ranks_vs_rank.ratio.10000"],
  "functions.total": ["functions.total.ns_per_call"],
  office: [151, 20_000, 100_000].flatMap((n) => [
    `office.syncs.${n}`,
    `office.max_request_bytes.${n}`,
  ]),
  "layout.build": [151, 100_000].map((n) => `layout.build.ms.${n}`),
  "bundle.gzip_kb": ["taskpane", "functions", "commands"].map((b) => `bundle.gzip_kb.${b}`),
  "taskpane.ready": ["taskpane.ready.ms"],
  "engine.peak_rss_mb": ["engine.peak_rss_mb.100000"],
  "explore.mc": ["explore.mc.ms.151x10000", "explore.mc.ms.20000x1000"],
  "pane.weights_update": ["pane.weights_update.ms.151", "pane.weights_update.ms.20000"],
  cli: [
    ...[151, 2000, 20_000, 50_000, 100_000].flatMap((n) => [
      `cli.xlsx.s.${n}`,
      `cli.xlsx.peak_mb.${n}`,
    ]),
    "cli.json.peak_mb.100000",
    "cli.read_xlsx.s.100000",
    "cli.read_xlsx.peak_mb.100000",
  ],
};

type Options = { quick: boolean; only: string[]; out: string };

function parseOptions(argv: string[]): Options {
  const options: Options = { quick: false, only: [], out: DEFAULT_OUT };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.split("=", 2) as [string, string | undefined];
    const value = (): string => inline ?? argv[++i] ?? "";
    if (flag === "--quick") options.quick = true;
    else if (flag === "--only") options.only = value().split(",").filter(Boolean);
    else if (flag === "--out") options.out = path.resolve(value());
    else if (flag === "--help" || flag === "-h") {
      console.log(
        "npm run bench -- [--quick] [--only group,group] [--out results.json]\ngroups: " +
          GROUPS.map((g) => g.name).join(", ")
      );
      process.exit(0);
    } else throw new Error(`Unknown option ${arg} (try --help)`);
  }
  return options;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = Date.now();
  const machineAtStart = machine();
  // The commit measured: taken before the run, whose own outputs (results, plot) dirty the tree.
  const measured = commit(ROOT);
  const ctx: BenchContext = {
    quick: options.quick,
    log: (m) => process.stderr.write(`  … ${m}\n`),
  };
  const selected = GROUPS.filter(
    (g) =>
      options.only.length === 0 ||
      options.only.some((p) => g.name.startsWith(p) || p.startsWith(g.name))
  );
  const figures: Figure[] = [];
  for (const group of selected) {
    process.stderr.write(`${group.name}\n`);
    const t = Date.now();
    try {
      figures.push(...(await group.run(ctx)));
    } catch (error) {
      const reason = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
      process.stderr.write(`  ! ${group.name} skipped: ${reason}\n`);
      for (const name of EXPECTED[group.name] ?? [group.name])
        figures.push({ name, value: null, unit: "", note: `skipped: ${reason}` });
    }
    process.stderr.write(`  (${((Date.now() - t) / 1000).toFixed(1)} s)\n`);
  }

  const results = {
    schema: 1,
    mode: options.quick ? "quick" : "full",
    date: new Date(started).toISOString(),
    durationS: Math.round((Date.now() - started) / 1000),
    commit: measured,
    machine: {
      ...machineAtStart,
      loadAverageEnd: machine().loadAverage,
      exposeGc: typeof (globalThis as { gc?: unknown }).gc === "function",
    },
    figures: Object.fromEntries(
      figures.map((f) => [f.name, f.value === null ? null : tidy(f.value)])
    ),
    units: Object.fromEntries(figures.map((f) => [f.name, f.unit])),
    budgets: figures
      .filter((f) => f.budget !== undefined)
      .map((f) => ({ figure: f.name, budget: f.budget, ok: f.ok ?? null })),
    notes: Object.fromEntries(figures.flatMap((f) => (f.note ? [[f.name, f.note] as const] : []))),
    details: Object.fromEntries(
      figures.flatMap((f) => (f.detail ? [[f.name, f.detail] as const] : []))
    ),
  };
  fs.mkdirSync(path.dirname(options.out), { recursive: true });
  const tmp = `${options.out}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(results, null, 2) + "\n");
  fs.renameSync(tmp, options.out);

  const m = results.machine;
  console.log(
    `\nSmartCity Scorecard benchmark (${results.mode}) — ${m.cpu}, ${m.cores} cores, node ${m.node}, load ${m.loadAverage.join(" ")}\n`
  );
  console.log(table(figures));
  console.log(`\nwritten ${path.relative(process.cwd(), options.out)} in ${results.durationS} s`);
  // A complete full run into the default file also refreshes the figures shown in BENCHMARKS.md.
  const complete =
    !options.quick &&
    options.only.length === 0 &&
    options.out === DEFAULT_OUT &&
    figures.every((f) => f.value !== null);
  if (complete && updateDoc(path.join(ROOT, "BENCHMARKS.md"), results))
    console.log("updated the figures in BENCHMARKS.md");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(2);
});
