/**
 * `smartcity uncertainty` and `smartcity profile` (issue 13; docs/explore.md). JSON on stdout
 * with --json (the public contracts below), a workbook with --out, else a short table.
 *
 *   uncertainty: {runs, spread, seed, cities: [{city, rank, median, p05, p95, top10}],
 *                 sensitivity: {<dimension name>: {first, total}}}   (cities in nominal rank order)
 *   profile:     {city, total, rank, groupRanks, dimensions: {<name>: {score, rate, rank,
 *                 nationalRate, regionRate}}, strengths: [...], weaknesses: [...], peers: [...]}
 */
import * as path from "node:path";
import { evaluate } from "../engine/evaluate";
import { DEFAULT_RUNS, DEFAULT_SEED, DEFAULT_SPREAD } from "../engine/explore/monte-carlo";
import {
  cityProfile,
  findCityIndex,
  profileJson,
  type CityProfile,
} from "../engine/explore/profile";
import { RobustnessRun } from "../engine/explore/robustness";
import { runToEnd } from "../engine/explore/stepped";
import type { MessageLanguage } from "../engine/messages";
import { cliMessages as m } from "../engine/messages/cli";
import { exploreMessages as x } from "../engine/messages/explore";
import { profileSheet, profileSheets } from "../layout/explore/profile";
import { placeNames } from "../layout/places";
import { robustnessSheet } from "../layout/explore/robustness";
import type { SheetLayout } from "../layout/types";
import { renderSummaryXlsx } from "../xlsx/write";
import { parseExploreArgs, type ExploreOptions } from "./explore-args";
import { selectGroup } from "./explore-groups";
import { writeThroughTemp } from "./output-file";
import { readInput } from "./read-input";
import { formatTable } from "./report";
import { escapeLine } from "./terminal";

/** A rank percentile as shown: whole ranks stay whole, interpolated ones get one decimal. */
const rankText = (r: number): string => String(Math.round(r * 10) / 10);

/** Most profile sheets one workbook gets (`profile --region … --out`); --json has no limit. */
export const MAX_PROFILE_SHEETS = 300;

type Io = { stdout: (text: string) => void; stderr: (text: string) => void; cwd: string };

/** True when argv names an explore command; `run` dispatches those here. */
export const isExploreCommand = (argv: readonly string[]): boolean =>
  argv[0] === "uncertainty" || argv[0] === "profile";

