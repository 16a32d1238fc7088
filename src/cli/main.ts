/**
 * `smartcity` command line. `run(argv, io)` does everything and returns the exit code, so tests
 * call it in-process; `main()` binds it to the process (bin/smartcity.js).
 *
 * Exit codes: 0 ok; 1 validation errors (unless --allow-invalid); 2 bad input, usage or an
 * internal error (one line, never a stack trace); 130 / 143 stopped by SIGINT / SIGTERM while
 * writing (the temp file removed). Every line for the terminal has control characters escaped.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { evaluate } from "../engine/evaluate";
import { cliMessages as m } from "../engine/messages/cli";
import type { MessageLanguage } from "../engine/messages";
import type { ScenarioRecord } from "../layout/explore/scenario";
import type { PartOffload } from "../xlsx/parallel";
import { streamSummaryXlsx, type StreamedWorkbook } from "../xlsx/write";
import { languageOf, parseCommandLine, USAGE, type SummarizeOptions } from "./args";
import { runCompare } from "./compare";
import { isExploreCommand, runExplore } from "./explore";
import { withScenarioJson, withWeights } from "./explore-weights";
import { writeEvaluationJson } from "./json-output";
import { streamThroughTemp, targetProblem } from "./output-file";
import { readInput, type InputResult } from "./read-input";
import { SheetWorkerTimeout, startSheetWorker, type SheetWorker } from "./sheet-workers";
import { evaluateSummary, summaryLayoutOf } from "./summary-layout";
import { chooseSummarySheets } from "./sheets";
import { topTen, validationReport } from "./report";
import { escapeLine } from "./terminal";

export type Io = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Folder that relative file names are resolved against. */
  cwd: string;
};

export const EXIT = { ok: 0, invalid: 1, badInput: 2, internal: 2 } as const;

type Say = (line: string) => void;

