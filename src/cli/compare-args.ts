/**
 * Arguments of `smartcity compare OLDEST ... NEWEST [options]` (docs/editions.md). Editions are
 * numbered from 1, oldest first, in `--framework-of N=FILE` and `--label N=TEXT`.
 */
import * as path from "node:path";
import { editionsMessages as e } from "../engine/messages/editions";
import type { MessageLanguage } from "../engine/messages";

export const COMPARE_USAGE = `Usage: smartcity compare OLDEST NEXT ... NEWEST [options]

Compares editions of an evaluation (e.g. one file per year, oldest first). Each file is a full
score table (read like \`smartcity summarize\`) or a published list: a header with rank, city and
total or score rate, and no indicator columns (older editions often survive only as a top ten).
Ranks are compared always, score rates where known (never points: frameworks change).

Options:
  --framework-of N=FILE.json  framework of edition N (default: the bundled 2015 framework); for
                              a published list of totals it gives the maximum total for rates
  --label N=TEXT              label of edition N (default: a 4-digit year in the file name, else
                              the file name)
  --top N                     size of the top lists for entries and exits (default 10)
  --json                      print the comparison as JSON on stdout
  --pretty                    indent the JSON
  --out FILE.xlsx             write the comparison as a workbook (sheet 历年对比 / Editions)
  --lang zh|en                language of the workbook, the table and the messages
  --allow-invalid             go on despite validation errors in a full table
  -h, --help                  this help

Examples:
  smartcity compare scores-2014.csv scores-2015.xlsx --framework-of 1=framework-2014.json --json
  smartcity compare top10-2013.csv 2014.csv 2015.csv --out editions.xlsx --lang en`;

export type CompareOptions = {
  command: "compare";
  files: string[];
  frameworks: Map<number, string>;
  labels: string[];
  topN: number;
  json: boolean;
  pretty: boolean;
  out?: string;
  lang?: MessageLanguage;
  allowInvalid: boolean;
};

export type CompareArgs =
  | { ok: true; value: CompareOptions | { command: "help" } }
  | { ok: false; message: (l: MessageLanguage) => string };

const VALUE_OPTIONS = ["--framework-of", "--label", "--top", "--out", "--lang"];

/** The label of a file: a 4-digit year (1900-2099) in its name, else its name without extension. */
export function labelOf(file: string): string {
  const base = path.basename(file, path.extname(file));
  return /(?<!\d)(?:19|20)\d\d(?!\d)/u.exec(base)?.[0] ?? base;
}

/** Parses `argv` after the word "compare". */
export function parseCompareArgs(argv: readonly string[]): CompareArgs {
  const files: string[] = [];
  const indexed: { option: string; value: string }[] = [];
  const options: Omit<CompareOptions, "files" | "frameworks" | "labels"> = {
    command: "compare",
    topN: 10,
    json: false,
    pretty: false,
    allowInvalid: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    // "--top=5", "--framework-of=2=f.json": the option ends at the first "=".
    const split = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = split > 0 ? arg.slice(0, split) : arg;
    const inline = split > 0 ? arg.slice(split + 1) : undefined;
    if (name === "-h" || name === "--help") return { ok: true, value: { command: "help" } };
    if (name === "--json") options.json = true;
    else if (name === "--pretty") options.pretty = true;
    else if (name === "--allow-invalid") options.allowInvalid = true;
    else if (VALUE_OPTIONS.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined)
        return { ok: false, message: (l) => e.missingValue[l]({ option: name }) };
      if (name === "--top") {
        const n = Number(value);
        if (!Number.isInteger(n) || n < 1 || n > 1000)
          return { ok: false, message: (l) => e.badTop[l]({ value }) };
        options.topN = n;
      } else if (name === "--out") options.out = value;
      else if (name === "--lang") {
        if (value !== "zh" && value !== "en")
          return { ok: false, message: (l) => e.badLanguage[l]({ value }) };
        options.lang = value;
      } else indexed.push({ option: name, value });
    } else if (arg.startsWith("-") && arg !== "-")
      return { ok: false, message: (l) => e.unknownCompareOption[l]({ option: name }) };
    else files.push(arg);
  }
  if (files.length < 2)
    return { ok: false, message: (l) => e.needTwoEditions[l]({ given: files.length }) };
  const frameworks = new Map<number, string>();
  const labels = files.map(labelOf);
  for (const { option, value } of indexed) {
    const match = /^(\d+)=(.+)$/su.exec(value);
    const n = match ? Number(match[1]) : NaN;
    if (!match || n < 1 || n > files.length)
      return {
        ok: false,
        message: (l) => e.badEditionOption[l]({ option, value, editions: files.length }),
      };
    if (option === "--framework-of") frameworks.set(n - 1, match[2] as string);
    else labels[n - 1] = match[2] as string;
  }
  return { ok: true, value: { ...options, files, frameworks, labels } };
}
