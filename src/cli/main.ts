/**
 * `smartcity` command line. `run(argv, io)` does everything and returns the exit code, so tests
 * call it in-process; `main()` binds it to the process (bin/smartcity.js).
 *
 * Exit codes: 0 ok; 1 validation errors (unless --allow-invalid); 2 bad input or usage;
 * 3 unexpected internal error.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { evaluate } from "../engine/evaluate";
import { buildSummaryLayout } from "../layout/summary";
import { writeSummaryWorkbook } from "../xlsx/write";
import { parseCommandLine, USAGE, type SummarizeOptions } from "./args";
import { readInput } from "./read-input";
import { topTen, validationReport } from "./report";

export type Io = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Folder that relative file names are resolved against. */
  cwd: string;
};

export const EXIT = { ok: 0, invalid: 1, badInput: 2, internal: 3 } as const;

/** Runs the command line on `argv` (without "node" and the script name). Never throws. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const err = (line: string): void => io.stderr(`${line}\n`);
  try {
    const parsed = parseCommandLine(argv);
    if (!parsed.ok) {
      err(`smartcity: ${parsed.message}`);
      err('Run "smartcity --help" for the options.');
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
    return await summarize(command, io);
  } catch (e) {
    err(`smartcity: unexpected error (please report it): ${(e as Error).stack ?? String(e)}`);
    return EXIT.internal;
  }
}

async function summarize(options: SummarizeOptions, io: Io): Promise<number> {
  const err = (line: string): void => io.stderr(`${line}\n`);
  const read = await readInput({
    input: options.input,
    framework: options.framework,
    sheet: options.sheet,
    precise: options.precise,
    cwd: io.cwd,
  });
  if (!read.ok) {
    err(read.message);
    return EXIT.badInput;
  }
  const { dataset } = read;
  const file = options.input ?? dataset.source;
  const errors = dataset.issues.filter((i) => i.severity === "error").length;
  if (dataset.issues.length > 0) validationReport(dataset.issues, file).forEach(err);
  if (errors > 0 && !options.allowInvalid) {
    err(
      `${file}: ${errors} validation error${errors === 1 ? "" : "s"}; fix the input or pass --allow-invalid (invalid scores then count as 0).`
    );
    return EXIT.invalid;
  }

  const evaluation = evaluate(dataset, { method: options.rankMethod });
  const language = options.lang ?? dataset.framework.language;
  if (options.out !== undefined) {
    const layout = buildSummaryLayout(evaluation, dataset, { language });
    const target = path.resolve(io.cwd, options.out);
    let written;
    try {
      const headerRows = read.mapping ? read.mapping.dataRow : 0;
      written = await writeSummaryWorkbook(layout, target, {
        source: { grid: read.grid, headerRows },
      });
    } catch (e) {
      err(
        `${options.out}: cannot write the workbook (${(e as Error).message}); no file was left behind.`
      );
      return EXIT.badInput;
    }
    const kb = Math.max(1, Math.round(written.bytes / 1024));
    err(
      `Wrote ${options.out} (${kb} KB): ${written.sheets.length} sheets (${written.sheets.join(", ")}), ` +
        `${written.charts} charts, ${evaluation.columns.order.length} cities from ${options.input ?? `the bundled ${dataset.source}`}.`
    );
  }
  if (options.json) io.stdout(`${JSON.stringify(evaluation)}\n`);
  else {
    io.stdout(`${topTen(evaluation, language)}\n`);
    if (options.out === undefined)
      err("No output file: pass --out summary.xlsx for the workbook or --json for the figures.");
  }
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
  // `smartcity summarize --json | head`: the reader closing the pipe early is not an error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
  void run(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
  }).then((code) => {
    process.exitCode = code;
  });
}
