/** Arguments of `smartcity uncertainty` and `smartcity profile` (src/cli/explore.ts). */
import type { MessageLanguage } from "../engine/messages";
import { cliMessages as m } from "../engine/messages/cli";
import { exploreMessages as x } from "../engine/messages/explore";
import type { WeightLevel } from "../engine/explore/score-matrix";

export type ExploreOptions = {
  command: "uncertainty" | "profile";
  help: boolean;
  city: string | undefined;
  input: string | undefined;
  json: boolean;
  pretty: boolean;
  out: string | undefined;
  framework: string | undefined;
  sheet: string | undefined;
  precise: boolean;
  lang: "zh" | "en" | undefined;
  allowInvalid: boolean;
  runs: number;
  spread: number;
  seed: number;
  level: WeightLevel;
  /**
   * --region / --province / --level: a group of cities (all given must match). profile: one
   * profile per city of the group instead of CITY; uncertainty: the group's interval chart.
   */
  groups: GroupFilter;
};

export type GroupFilter = Partial<Record<"region" | "province" | "level", string>>;

type Fail = { ok: false; message: (l: MessageLanguage) => string };
const FLAGS = ["json", "pretty", "precise", "allow-invalid", "per-indicator", "help"];
const VALUES = ["out", "framework", "sheet", "lang", "runs", "spread", "seed"];
const GROUPS = ["region", "province", "level"] as const;
const MAX_RUNS = 1_000_000;

/** A number option within [min, max] (integers when `integer`). */
function numberOption(
  values: Map<string, string>,
  name: string,
  fallback: number,
  min: number,
  max: number,
  integer: boolean
): number | Fail {
  const raw = values.get(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (
    raw.trim() === "" ||
    !Number.isFinite(value) ||
    value < min ||
    value > max ||
    (integer && !Number.isInteger(value))
  )
    return {
      ok: false,
      message: (l) =>
        x.badNumber[l]({
          option: `--${name}`,
          value: raw,
          expected: `${min} … ${max}`,
        }),
    };
  return value;
}

export function parseExploreArgs(
  argv: readonly string[]
): { ok: true; value: ExploreOptions } | Fail {
  const [command, ...rest] = argv;
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const positionals: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (!arg.startsWith("--") || arg === "--") {
      if (arg !== "--") positionals.push(arg);
      continue;
    }
    const [name = "", inline] = arg.slice(2).split(/=(.*)/su);
    if (arg === "-h" || name === "help") flags.add("help");
    else if (FLAGS.includes(name)) flags.add(name);
    else if (VALUES.includes(name) || (GROUPS as readonly string[]).includes(name)) {
      const value = inline ?? rest[++i];
      if (value === undefined)
        return {
          ok: false,
          message: (l) => m.missingValue[l]({ option: `--${name}`, example: `--${name} …` }),
        };
      values.set(name, value);
    } else
      return { ok: false, message: (l) => m.unknownOption[l]({ option: arg, suggestion: null }) };
  }
  const groups: GroupFilter = {};
  for (const g of GROUPS) if (values.has(g)) groups[g] = values.get(g);
  // With a group, `profile` takes no CITY: its first positional is the input.
  const takesCity = command === "profile" && Object.keys(groups).length === 0;
  const [first, second, ...extra] = positionals;
  const city = takesCity ? first : undefined;
  const input = takesCity ? second : first;
  if (extra.length > 0 || (!takesCity && second !== undefined))
    return {
      ok: false,
      message: (l) => m.extraInput[l]({ extra: takesCity ? extra : [second ?? "", ...extra] }),
    };
  if (takesCity && city === undefined && !flags.has("help"))
    return { ok: false, message: (l) => x.cityMissing[l]({ example: "无锡" }) };
  const isProfile = command === "profile";
  const out = values.get("out");
  if (out !== undefined && !/\.xlsx$/iu.test(out))
    return { ok: false, message: (l) => m.outNotXlsx[l]({ value: out }) };
  const lang = values.get("lang");
  if (lang !== undefined && lang !== "zh" && lang !== "en")
    return {
      ok: false,
      message: (l) => m.badChoice[l]({ option: "--lang", choices: ["zh", "en"], value: lang }),
    };
  const runs = numberOption(values, "runs", 1000, 1, MAX_RUNS, true);
  if (typeof runs !== "number") return runs;
  const spread = numberOption(values, "spread", 0.25, 0, 0.99, false);
  if (typeof spread !== "number") return spread;
  const seed = numberOption(values, "seed", 1, 0, 2 ** 32 - 1, true);
  if (typeof seed !== "number") return seed;
  return {
    ok: true,
    value: {
      command: isProfile ? "profile" : "uncertainty",
      help: flags.has("help"),
      city,
      input,
      json: flags.has("json"),
      pretty: flags.has("pretty"),
      out,
      framework: values.get("framework"),
      sheet: values.get("sheet"),
      precise: flags.has("precise"),
      lang: lang as "zh" | "en" | undefined,
      allowInvalid: flags.has("allow-invalid"),
      runs,
      spread,
      seed,
      level: flags.has("per-indicator") ? "indicator" : "dimension",
      groups,
    },
  };
}
