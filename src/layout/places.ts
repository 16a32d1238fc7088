/**
 * Names of cities, provinces, regions and levels in the layout's language. Chinese keeps the
 * data as given; English uses the bundled table's names (src/data/china-cities.ts: pinyin or the
 * customary name, generated at build time) and leaves a name it does not know as given.
 * docs/method.md, "Regions, provinces and levels".
 */
import { CHINA_PROVINCES, lookupCity } from "../engine/cities";
import { LEVEL_NAMES_EN, REGION_NAMES_EN } from "../data/china-cities";
import type { Language } from "./types";

export type PlaceKind = "city" | "province" | "region" | "level";

export type PlaceNames = {
  /** True when names are translated (English); false keeps them as given. */
  translated: boolean;
  name(kind: PlaceKind, value: string): string;
  /** `values` translated; the same array when nothing is translated. */
  column<T extends string | null>(kind: PlaceKind, values: T[]): T[];
};

const PROVINCES_EN = new Map(CHINA_PROVINCES.map((p) => [p.short, p.en]));
const REGIONS_EN = new Map<string, string>(Object.entries(REGION_NAMES_EN));
const LEVELS_EN = new Map<string, string>(Object.entries(LEVEL_NAMES_EN));

function english(kind: PlaceKind, value: string): string | undefined {
  switch (kind) {
    case "city":
      return lookupCity(value)?.en;
    case "province":
      return PROVINCES_EN.get(value) ?? lookupCity(value)?.en;
    case "region":
      return REGIONS_EN.get(value);
    case "level":
      return LEVELS_EN.get(value);
  }
}

export function placeNames(language: Language): PlaceNames {
  if (language === "zh")
    return { translated: false, name: (_, value) => value, column: (_, values) => values };
  // One lookup per distinct name: 100,000 cities cost 100,000 map reads, not table lookups;
  // a map per kind, so a read builds no key string.
  const caches = new Map<PlaceKind, Map<string, string>>();
  const name = (kind: PlaceKind, value: string): string => {
    let cache = caches.get(kind);
    if (cache === undefined) caches.set(kind, (cache = new Map()));
    let found = cache.get(value);
    if (found === undefined) cache.set(value, (found = english(kind, value) ?? value));
    return found;
  };
  return {
    translated: true,
    name,
    column: <T extends string | null>(kind: PlaceKind, values: T[]): T[] =>
      values.map((v) => (v === null ? v : name(kind, v))) as T[],
  };
}
