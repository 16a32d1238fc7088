/**
 * City name lookup: from a name as typed in a sheet to the city's province, region and level.
 *
 * Exact matching only. A name resolves when, after {@link normalizeCityName}, it equals a city's
 * full name, its short name, or a suffix variant of them (杭州 / 杭州市; 延边 / 延边州 / 延边自治州 /
 * 延边朝鲜族自治州; 阿里 / 阿里地区; 兴安 / 兴安盟). Anything else is an error that names the input:
 * no fuzzy matching, no guessing.
 */
import {
  CHINA_CITIES,
  CHINA_PROVINCES,
  type ChinaRegion,
  type CityInfo,
  type CityLevel,
  type ProvinceInfo,
} from "../data/china-cities";

export { CHINA_CITIES, CHINA_PROVINCES };
export type { ChinaRegion, CityInfo, CityLevel, ProvinceInfo };

/**
 * What any city table entry carries: the bundled {@link CityInfo}, or a dataset's own metadata
 * (which may leave a field unknown, and may use its own region or level names).
 */
export interface CityEntry {
  /** Full name, e.g. "延边朝鲜族自治州" or "义乌". */
  readonly name: string;
  /** Short name, e.g. "延边"; defaults to the name without its 市/地区/盟/自治州 suffix. */
  readonly short?: string;
  readonly province: string | null;
  readonly region: string | null;
  readonly level: string | null;
}

/** Outcome of resolving a name; `reason` tells an unknown name from an ambiguous one. */
export type CityResolution<C extends CityEntry = CityInfo> =
  { ok: true; city: C } | { ok: false; reason: "empty" | "unknown" | "ambiguous"; message: string };

/** A set of cities with O(1) name lookup. The bundled one is {@link chinaCityTable}. */
export interface CityTable<C extends CityEntry = CityInfo> {
  readonly cities: readonly C[];
  /** The city a name denotes, or undefined when the name is unknown, ambiguous or empty. */
  lookup(name: string): C | undefined;
  /** `lookup` of a name already in {@link normalizeCityName}'s form (not normalised again). */
  lookupNormalized(name: string): C | undefined;
  /** The city a name denotes, or a message saying why the name does not denote one. */
  resolve(name: string): CityResolution<C>;
}

export interface CityTableOptions {
  /** What the table holds, for the unknown-name message ("a city of this dataset"). */
  scope?: string;
  /** Names that must never resolve, each with the candidates it could mean. */
  ambiguous?: Readonly<Record<string, string>>;
  /** Extra explanation appended to the unknown-name message for some names. */
  hints?: Readonly<Record<string, string>>;
}

const SUFFIXES = ["自治州", "地区", "盟", "市"];

const NORMAL_ALREADY = /^[\x21-\x7e\u4e00-\u9fff]*$/u;

/**
 * Canonical form of a city name for matching: Unicode NFKC (full-width letters and digits become
 * ASCII) and no whitespace anywhere, including the full-width space U+3000, no-break spaces, line
 * breaks and zero-width characters. `"杭\u3000州\n"` → `"杭州"`.
 */
export function normalizeCityName(s: string): string {
  // Visible ASCII and CJK unified ideographs are already normal (no NFKC mapping, no space):
  // the common case, checked without normalising (reading 100,000 rows looks up every name).
  if (typeof s === "string" && NORMAL_ALREADY.test(s)) return s;
  return String(s)
    .normalize("NFKC")
    .replace(/[\s\u200B-\u200D\u2060\uFEFF]/gu, "");
}

/** A name without its administrative suffix, keeping at least 2 characters: 杭州市 → 杭州. */
function stripSuffix(name: string): string {
  const suffix = SUFFIXES.find((s) => name.endsWith(s) && name.length - s.length >= 2);
  return suffix ? name.slice(0, -suffix.length) : name;
}

/**
 * All spellings under which an entry resolves, normalized, full name first: the full name, the
 * short name and, for an autonomous prefecture, short + 州 and short + 自治州.
 */
export function cityNameVariants(entry: CityEntry): string[] {
  const name = normalizeCityName(entry.name);
  const short = normalizeCityName(entry.short ?? stripSuffix(name));
  const variants = [name, short];
  if (name.endsWith("自治州") && !short.endsWith("州"))
    variants.push(short + "州", short + "自治州");
  return [...new Set(variants)];
}

function describe(entry: CityEntry): string {
  return entry.province && entry.province !== entry.short
    ? `${entry.name} (${entry.province})`
    : entry.name;
}

/**
 * Builds a table over `cities`. A spelling shared by two entries is ambiguous and resolves to
 * neither, except that an entry's full name beats another entry's short form.
 */