/** Runs `uncertainty` or `profile`; returns the exit code (0 ok, 1 invalid data, 2 bad input). */
export async function runExplore(
  argv: readonly string[],
  io: Io,
  l: MessageLanguage
): Promise<number> {
  const err = (line: string): void => io.stderr(`${escapeLine(line)}\n`);
  const parsed = parseExploreArgs(argv);
  if (!parsed.ok) {
    err(m.usagePrefix[l]({ problem: parsed.message(l) }));
    return 2;
  }
  const options = parsed.value;
  if (options.help) {
    io.stdout(`${EXPLORE_USAGE}\n`);
    return 0;
  }
  const read = await readInput({ ...options, cwd: io.cwd, language: l });
  if (!read.ok) {
    read.messages.forEach(err);
    return 2;
  }
  const { dataset } = read;
  const errors = dataset.issues.filter((i) => i.severity === "error").length;
  if (errors > 0 && !options.allowInvalid) {
    err(m.validationErrors[l]({ file: options.input ?? dataset.source, errors }));
    return 1;
  }
  const language = options.lang ?? dataset.framework.language;
  const places = placeNames(language);
  const hasGroup = Object.keys(options.groups).length > 0;
  const base = hasGroup || options.command === "profile" ? evaluate(dataset) : null;
  const group = base && hasGroup ? selectGroup(base.columns, options.groups, l) : null;
  if (group && !group.ok) {
    err(group.message);
    return 2;
  }
  // One sheet per city: a group of thousands would make a workbook nobody can open.
  if (group && options.command === "profile" && options.out !== undefined) {
    if (group.indices.length > MAX_PROFILE_SHEETS) {
      const cities = group.indices.length;
      err(x.tooManyProfiles[l]({ cities, most: MAX_PROFILE_SHEETS }));
      return 2;
    }
  }
  let sheets: SheetLayout[];
  let title: string | undefined;
  let json: unknown;
  let lines: string[];
  if (options.command === "uncertainty") {
    const { result, sensitivity } = runToEnd(new RobustnessRun(dataset, options));
    const { runs, spread, seed, cities } = result;
    json = { runs, spread, seed, cities, sensitivity };
    const names = base?.columns.city ?? [];
    const members = group ? new Set(group.indices.map((k) => names[k] ?? "")) : null;
    const chosen = group && members ? { label: group.label[language], cities: members } : undefined;
    sheets = [robustnessSheet(result, sensitivity, language, chosen)];
    // The terminal shows the top 10, or the whole chosen group.
    const rows = cities
      .filter((c) => members === null || members.has(c.city))
      .slice(0, members ? cities.length : 10)
      .map((c) => [
        String(c.rank),
        places.name("city", c.city),
        rankText(c.median),
        `${rankText(c.p05)}–${rankText(c.p95)}`,
        `${Math.round(c.top10 * 100)}%`,
      ]);
    const numeric = [true, false, true, true, true];
    lines = formatTable(x.uncertaintyHeader[language]().split("|"), rows, numeric).split("\n");
  } else {
    const evaluation = base ?? evaluate(dataset);
    const k = group ? null : findCityIndex(evaluation, options.city ?? "");
    if (!group && k === null) {
      const key = (options.city ?? "").slice(0, 1);
      const suggestions = evaluation.columns.city
        .filter((c) => key !== "" && c.startsWith(key))
        .slice(0, 3);
      err(x.unknownCity[l]({ city: options.city ?? "", suggestions }));
      return 2;
    }
    const profiles = (group ? group.indices : [k as number]).map((i) => cityProfile(evaluation, i));
    json = group ? profiles.map(profileJson) : profileJson(profiles[0] as CityProfile);
    sheets = group
      ? profileSheets(profiles, language)
      : [profileSheet(profiles[0] as CityProfile, language)];
    if (group) title = x.profilesTitle[language]({ group: group.label[language] });
    const rows = profiles.map((p) => [
      places.name("city", p.city),
      p.total.toFixed(2),
      `${p.rank} / ${p.cities}`,
    ]);
    lines = formatTable(x.profileHeader[language]().split("|"), rows, [false, true, true]).split(
      "\n"
    );
  }
  if (options.out !== undefined) {
    const out = options.out;
    const layout = { language, title: title ?? sheets[0]?.title ?? "", sheets };
    try {
      await writeThroughTemp(
        path.resolve(io.cwd, out),
        async () => (await renderSummaryXlsx(layout)).buffer,
        (signal) => err(m.interrupted[l]({ signal }))
      );
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === undefined) throw e;
      err(m.cannotWrite[l]({ out, reason: code }));
      return 2;
    }
  }
  if (options.json) io.stdout(`${JSON.stringify(json, null, options.pretty ? 2 : 0)}\n`);
  else io.stdout(`${lines.map(escapeLine).join("\n")}\n`);
  return 0;
}

export const EXPLORE_USAGE = `Usage: smartcity uncertainty [input] [--runs N] [--spread S] [--seed K] [--per-indicator] [GROUP] [--json | --out FILE.xlsx]
       smartcity profile CITY [input] [--json | --out FILE.xlsx]
       smartcity profile GROUP [input] [--json | --out FILE.xlsx]
GROUP: --region R, --province P, --level L (names as in the data or in English; all given must match).

uncertainty: each dimension weight (each indicator's with --per-indicator) times an independent
uniform factor in [1 − S, 1 + S], rescaled to the framework's maximum total; per city the
nominal, median, 5th and 95th percentile rank and the share of runs in the top 10; Sobol'
first-order and total indices of the mean absolute rank shift per dimension weight. With GROUP,
the robustness sheet adds the group's rank-interval chart.
Defaults: --runs ${DEFAULT_RUNS} --spread ${DEFAULT_SPREAD} --seed ${DEFAULT_SEED}.
profile: total, ranks, dimension rates vs national and regional means, strengths, weaknesses,
peers. With GROUP: one profile sheet per city of the group (in rank order) and a JSON array.
Shared options: --framework, --sheet, --precise, --lang, --allow-invalid, --pretty.`;

export type { ExploreOptions };
