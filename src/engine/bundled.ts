import framework2015Json from "../data/framework-2015.json";
import { CITIES_2015_CSV } from "../data/cities-2015.generated";
import { SCORES_2015_CSV } from "../data/scores-2015.generated";
import { SCORES_2015_PRECISE_CSV } from "../data/scores-2015-precise.generated";
import { parseCsv } from "./csv";
import { parseFramework } from "./framework";
import { readGrid } from "./table";
import type { CityMeta, Dataset, Framework } from "./types";

let cached: Framework | undefined;

/** The bundled 2015 framework: 6 dimensions, 16 indicators, one bonus item, 105 points. */
export function framework2015(): Framework {
  if (!cached) {
    const result = parseFramework(framework2015Json);
    if (!result.ok) throw new Error(`Bundled framework is invalid: ${result.errors.join(" ")}`);
    cached = result.framework;
  }
  return cached;
}

/** Parses bundled CSV text into a grid, failing loudly: bundled data is checked by the tests. */
function bundledGrid(csv: string, name: string): string[][] {
  const parsed = parseCsv(csv);
  if (!parsed.ok)
    throw new Error(`Bundled ${name} is not valid CSV: row ${parsed.row}: ${parsed.message}`);
  return parsed.rows;
}

/** City metadata of the 2015 report (region, province, level), keyed by city name. */
export function cities2015(): Map<string, CityMeta> {
  const [, ...rows] = bundledGrid(CITIES_2015_CSV, "cities-2015.csv");
  return new Map(
    rows.map(([city, region, province, level]) => [
      city ?? "",
      { region: region ?? null, province: province ?? null, level: level ?? null },
    ])
  );
}

/** The 2015 score table as printed in the report's appendix, as a grid (header row first). */
export function grid2015(precise = false): string[][] {
  return bundledGrid(precise ? SCORES_2015_PRECISE_CSV : SCORES_2015_CSV, "scores-2015.csv");
}

/**
 * The 2015 appendix as a dataset (151 cities), with the report's own region, province and level.
 * `precise` uses the reconstruction with the hidden decimals (METHOD.md).
 */
export function dataset2015(precise = false): Dataset {
  const framework = framework2015();
  const source = precise ? "scores-2015-precise.csv" : "scores-2015.csv";
  const dataset = readGrid(grid2015(precise), framework, { source });
  const meta = cities2015();
  return { ...dataset, cities: dataset.cities.map((c) => ({ ...c, ...meta.get(c.city) })) };
}
