/** Command-line arguments of `smartcity`, parsed with node:util parseArgs (no dependency). */
import { parseArgs } from "node:util";
import type { RankMethod } from "../engine/types";

export type SummarizeOptions = {
  command: "summarize";
  /** Input file as typed (.csv or .xlsx); undefined = bundled 2015 data. */
  input: string | undefined;
  json: boolean;
  out: string | undefined;
  framework: string | undefined;
  precise: boolean;
  sheet: string | undefined;
  lang: "zh" | "en" | undefined;
  allowInvalid: boolean;
  rankMethod: RankMethod;
};

export type Command = SummarizeOptions | { command: "help" } | { command: "version" };

export type ArgsResult = { ok: true; value: Command } | { ok: false; message: string };

export const USAGE = `Usage: smartcity summarize [input.csv|input.xlsx] [options]

Summarizes a city score table (no input: the bundled 2015 report data).

Options:
  --out FILE.xlsx        write the summary workbook (written to a temp file, then renamed)
  --json                 print the evaluation as JSON on stdout
  --framework FILE.json  scoring framework (default: the bundled 2015 framework, 105 points)
  --precise              bundled data with the reconstructed decimals (no input only)
  --sheet NAME           sheet of an .xlsx input (default: the first sheet)
  --lang zh|en           language of the workbook and terminal table (default: the framework's)
  --allow-invalid        go on despite validation errors (invalid scores count as 0)
  --rank-method M        competition (default, like RANK.EQ) | dense | ordinal
  -h, --help             this help
  -v, --version          the version

Exit codes: 0 ok; 1 validation errors (listed on stderr); 2 bad input or usage.
Examples:
  smartcity summarize --out smartcity-summary-2015.xlsx
  smartcity summarize scores.xlsx --sheet 2016 --out summary.xlsx --lang en
  smartcity summarize scores.csv --json > summary.json`;

const RANK_METHODS: readonly RankMethod[] = ["competition", "dense", "ordinal"];

/** Parses argv (without "node" and the script). Never throws: usage errors come back as messages. */
export function parseCommandLine(argv: readonly string[]): ArgsResult {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: "boolean" },
        out: { type: "string" },
        framework: { type: "string" },
        precise: { type: "boolean" },
        sheet: { type: "string" },
        lang: { type: "string" },
        "allow-invalid": { type: "boolean" },
        "rank-method": { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (e) {
    return { ok: false, message: (e as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { ok: true, value: { command: "help" } };
  if (values.version) return { ok: true, value: { command: "version" } };
  const [command, input, ...extra] = positionals;
  if (command === undefined) return { ok: true, value: { command: "help" } };
  if (command !== "summarize")
    return { ok: false, message: `Unknown command "${command}"; the command is "summarize".` };
  if (extra.length > 0)
    return {
      ok: false,
      message: `Only one input file is allowed (also got ${extra.map((x) => `"${x}"`).join(", ")}).`,
    };
  const lang = values.lang;
  if (lang !== undefined && lang !== "zh" && lang !== "en")
    return { ok: false, message: `--lang must be zh or en (got "${lang}").` };
  const rankMethod = values["rank-method"] ?? "competition";
  if (!RANK_METHODS.includes(rankMethod as RankMethod)) {
    return {
      ok: false,
      message: `--rank-method must be one of ${RANK_METHODS.join(", ")} (got "${rankMethod}").`,
    };
  }
  if (values.out !== undefined && !/\.xlsx$/iu.test(values.out)) {
    return { ok: false, message: `--out must name an .xlsx file (got "${values.out}").` };
  }
  if (values.precise && input !== undefined)
    return {
      ok: false,
      message: "--precise applies to the bundled data only; drop it or the input file.",
    };
  if (values.sheet !== undefined && (input === undefined || !/\.xlsx$/iu.test(input))) {
    return { ok: false, message: "--sheet applies to an .xlsx input only." };
  }
  return {
    ok: true,
    value: {
      command: "summarize",
      input,
      json: values.json ?? false,
      out: values.out,
      framework: values.framework,
      precise: values.precise ?? false,
      sheet: values.sheet,
      lang,
      allowInvalid: values["allow-invalid"] ?? false,
      rankMethod: rankMethod as RankMethod,
    },
  };
}
