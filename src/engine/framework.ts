import {
  frameworkMessages,
  type FrameworkProblem,
  type FrameworkProblemCode,
} from "./messages/framework";
import type { BonusItem, Dimension, Framework, Indicator } from "./types";
import { normalizeName } from "./text";
import { TOTAL_ITEM } from "./totals";

/**
 * The framework file format (README "Framework file format"):
 *
 *   { name, nameEn?, language?: "zh"|"en", maxTotal?,
 *     dimensions: [{ id?, name, nameEn?, weight?, aliases?, indicators: [{ id?, name, nameEn?, weight, aliases? }] }],
 *     bonus?: item | item[] }
 *
 * `name_en` is accepted for `nameEn`. A dimension's weight defaults to the sum of its indicators;
 * a stated weight must equal that sum unless the dimension says `"weightDiffers": true`. A stated
 * `maxTotal` must equal the dimensions' plus the bonus weights.
 */
export type FrameworkResult =
  | { ok: true; framework: Framework }
  /** `errors` in English; `problems` the same as catalogue codes for either language. */
  | { ok: false; errors: string[]; problems: FrameworkProblem[] };

/** Collects problems with their English texts. */
class Problems {
  readonly errors: string[] = [];
  readonly problems: FrameworkProblem[] = [];
  add<C extends FrameworkProblemCode>(
    code: C,
    params: (typeof frameworkMessages)[C]["sample"]
  ): void {
    this.problems.push({ code, params: params as Record<string, unknown> });
    this.errors.push((frameworkMessages[code].en as (a: unknown) => string)(params));
  }
}

const json = (v: unknown): string => JSON.stringify(v) ?? String(v);

type Raw = Record<string, unknown>;

/**
 * Weights run from MIN_WEIGHT to MAX_WEIGHT (README "Framework file format"): finite, positive,
 * and small enough that sums of 100,000 cities' totals, squares and means stay finite.
 */
export const MIN_WEIGHT = 1e-6;
export const MAX_WEIGHT = 1e6;

/**
 * Names and ids that JavaScript objects already carry ("__proto__", "constructor", "toString", …):
 * rejected, so no layer keying a record by a name can reach or change an object's prototype.
 */
const RESERVED_KEYS = new Set([...Object.getOwnPropertyNames(Object.prototype), "prototype"]);

const weightProblem = (weight: unknown): boolean =>
  typeof weight !== "number" ||
  !Number.isFinite(weight) ||
  weight < MIN_WEIGHT ||
  weight > MAX_WEIGHT;

const isObject = (v: unknown): v is Raw => typeof v === "object" && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined =>
  typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;

