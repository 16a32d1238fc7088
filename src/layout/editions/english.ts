/**
 * The English editions sheet names places in English like the rest of the English workbook
 * (issue 11, "Language"): cities through the bundled city table, regions by name, and the few
 * units of the report's early editions that are not prefecture-level cities by a fixed list.
 */
import type { EditionComparison, EditionNote, EditionRow } from "../../engine/editions";
import { placeNames } from "../places";

/** Units of the 2011-2013 top tens that are districts or county-level cities (docs/editions.md). */
const UNITS_EN: Record<string, string> = {
  浦东新区: "Pudong New Area",
  宁波杭州湾新区: "Ningbo Hangzhou Bay New Area",
  海淀区: "Haidian District",
  昆山: "Kunshan",
  义乌: "Yiwu",
  寿光: "Shouguang",
  万宁: "Wanning",
};

/** `comparison` with city and region names in English (labels, figures and order unchanged). */
export function englishComparison(comparison: EditionComparison): EditionComparison {
  const places = placeNames("en");
  const city = (name: string): string => UNITS_EN[name] ?? places.name("city", name);
  const row = (r: EditionRow): EditionRow => ({ ...r, city: city(r.city) });
  const note = (n: EditionNote): EditionNote =>
    n.code === "notACity" || n.code === "duplicateCity" ? { ...n, city: city(n.city) } : n;
  const regions = <T>(byRegion: Record<string, T>): Record<string, T> =>
    Object.fromEntries(Object.entries(byRegion).map(([r, v]) => [places.name("region", r), v]));
  return {
    ...comparison,
    cities: comparison.cities.map((t) => ({ ...t, city: city(t.city) })),
    dimensions: comparison.dimensions.map((d) => ({
      ...d,
      regionRatesPercent: regions(d.regionRatesPercent),
      tops: d.tops.map((top) => top.map(row)),
    })),
    topChanges: comparison.topChanges.map((c) => ({
      ...c,
      entered: c.entered.map(city),
      left: c.left.map(city),
    })),
    notes: comparison.notes.map(note),
  };
}
