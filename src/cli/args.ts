/**
 * Command-line arguments of `smartcity`. A small parser of its own (rather than node:util
 * parseArgs) so every mistake comes back in plain words from the catalogue, with a suggestion
 * for a mistyped option.
 */
import type { TotalsSource } from "../engine/evaluate";
import { cliMessages as m } from "../engine/messages/cli";
import type { MessageLanguage } from "../engine/messages";
import type { RankMethod } from "../engine/types";

export type SummarizeOptions = {
  command: "summarize";
  /** Input file as typed (.csv, .txt, .tsv or .xlsx); undefined = bundled 2015 data. */
  input: string | undefined;
  json: boolean;
  pretty: boolean;
  out: string | undefined;
  framework: string | undefined;
  precise: boolean;
  sheet: string | undefined;
  lang: "zh" | "en" | undefined;
  allowInvalid: boolean;
  rankMethod: RankMethod;
  totals: TotalsSource;
  /** What-if weights "name=weight,…" (src/cli/explore-weights.ts). */
  weights: string | undefined;
  /** Summary sheets to write, as typed ("overall,statistics", "-indicators"; src/cli/sheets.ts). */
  sheets: string | undefined;
};

export type Command = SummarizeOptions | { command: "help" } | { command: "version" };

/** A usage error renders in the language asked for (`--lang zh`), when that much was parsed. */
export type ArgsResult =
  { ok: true; value: Command } | { ok: false; message: (language: MessageLanguage) => string };

export const USAGE = `Usage: smartcity summarize [input.csv|input.xlsx] [options]

Summarizes a city score table (no input: the bundled 2015 report data). Input: .xlsx, or
comma- or tab-separated text (.csv, .txt, .tsv) in UTF-8 (with or without BOM), UTF-16 with
BOM (Excel's "Unicode Text") or GB18030/GBK.

Options:
  --out FILE.xlsx        write the summary workbook (never the input; written to a temp file
                         in the same folder, then renamed)
  --json                 print the evaluation as JSON on stdout
  --pretty               indent the JSON
  --framework FILE.json  scoring framework (default: the bundled 2015 framework, 105 points)
  --precise              bundled data with the reconstructed decimals (no input only)
  --sheet NAME           sheet of an .xlsx input (default: the first visible sheet holding a
                         score table; hidden sheets only when named)
  --totals T             reported (default: a row's reported total where it agrees with its
                         scores within rounding) | computed (always the sum of the scores)
  --sheets LIST          summary sheets to write, by key or name, comma-separated:
                         overall, statistics, groups, groupRanks, dimensions (or one
                         dimension.<id>), indicators, about, source; "-indicators" writes
                         every sheet but that one (default: all)
  --lang zh|en           language of the workbook, the terminal table and the messages
                         (default: workbook and table in the framework's language, messages
                         in English)
  --allow-invalid        go on despite validation errors (invalid scores count as 0)
  --rank-method M        competition (default, like RANK.EQ) | dense | ordinal
  --weights "A=30,B=8"   what-if weights of dimensions, indicators or bonus items (names,
                         English names or ids); totals are then computed (docs/explore.md)
  (also: smartcity uncertainty … and smartcity profile CITY …; see "smartcity uncertainty --help")
  -h, --help             this help
  -v, --version          the version

Exit codes: 0 ok; 1 validation errors (listed on stderr); 2 bad input, usage or internal
error (one line on stderr); 130 / 143 stopped by Ctrl-C / SIGTERM (no file left behind).
Examples:
  smartcity summarize --out smartcity-summary-2015.xlsx
  smartcity summarize scores.xlsx --sheet 2016 --out summary.xlsx --lang en
  smartcity summarize scores.csv --json --pretty > summary.json
Also: smartcity compare OLDEST ... NEWEST (editions over time; smartcity compare --help)`;

type OptionSpec = { kind: "flag" } | { kind: "value"; example: string };

const OPTIONS: Record<string, OptionSpec> = {
  json: { kind: "flag" },
  pretty: { kind: "flag" },
  out: { kind: "value", example: "--out summary.xlsx" },
  framework: { kind: "value", example: "--framework framework.json" },
  precise: { kind: "flag" },
  sheet: { kind: "value", example: '--sheet "2016"' },
  totals: { kind: "value", example: "--totals computed" },
  lang: { kind: "value", example: "--lang en" },
  "allow-invalid": { kind: "flag" },
  "rank-method": { kind: "value", example: "--rank-method dense" },
  weights: { kind: "value", example: '--weights "智慧基础设施=30,智慧管理=15"' },
  sheets: { kind: "value", example: "--sheets overall,statistics" },
  help: { kind: "flag" },
  version: { kind: "flag" },
};
const SHORT: Record<string, string> = { h: "help", v: "version" };

const RANK_METHODS: readonly RankMethod[] = ["competition", "dense", "ordinal"];
const TOTALS: readonly TotalsSource[] = ["reported", "computed"];
const LANGUAGES = ["zh", "en"] as const;
const TEXT_INPUT = /\.(csv|txt|tsv)$/iu;

