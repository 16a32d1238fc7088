/**
 * Writes the figures of a full run into BENCHMARKS.md, between the markers
 * `<!-- bench:results:start -->` and `<!-- bench:results:end -->`, so the document always shows
 * the run that bench/results.json holds. The prose around the markers is written by hand.
 */
import * as fs from "fs";
import { tidy } from "./harness";

export type Results = {
  mode: string;
  date: string;
  durationS: number;
  commit: { sha: string; dirty: boolean } | null;
  machine: {
    cpu: string;
    cores: number;
    memoryGb: number;
    node: string;
    v8: string;
    platform: string;
    loadAverage: number[];
    loadAverageEnd: number[];
  };
  figures: Record<string, number | null>;
  units: Record<string, string>;
  budgets: { figure: string; budget?: string; ok: boolean | null }[];
  notes: Record<string, string>;
  details: Record<string, Record<string, unknown>>;
};

const START = "<!-- bench:results:start -->";
const END = "<!-- bench:results:end -->";

const num = (x: number | null | undefined): string =>
  x === null || x === undefined
    ? "—"
    : tidy(x).toLocaleString("en-US", { maximumFractionDigits: 3 });

function ratio(results: Results, a: string, b: string): string {
  const x = results.figures[a];
  const y = results.figures[b];
  return x && y ? `${num(x / y)}×` : "—";
}

export function resultsMarkdown(r: Results): string {
  const m = r.machine;
  const budget = new Map(r.budgets.map((b) => [b.figure, b]));
  const lines = [
    `Run of ${r.date.slice(0, 16).replace("T", " ")} UTC (${r.mode}, ${r.durationS} s), commit ${r.commit ? `${r.commit.sha.slice(0, 7)}${r.commit.dirty ? " + uncommitted changes" : ""}` : "unknown"}.`,
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB RAM, ${m.platform}, Node ${m.node} (V8 ${m.v8}); load average ${m.loadAverage.join(" / ")} at start, ${m.loadAverageEnd.join(" / ")} at the end.`,
    "",
    "| figure | value | unit | budget | |",
    "|---|--:|---|---|---|",
    ...Object.entries(r.figures).map(([name, value]) => {
      const b = budget.get(name);
      const status = b ? (b.ok === null ? "" : b.ok ? "met" : "**not met**") : "";
      const note = r.notes[name] ? ` (${r.notes[name]})` : "";
      return `| \`${name}\` | ${num(value)} | ${r.units[name] ?? ""} | ${b?.budget ?? ""} | ${status}${note} |`;
    }),
    "",
    "Ratios and the times behind them:",
    "",
    "| ratio | value | from |",
    "|---|--:|---|",
    ...[151, 2000, 10_000].map((n) => {
      const d = r.details[`engine.vs_formulas.ratio.${n}`];
      return `| HyperFormula ÷ engine, ${n.toLocaleString("en-US")} cities | ${num(r.figures[`engine.vs_formulas.ratio.${n}`])}× | ${num(d?.hyperformulaMs as number)} ms ÷ ${num(d?.engineMs as number)} ms |`;
    }),
    (() => {
      const d = r.details["functions.ranks_vs_rank.ratio.10000"];
      return `| 10,000 × RANK ÷ 1 × RANKS | ${num(r.figures["functions.ranks_vs_rank.ratio.10000"])}× | ${num(d?.rankCallsMs as number)} ms ÷ ${num(d?.ranksSpillMs as number)} ms |`;
    })(),
    `| evaluate 10,000 ÷ 151 cities (66× the cities) | ${ratio(r, "engine.evaluate.ms.10000", "engine.evaluate.ms.151")} | |`,
    `| evaluate 100,000 ÷ 10,000 cities (10× the cities) | ${ratio(r, "engine.evaluate.ms.100000", "engine.evaluate.ms.10000")} | |`,
    `| layout 100,000 ÷ 151 cities (662× the cities) | ${ratio(r, "layout.build.ms.100000", "layout.build.ms.151")} | |`,
  ];
  const split = r.details["engine.evaluate.ms.100000"];
  if (split)
    lines.push(
      "",
      `engine.evaluate.ms.100000 splits into readGrid ${num(split.readGridMedianMs as number)} ms + evaluate ${num(split.evaluateMedianMs as number)} ms (medians); every run: ${(split.runs as number[]).map((x) => num(x)).join(", ")} ms.`
    );
  return lines.join("\n");
}

/** Replaces the block between the markers; false when the file or a marker is missing. */
export function updateDoc(file: string, results: Results): boolean {
  if (!fs.existsSync(file)) return false;
  const text = fs.readFileSync(file, "utf8");
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a < 0 || b < a) return false;
  fs.writeFileSync(
    file,
    `${text.slice(0, a + START.length)}\n${resultsMarkdown(results)}\n${text.slice(b)}`
  );
  return true;
}