/** The first line of an unexpected error: its kind and message, never the stack. */
export function describeError(e: unknown): string {
  const text = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const line = text.split("\n")[0] ?? "";
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

/** Runs the command line on `argv` (without "node" and the script name). Never throws. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const l = languageOf(argv);
  const err: Say = (line) => io.stderr(`${escapeLine(line)}\n`);
  try {
    if (argv[0] === "compare") return await runCompare(argv, io);
    if (isExploreCommand(argv)) return await runExplore(argv, io, l);
    const parsed = parseCommandLine(argv);
    if (!parsed.ok) {
      err(m.usagePrefix[l]({ problem: parsed.message(l) }));
      err(m.seeHelp[l]());
      return EXIT.badInput;
    }
    const command = parsed.value;
    if (command.command === "help") {
      io.stdout(`${USAGE}\n`);
      return EXIT.ok;
    }
    if (command.command === "version") {
      io.stdout(`${packageVersion()}\n`);
      return EXIT.ok;
    }
    return await summarize(command, io, err, l);
  } catch (e) {
    err(m.internalError[l]({ reason: describeError(e) }));
    return EXIT.internal;
  }
}

/** Why `--out` may not be written (it is the input or framework file, or a folder), or null. */
async function outProblem(
  options: SummarizeOptions,
  cwd: string,
  l: MessageLanguage
): Promise<string | null> {
  if (options.out === undefined) return null;
  const out = options.out;
  const guarded = [
    { kind: "input" as const, file: options.input },
    { kind: "framework" as const, file: options.framework },
  ].flatMap((g) =>
    g.file === undefined ? [] : [{ ...g, file: g.file, resolved: path.resolve(cwd, g.file) }]
  );
  const problem = await targetProblem(path.resolve(cwd, out), guarded);
  if (problem === null) return null;
  if (problem.kind === "folder") return m.outIsFolder[l]({ out });
  return problem.kind === "input"
    ? m.outIsInput[l]({ out, input: problem.file })
    : m.outIsFramework[l]({ out, framework: problem.file });
}

async function summarize(
  options: SummarizeOptions,
  io: Io,
  err: Say,
  l: MessageLanguage
): Promise<number> {
  const refused = await outProblem(options, io.cwd, l);
  if (refused !== null) {
    err(refused);
    return EXIT.badInput;
  }
  // Started before reading: the worker reads and evaluates the input beside this thread.
  const worker = startSheetWorker(options, io.cwd, l);
  try {
    return await summarizeWith(worker, options, io, err, l);
  } finally {
    await worker?.stop();
  }
}

async function summarizeWith(
  worker: SheetWorker | null,
  options: SummarizeOptions,
  io: Io,
  err: Say,
  l: MessageLanguage
): Promise<number> {
  const read = await readInput({ ...options, cwd: io.cwd, language: l });
  if (!read.ok) {
    read.messages.forEach(err);
    return EXIT.badInput;
  }
  read.notes.forEach(err);
  const weighted = withWeights(read.dataset, options.weights, l);
  if (!weighted.ok) return (weighted.messages.forEach(err), EXIT.badInput);
  if (weighted.note !== null) err(weighted.note);
  read.dataset = weighted.dataset;
  const { dataset } = read;
  const sheets =
    options.sheets === undefined
      ? undefined
      : chooseSummarySheets(options.sheets, dataset, true, weighted.scenario !== null);
  if (sheets !== undefined && !sheets.ok) {
    err(
      sheets.problem === "none"
        ? m.noSummarySheetLeft[l]()
        : m.unknownSummarySheet[l]({ sheet: sheets.sheet, known: sheets.known })
    );
    return EXIT.badInput;
  }
  const file = options.input ?? dataset.source;
  const errors = dataset.issues.filter((i) => i.severity === "error").length;
  if (dataset.issues.length > 0)
    validationReport(dataset.issues, file, l, dataset.framework).forEach(err);
  if (errors > 0 && !options.allowInvalid) {
    err(m.validationErrors[l]({ file, errors }));
    return EXIT.invalid;
  }

  const { evaluation, scenario } = evaluateSummary(dataset, options, weighted.scenario);
  const language = options.lang ?? dataset.framework.language;
  if (options.out !== undefined) {
    const source =
      options.input === undefined
        ? m.sourceBundled[l]({ name: dataset.source })
        : read.sheet === null
          ? options.input
          : m.whereSheet[l]({ file: options.input, sheet: read.sheet });
    const written = await writeWorkbook(
      { out: options.out, language, sourceLabel: source, sheets: sheets?.keys },
      read,
      evaluation,
      io,
      err,
      l,
      { scenario, parts: worker ?? undefined }
    );
    if (written !== EXIT.ok) return written;
  }
  if (options.json) {
    const json = scenario ? withScenarioJson(evaluation, scenario) : evaluation;
    writeEvaluationJson(json, io.stdout, options.pretty ? 2 : 0);
    io.stdout("\n");
  } else {
    io.stdout(`${topTen(evaluation, language).split("\n").map(escapeLine).join("\n")}\n`);
    if (options.out === undefined) err(m.noOutput[l]());
  }
  return EXIT.ok;
}

type WorkbookTarget = {
  out: string;
  language: "zh" | "en";
  sourceLabel: string;
  /** Keys of the summary sheets to write (undefined: all). */
  sheets: string[] | undefined;
};

async function writeWorkbook(
  { out, language, sourceLabel, sheets }: WorkbookTarget,
  read: Extract<InputResult, { ok: true }>,
  evaluation: ReturnType<typeof evaluate>,
  io: Io,
  err: Say,
  l: MessageLanguage,
  { scenario, parts }: { scenario: ScenarioRecord | undefined; parts: PartOffload | undefined }
): Promise<number> {
  const layout = summaryLayoutOf(read, evaluation, language, sheets, scenario);
  let rendered: StreamedWorkbook | null = null;
  let bytes: number;
  try {
    // Streamed to the temp file chunk by chunk: the package is never held in memory.
    bytes = await streamThroughTemp(
      path.resolve(io.cwd, out),
      async (write) => {
        rendered = await streamSummaryXlsx(layout, parts ? { parts } : {}, write);
      },
      (signal) => err(m.interrupted[l]({ signal }))
    );
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === undefined) throw e;
    const reason =
      code === "ENOENT" || code === "ENOTDIR"
        ? m.reasonNoFolder[l]()
        : code === "ENOSPC"
          ? m.reasonDiskFull[l]()
          : code === "EACCES" || code === "EPERM"
            ? m.reasonPermission[l]()
            : code === "EISDIR"
              ? m.reasonIsFolder[l]()
              : code;
    err(m.cannotWrite[l]({ out, reason }));
    return EXIT.badInput;
  }
  const done = rendered as StreamedWorkbook | null;
  const parallel = done?.parallel;
  const failure = parallel?.failure;
  if (parallel !== undefined && failure instanceof SheetWorkerTimeout)
    err(m.parallelTimeout[l]({ sheets: parallel.sheets, seconds: failure.seconds }));
  else if (parallel !== undefined && failure !== undefined)
    err(m.parallelFallback[l]({ sheets: parallel.sheets, reason: describeError(failure) }));
  err(
    m.wrote[l]({
      out,
      kilobytes: Math.max(1, Math.round(bytes / 1024)),
      sheets: done?.sheets ?? [],
      charts: done?.charts ?? 0,
      cities: evaluation.columns.order.length,
      source: sourceLabel,
    })
  );
  return EXIT.ok;
}

/** Version from the package.json above this file (src/cli when tested, dist/cli/src/cli when built). */
function packageVersion(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "package.json");
    if (fs.existsSync(candidate)) {
      const pkg = JSON.parse(fs.readFileSync(candidate, "utf8")) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === "smartcity-scorecard") return pkg.version ?? "unknown";
    }
    if (path.dirname(dir) === dir) return "unknown";
  }
}

/** Entry point of bin/smartcity.js. */
export function main(): void {
  const argv = process.argv.slice(2);
  const fatal = (e: unknown): void => {
    process.stderr.write(
      `${escapeLine(m.internalError[languageOf(argv)]({ reason: describeError(e) }))}\n`
    );
    process.exit(EXIT.internal); // the exit handler of output-file.ts removes any temp file
  };
  process.on("uncaughtException", fatal);
  process.on("unhandledRejection", fatal);
  // `smartcity summarize --json | head`: the reader closing the pipe early is not an error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    fatal(error);
  });
  void run(argv, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
  }).then((code) => {
    process.exitCode = code;
  });
}
