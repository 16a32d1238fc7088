/**
 * A city's profile (docs/explore.md, "Profiles"): total, rank and group ranks, each dimension's
 * rate against the national and regional means, strengths and weaknesses (the indicators whose
 * rate lies furthest above / below the national rate) and peers (the nearest cities by the
 * Euclidean distance of their dimension-rate profiles). Rates are percents, as in `Evaluation`.
 */
import { normalizeCityName } from "../cities";
import { plainRecord } from "../describe";
import type { Evaluation, Grouping } from "../evaluation-types";

export type ProfileDimension = {
  score: number;
  /** Percent of the weight. */
  rate: number;
  rank: number;
  /** Mean rate of all cities, percent. */
  nationalRate: number | null;
  /** Mean rate of the city's region, percent; null without a region. */
  regionRate: number | null;
};

export type ProfileIndicator = {
  name: string;
  nameEn: string;
  rate: number;
  nationalRate: number;
  /** rate − nationalRate, percentage points. */
  difference: number;
  rank: number;
};

export type ProfilePeer = { city: string; rank: number; total: number; distance: number };

export type CityProfile = {
  city: string;
  region: string | null;
  province: string | null;
  level: string | null;
  total: number;
  rank: number;
  /** Number of ranked cities. */
  cities: number;
  groupRanks: Record<Grouping, number | null>;
  dimensions: Record<string, ProfileDimension>;
  /** English name of each dimension, by its name (for English sheets; not in the JSON). */
  dimensionNamesEn: Record<string, string>;
  strengths: ProfileIndicator[];
  weaknesses: ProfileIndicator[];
  peers: ProfilePeer[];
};

/** The JSON contract of `smartcity profile --json`. */
export type CityProfileJson = Omit<
  CityProfile,
  | "strengths"
  | "weaknesses"
  | "peers"
  | "cities"
  | "region"
  | "province"
  | "level"
  | "dimensionNamesEn"
> & {
  strengths: string[];
  weaknesses: string[];
  peers: string[];
};

export type ProfileOptions = { strengths?: number; peers?: number };

const strip = (name: string): string => normalizeCityName(name).replace(/市$/u, "");

/** Index (input order) of a city by name, ignoring spaces, full-width forms and a trailing 市. */
export function findCityIndex(evaluation: Evaluation, name: string): number | null {
  const names = evaluation.columns.city;
  const exact = names.indexOf(name);
  if (exact >= 0) return exact;
  const key = strip(name);
  if (key === "") return null;
  const found = names.findIndex((c) => strip(c) === key);
  return found >= 0 ? found : null;
}

/** The profile of city `k` (input order). Cost O(n × dimensions) for the peers. */
export function cityProfile(
  evaluation: Evaluation,
  k: number,
  options: ProfileOptions = {}
): CityProfile {
  const { columns, statistics } = evaluation;
  const region = columns.region[k] ?? null;
  const regionRow = evaluation.groups.region.find((g) => g.name === region);
  const dimensions = plainRecord<ProfileDimension>();
  for (const [name, s] of Object.entries(columns.dimensions)) {
    dimensions[name] = {
      score: s.score[k] as number,
      rate: s.rate[k] as number,
      rank: s.rank[k] as number,
      nationalRate: statistics[name]?.rate ?? null,
      regionRate: regionRow?.rate[name] ?? null,
    };
  }
  const indicators = evaluation.framework.dimensions.flatMap((d) => d.indicators);
  const compared = indicators.map((ind): ProfileIndicator => {
    const s = columns.indicators[ind.name];
    const rate = (s?.rate[k] as number | undefined) ?? 0;
    const nationalRate = statistics[ind.name]?.rate ?? 0;
    return {
      name: ind.name,
      nameEn: ind.nameEn,
      rate,
      nationalRate,
      difference: rate - nationalRate,
      rank: (s?.rank[k] as number | undefined) ?? 0,
    };
  });
  const count = options.strengths ?? 3;
  const byDifference = [...compared].sort((a, b) => b.difference - a.difference);
  return {
    city: columns.city[k] as string,
    region,
    province: columns.province[k] ?? null,
    level: columns.level[k] ?? null,
    total: columns.total[k] as number,
    rank: columns.rank[k] as number,
    cities: columns.city.length,
    groupRanks: {
      region: columns.groupRanks.region[k] ?? null,
      province: columns.groupRanks.province[k] ?? null,
      level: columns.groupRanks.level[k] ?? null,
    },
    dimensions,
    dimensionNamesEn: Object.assign(
      plainRecord<string>(),
      Object.fromEntries(evaluation.framework.dimensions.map((d) => [d.name, d.nameEn || d.name]))
    ),
    strengths: byDifference.filter((x) => x.difference > 0).slice(0, count),
    weaknesses: byDifference
      .filter((x) => x.difference < 0)
      .reverse()
      .slice(0, count),
    peers: peersOf(evaluation, k, options.peers ?? 5),
  };
}

/** The `count` cities nearest to city k by dimension-rate profile (ties: input order). */
function peersOf(evaluation: Evaluation, k: number, count: number): ProfilePeer[] {
  const { columns } = evaluation;
  const rates = Object.values(columns.dimensions).map((s) => s.rate);
  const n = columns.city.length;
  const distance = new Float64Array(n);
  for (let c = 0; c < n; c++) {
    let d2 = 0;
    for (const r of rates) d2 += ((r[c] as number) - (r[k] as number)) ** 2;
    distance[c] = Math.sqrt(d2);
  }
  const others = Array.from({ length: n }, (_, c) => c).filter((c) => c !== k);
  others.sort((a, b) => (distance[a] as number) - (distance[b] as number) || a - b);
  return others.slice(0, count).map((c) => ({
    city: columns.city[c] as string,
    rank: columns.rank[c] as number,
    total: columns.total[c] as number,
    distance: distance[c] as number,
  }));
}

/** The public JSON shape of a profile. */
export function profileJson(profile: CityProfile): CityProfileJson {
  return {
    city: profile.city,
    total: profile.total,
    rank: profile.rank,
    groupRanks: profile.groupRanks,
    dimensions: profile.dimensions,
    strengths: profile.strengths.map((s) => s.name),
    weaknesses: profile.weaknesses.map((s) => s.name),
    peers: profile.peers.map((p) => p.city),
  };
}
