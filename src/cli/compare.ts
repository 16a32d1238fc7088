/**
 * `smartcity compare OLDEST ... NEWEST [--framework-of N=file.json] [--json | --out f.xlsx]`
 * (issue 14, docs/editions.md). JSON on stdout: `{editions, topN, cities, dimensions, entered,
 * left, notes}`; rates in percent, rate changes in percentage points, null where unknown.
 */
import * as path from "node:path";
import { compareEditions, type EditionComparison } from "../engine/editions";
import type { Edition } from "../engine/editions";
import { cliMessages as m } from "../engine/messages/cli";
import { editionsMessages as e } from "../engine/messages/editions";
import type { MessageLanguage } from "../engine/messages";
import { editionNoteText, editionsWorkbookLayout } from "../layout/editions";
import { writeSummaryWorkbook } from "../xlsx/write";
import { languageOf } from "./args";
import { COMPARE_USAGE, parseCompareArgs, type CompareOptions } from "./compare-args";
import { readEdition } from "./compare-read";
import { targetProblem } from "./output-file";
import { formatTable } from "./report";
import { escapeLine } from "./terminal";

import type { Io } from "./main";

/** The exit codes of main.ts's EXIT (not imported: main.ts imports this module). */
const EXIT = { ok: 0, invalid: 1, badInput: 2 } as const;

const last = <T>(items: readonly T[]): T | null => items[items.length - 1] ?? null;

/** The JSON shape of the comparison (README of issue 14). */
export function comparisonJson(c: EditionComparison, language: MessageLanguage): unknown {
  const change = c.topChanges[c.topChanges.length - 1];
  return {
    editions: c.editions.map((x) => ({ label: x.label, kind: x.kind, cities: x.cities })),
    topN: c.topN,
    cities: c.cities.map((t) => ({
      city: t.city,
      ranks: t.ranks,
      rates: t.ratesPercent,
      rankChange: last(t.rankChanges),
      rateChange: last(t.rateChangesPoints),
      isCity: t.isCity,
    })),
    dimensions: Object.fromEntries(
      c.dimensions.map((d) => [d.name, { id: d.id, weights: d.weights, rates: d.ratesPercent }])
    ),
    entered: change?.entered ?? [],
    left: change?.left ?? [],
    notes: c.notes.map((n) => editionNoteText(n, language)),
  };
}

/** The newest top N with their ranks in every edition, as a terminal table. */
function textTable(c: EditionComparison, language: MessageLanguage): string {
  const newest = c.editions.length - 1;
  const top = c.cities.filter((t) => (t.ranks[newest] ?? Infinity) <= c.topN);
  const header = [
    e.colCity[language](),
    ...c.editions.map((x) => x.label),
    e.colRankChange[language](),
  ];
  const rows = top.map((t) => {
    const changed = last(t.rankChanges);
    return [
      t.city,
      ...t.ranks.map((r) => (r === null ? "-" : String(r))),
      changed === null ? "-" : changed > 0 ? `+${changed}` : String(changed),
    ];
  });
  return formatTable(header, rows, [false, ...c.editions.map(() => true), true]);
}

async function readAll(
  options: CompareOptions,
  io: Io,
  err: (line: string) => void,
  l: MessageLanguage
): Promise<Edition[] | number> {
  const editions: Edition[] = [];
  for (const [i, file] of options.files.entries()) {
    const read = await readEdition({
      file,
      label: options.labels[i] ?? file,
      framework: options.frameworks.get(i),
      topN: options.topN,
      allowInvalid: options.allowInvalid,
      cwd: io.cwd,
      language: l,
    });
    read.lines.forEach(err);
    if (!read.ok) return read.invalid ? EXIT.invalid : EXIT.badInput;
    editions.push(read.edition);
  }
  return editions;
}

/** Runs `smartcity compare` on `argv` (starting with "compare"); returns the exit code. */
export async function runCompare(argv: readonly string[], io: Io): Promise<number> {
  const err = (line: string): void => io.stderr(`${escapeLine(line)}\n`);
  const parsed = parseCompareArgs(argv.slice(1));
  let l = languageOf(argv);
  if (!parsed.ok) {
    err(m.usagePrefix[l]({ problem: parsed.message(l) }));
    return EXIT.badInput;
  }
  if (parsed.value.command === "help") {
    io.stdout(`${COMPARE_USAGE}\n`);
    return EXIT.ok;
  }
  const options = parsed.value;
  l = options.lang ?? l;
  const out = options.out;
  const outPath = out === undefined ? null : path.resolve(io.cwd, out);
  if (out !== undefined && outPath !== null) {
    const guarded = [
      ...options.files.map((file) => ({ kind: "input" as const, file })),
      ...[...options.frameworks.values()].map((file) => ({ kind: "framework" as const, file })),
    ].map((g) => ({ ...g, resolved: path.resolve(io.cwd, g.file) }));
    const problem = await targetProblem(outPath, guarded);
    if (problem !== null) {
      err(
        problem.kind === "folder"
          ? m.outIsFolder[l]({ out })
          : problem.kind === "input"
            ? m.outIsInput[l]({ out, input: problem.file })
            : m.outIsFramework[l]({ out, framework: problem.file })
      );
      return EXIT.badInput;
    }
  }
  const editions = await readAll(options, io, err, l);
  if (typeof editions === "number") return editions;
  const comparison = compareEditions(editions, { topN: options.topN });
  const language = options.lang ?? "zh";
  if (out !== undefined && outPath !== null) {
    try {
      await writeSummaryWorkbook(editionsWorkbookLayout(comparison, language), outPath);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      err(m.cannotWrite[l]({ out, reason: code ?? (error as Error).message }));
      return EXIT.badInput;
    }
    err(e.wroteComparison[l]({ out, editions: editions.length, cities: comparison.cities.length }));
  }
  if (options.json) {
    io.stdout(`${JSON.stringify(comparisonJson(comparison, l), null, options.pretty ? 2 : 0)}\n`);
  } else {
    io.stdout(`${textTable(comparison, language).split("\n").map(escapeLine).join("\n")}\n`);
    comparison.notes.forEach((n) => err(editionNoteText(n, l)));
  }
  return EXIT.ok;
}