/** Edit distance (insertions, deletions, substitutions, adjacent swaps) for suggestions. */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(
        (up[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (up[j - 1] as number) + cost
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

/** The known option closest to a mistyped one ("--outt" → "--out"), or null when none is close. */
export function suggestOption(typed: string): string | null {
  const name = typed.replace(/^-+/u, "").split("=")[0]?.toLowerCase() ?? "";
  if (name === "") return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const known of Object.keys(OPTIONS)) {
    const d = known.startsWith(name) && name.length >= 2 ? 0.5 : distance(name, known);
    if (d < bestDistance) {
      best = known;
      bestDistance = d;
    }
  }
  return best !== null && bestDistance <= Math.max(1, Math.floor(name.length / 3))
    ? `--${best}`
    : null;
}

type Raw = { values: Map<string, string | true>; positionals: string[] };
type Fail = { ok: false; message: (language: MessageLanguage) => string };
const fail = (render: (language: MessageLanguage) => string): Fail => ({
  ok: false,
  message: render,
});

/** Splits argv into options and positionals; "--" ends the options. */
function scan(argv: readonly string[]): { ok: true; raw: Raw } | Fail {
  const values = new Map<string, string | true>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const long = arg.startsWith("--");
    const [head, inline] = long
      ? [
          arg.slice(2).split("=")[0] ?? "",
          arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : undefined,
        ]
      : [SHORT[arg.slice(1)] ?? "", undefined];
    const spec = OPTIONS[head];
    if (spec === undefined || (!long && head === "")) {
      const option = arg.split("=")[0] ?? arg;
      const suggestion = suggestOption(option);
      return fail((l) => m.unknownOption[l]({ option, suggestion }));
    }
    if (values.has(head) && spec.kind === "value")
      return fail((l) => m.repeatedOption[l]({ option: `--${head}` }));
    if (spec.kind === "flag") {
      if (inline !== undefined) return fail((l) => m.unexpectedValue[l]({ option: `--${head}` }));
      values.set(head, true);
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith("--") && next.length > 2)) {
        return fail((l) => m.missingValue[l]({ option: `--${head}`, example: spec.example }));
      }
      value = next;
      i += 1;
    }
    if (value === "")
      return fail((l) => m.missingValue[l]({ option: `--${head}`, example: spec.example }));
    values.set(head, value);
  }
  return { ok: true, raw: { values, positionals } };
}

function choice<T extends string>(
  raw: Raw,
  name: string,
  choices: readonly T[],
  fallback: T | undefined
): { ok: true; value: T | undefined } | Fail {
  const value = raw.values.get(name);
  if (value === undefined) return { ok: true, value: fallback };
  if (typeof value === "string" && (choices as readonly string[]).includes(value))
    return { ok: true, value: value as T };
  return fail((l) =>
    m.badChoice[l]({ option: `--${name}`, choices: [...choices], value: String(value) })
  );
}

/** Parses argv (without "node" and the script). Never throws: usage errors come back as messages. */
export function parseCommandLine(argv: readonly string[]): ArgsResult {
  const scanned = scan(argv);
  if (!scanned.ok) return scanned;
  const { raw } = scanned;
  const flag = (name: string): boolean => raw.values.get(name) === true;
  const text = (name: string): string | undefined => {
    const v = raw.values.get(name);
    return typeof v === "string" ? v : undefined;
  };
  if (flag("help")) return { ok: true, value: { command: "help" } };
  if (flag("version")) return { ok: true, value: { command: "version" } };
  const [command, input, ...extra] = raw.positionals;
  if (command === undefined) return { ok: true, value: { command: "help" } };
  if (command !== "summarize") return fail((l) => m.unknownCommand[l]({ command }));
  if (extra.length > 0) return fail((l) => m.extraInput[l]({ extra }));
  const lang = choice(raw, "lang", LANGUAGES, undefined);
  if (!lang.ok) return lang;
  const rankMethod = choice(raw, "rank-method", RANK_METHODS, "competition");
  if (!rankMethod.ok) return rankMethod;
  const totals = choice(raw, "totals", TOTALS, "reported");
  if (!totals.ok) return totals;
  const out = text("out");
  if (out !== undefined && !/\.xlsx$/iu.test(out))
    return fail((l) => m.outNotXlsx[l]({ value: out }));
  if (flag("precise") && input !== undefined) return fail((l) => m.preciseWithInput[l]());
  const sheet = text("sheet");
  if (sheet !== undefined && (input === undefined || TEXT_INPUT.test(input)))
    return fail((l) => m.sheetNeedsXlsx[l]());
  if (flag("pretty") && !flag("json")) return fail((l) => m.prettyNeedsJson[l]());
  const sheets = text("sheets");
  if (sheets !== undefined && out === undefined) return fail((l) => m.sheetsNeedOut[l]());
  return {
    ok: true,
    value: {
      command: "summarize",
      input,
      json: flag("json"),
      pretty: flag("pretty"),
      out,
      framework: text("framework"),
      precise: flag("precise"),
      sheet,
      lang: lang.value,
      allowInvalid: flag("allow-invalid"),
      rankMethod: rankMethod.value ?? "competition",
      totals: totals.value ?? "reported",
      weights: text("weights"),
      sheets,
    },
  };
}

/** `--lang` as far as it can be read from argv, for messages about argv itself. */
export function languageOf(argv: readonly string[]): MessageLanguage {
  const at = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const value =
    at < 0 ? undefined : argv[at]?.includes("=") ? argv[at]?.split("=")[1] : argv[at + 1];
  return value === "zh" ? "zh" : "en";
}