export function createCityTable<C extends CityEntry>(
  cities: readonly C[],
  options: CityTableOptions = {}
): CityTable<C> {
  const scope = options.scope ?? "a city of this table";
  const found = new Map<string, { full: boolean; entries: C[] }>();
  for (const city of cities) {
    cityNameVariants(city).forEach((key, i) => {
      const full = i === 0;
      const slot = found.get(key);
      if (!slot || (full && !slot.full)) found.set(key, { full, entries: [city] });
      else if (slot.full === full && !slot.entries.includes(city)) slot.entries.push(city);
    });
  }
  const byName = new Map<string, C>();
  const ambiguous = new Map<string, string>();
  for (const [key, slot] of found) {
    if (slot.entries.length === 1) byName.set(key, slot.entries[0] as C);
    else ambiguous.set(key, `could be ${slot.entries.map(describe).join(" or ")}`);
  }
  for (const [name, candidates] of Object.entries(options.ambiguous ?? {})) {
    const key = normalizeCityName(name);
    byName.delete(key);
    ambiguous.set(key, candidates);
  }
  const hints = new Map(
    Object.entries(options.hints ?? {}).map(([name, hint]) => [normalizeCityName(name), hint])
  );

  const resolve = (name: string): CityResolution<C> => {
    const key = normalizeCityName(name);
    if (key === "") return { ok: false, reason: "empty", message: "City name is empty" };
    const city = byName.get(key);
    if (city) return { ok: true, city };
    const candidates = ambiguous.get(key);
    if (candidates !== undefined) {
      return {
        ok: false,
        reason: "ambiguous",
        message: `Ambiguous city "${name}": ${candidates}; write the full name`,
      };
    }
    const hint = hints.get(key);
    return {
      ok: false,
      reason: "unknown",
      message: `Unknown city "${name}": not ${scope}${hint ? ` (${hint})` : ""}`,
    };
  };
  return {
    cities,
    resolve,
    lookup: (name) => byName.get(normalizeCityName(name)),
    lookupNormalized: (name) => byName.get(name),
  };
}

/**
 * A table that looks a name up in `primary` first (e.g. a dataset's own metadata) and falls back
 * to `fallback` (e.g. the bundled table) when `primary` does not know the name at all. An
 * ambiguous name in `primary` stays an error.
 */
export function layerCityTables<A extends CityEntry, B extends CityEntry>(
  primary: CityTable<A>,
  fallback: CityTable<B>
): CityTable<A | B> {
  const resolve = (name: string): CityResolution<A | B> => {
    const first = primary.resolve(name);
    return !first.ok && first.reason === "unknown" ? fallback.resolve(name) : first;
  };
  const lookup = (name: string): A | B | undefined => {
    const r = resolve(name);
    return r.ok ? r.city : undefined;
  };
  return {
    cities: [...primary.cities, ...fallback.cities],
    resolve,
    lookup,
    lookupNormalized: lookup,
  };
}

/** Names that must not resolve in the bundled table: 海南 is a province and a 青海 prefecture. */
const CHINA_AMBIGUOUS: Record<string, string> = {
  海南: "the province 海南 or 海南藏族自治州 (海南州) in 青海",
};

let chinaTable: CityTable<CityInfo> | undefined;

/**
 * The bundled table of the 337 prefecture-level and higher cities of mainland China (4
 * municipalities, 333 prefecture-level divisions), built on first use.
 */
export function chinaCityTable(): CityTable<CityInfo> {
  if (!chinaTable) {
    const hints: Record<string, string> = {};
    for (const p of CHINA_PROVINCES) {
      if (CHINA_CITIES.some((c) => c.level === "直辖市" && c.code === p.code)) continue;
      hints[p.name] = hints[p.short] = `${p.short} is a province`;
    }
    chinaTable = createCityTable(CHINA_CITIES, {
      scope: "a prefecture-level or higher city of mainland China",
      ambiguous: CHINA_AMBIGUOUS,
      hints,
    });
  }
  return chinaTable;
}

/** The bundled city a name denotes ("杭州", "杭州市", "杭\u3000州"), or undefined. */
export function lookupCity(name: string): CityInfo | undefined {
  return chinaCityTable().lookup(name);
}

/** `lookupCity` of a name already in {@link normalizeCityName}'s form. */
export function lookupNormalizedCity(name: string): CityInfo | undefined {
  return chinaCityTable().lookupNormalized(name);
}

/**
 * The bundled city a name denotes, or `{ ok: false, message }` naming the input, e.g.
 * `Unknown city "Gotham": not a prefecture-level or higher city of mainland China`.
 */
export function resolveCity(name: string): CityResolution<CityInfo> {
  return chinaCityTable().resolve(name);
}