/** Parses and validates a framework object (already JSON-decoded). Never throws. */
export function parseFramework(input: unknown): FrameworkResult {
  const errors = new Problems();
  if (!isObject(input)) {
    errors.add("notObject", {});
    return { ok: false, errors: errors.errors, problems: errors.problems };
  }
  const name = text(input.name);
  if (!name) errors.add("noName", {});

  const item = (
    raw: unknown,
    path: string,
    fallbackId: string
  ): Omit<Indicator, "dimensionId"> | undefined => {
    if (!isObject(raw)) {
      errors.add("notItemObject", { path });
      return undefined;
    }
    const itemName = text(raw.name);
    if (!itemName) errors.add("itemNoName", { path });
    const weight = raw.weight;
    if (weight !== undefined && weightProblem(weight)) {
      errors.add("badWeight", { path, found: json(weight), min: MIN_WEIGHT, max: MAX_WEIGHT });
    }
    for (const [field, value] of [
      ["name", raw.name],
      ["nameEn", raw.nameEn ?? raw.name_en],
      ["id", raw.id],
    ] as const) {
      if (typeof value === "string" && RESERVED_KEYS.has(value.trim()))
        errors.add("reservedKey", { path, field, value: value.trim() });
    }
    const aliases = raw.aliases === undefined ? [] : raw.aliases;
    if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== "string")) {
      errors.add("badAliases", { path });
    }
    return {
      id: text(raw.id) ?? fallbackId,
      name: itemName ?? "",
      nameEn: text(raw.nameEn) ?? text(raw.name_en) ?? itemName ?? "",
      weight: typeof weight === "number" && !weightProblem(weight) ? weight : NaN,
      aliases: Array.isArray(aliases)
        ? aliases.filter((a): a is string => typeof a === "string")
        : [],
    };
  };

  const dimensions: Dimension[] = [];
  if (!Array.isArray(input.dimensions) || input.dimensions.length === 0) {
    errors.add("noDimensions", {});
  } else {
    input.dimensions.forEach((rawDim, d) => {
      const path = `dimensions[${d}]`;
      const base = item(rawDim, path, `d${d + 1}`);
      if (!base || !isObject(rawDim)) return;
      const rawIndicators = rawDim.indicators;
      if (!Array.isArray(rawIndicators) || rawIndicators.length === 0) {
        errors.add("noIndicators", { path, name: base.name });
        return;
      }
      const indicators: Indicator[] = [];
      rawIndicators.forEach((rawInd, i) => {
        const ind = item(rawInd, `${path}.indicators[${i}]`, `${base.id}.${i + 1}`);
        if (!ind) return;
        if (isObject(rawInd) && rawInd.weight === undefined)
          errors.add("noWeight", { path: `${path}.indicators[${i}]`, name: ind.name });
        indicators.push({ ...ind, dimensionId: base.id });
      });
      const sumOfIndicators = indicators.reduce((s, x) => s + x.weight, 0);
      let weight = base.weight;
      if (Number.isNaN(weight)) weight = sumOfIndicators;
      else if (Math.abs(weight - sumOfIndicators) > 1e-9 && rawDim.weightDiffers !== true) {
        errors.add("weightMismatch", { path, name: base.name, weight, sum: sumOfIndicators });
      }
      dimensions.push({ ...base, weight, indicators });
    });
  }

  const rawBonus =
    input.bonus === undefined ? [] : Array.isArray(input.bonus) ? input.bonus : [input.bonus];
  const bonus: BonusItem[] = [];
  rawBonus.forEach((raw, b) => {
    const it = item(raw, `bonus[${b}]`, `bonus${b + 1}`);
    if (!it) return;
    if (isObject(raw) && raw.weight === undefined)
      errors.add("noWeight", { path: `bonus[${b}]`, name: it.name });
    bonus.push(it);
  });

  const indicators = dimensions.flatMap((d) => d.indicators);
  const seen = new Map<string, string>();
  for (const x of [...dimensions, ...indicators, ...bonus]) {
    for (const key of [x.name, x.id]) {
      const k = normalizeName(key);
      if (k === "" || k === "total" || k === TOTAL_ITEM) {
        if (k !== "") errors.add("reservedTotal", { key });
        continue;
      }
      const other = seen.get(k);
      if (other !== undefined && other !== x.id) errors.add("usedTwice", { key });
      seen.set(k, x.id);
    }
  }

  const maxTotal =
    dimensions.reduce((s, d) => s + d.weight, 0) + bonus.reduce((s, b) => s + b.weight, 0);
  if (
    input.maxTotal !== undefined &&
    (typeof input.maxTotal !== "number" || Math.abs(input.maxTotal - maxTotal) > 1e-9)
  ) {
    errors.add("maxTotalMismatch", { found: json(input.maxTotal), sum: maxTotal });
  }
  const language =
    input.language === "en" || input.language === "zh"
      ? input.language
      : /[\u4e00-\u9fff]/u.test(name ?? "")
        ? "zh"
        : "en";
  if (errors.errors.length > 0)
    return { ok: false, errors: errors.errors, problems: errors.problems };
  return {
    ok: true,
    framework: {
      name: name as string,
      nameEn: text(input.nameEn) ?? text(input.name_en) ?? (name as string),
      language,
      maxTotal,
      dimensions,
      bonus,
      indicators,
    },
  };
}

/** What a name refers to in a framework. */
export type FrameworkItem =
  | { kind: "indicator"; item: Indicator }
  | { kind: "dimension"; item: Dimension }
  | { kind: "bonus"; item: BonusItem }
  | { kind: "total"; weight: number };

const TOTAL_NAMES = [TOTAL_ITEM, "total", "总计", "合计", "totalscore", "score"];

/**
 * Finds an indicator, dimension, bonus item or the total by Chinese name, English name, id or
 * alias, ignoring case, spaces and full-width forms. Cost O(items).
 */
export function findItem(framework: Framework, name: string): FrameworkItem | undefined {
  const key = normalizeName(name);
  if (key === "") return undefined;
  if (TOTAL_NAMES.includes(key)) return { kind: "total", weight: framework.maxTotal };
  const matches = (x: Indicator | Dimension | BonusItem): boolean =>
    [x.name, x.nameEn, x.id, ...x.aliases].some((n) => normalizeName(n) === key);
  for (const item of framework.indicators) if (matches(item)) return { kind: "indicator", item };
  for (const item of framework.dimensions) if (matches(item)) return { kind: "dimension", item };
  for (const item of framework.bonus) if (matches(item)) return { kind: "bonus", item };
  return undefined;
}

export function weightOf(found: FrameworkItem): number {
  return found.kind === "total" ? found.weight : found.item.weight;
}
