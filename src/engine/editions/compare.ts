/**
 * Comparing editions (docs/editions.md): ranks always, score rates where known (never points,
 * since frameworks change between editions), dimensions matched by id or name.
 */
import { lookupCity, normalizeCityName } from "../cities";
import { normalizeName } from "../text";
import { DEFAULT_TOP_N, topRows } from "./edition";
import type {
  CityTrack,
  DimensionTrack,
  Edition,
  EditionComparison,
  EditionDimension,
  EditionNote,
  TopChange,
} from "./types";

/** How names are matched across editions: a bundled city by its official name, else as written. */
type Identity = { key: string; display: string; resolved: boolean };

function identify(name: string): Identity {
  const written = normalizeCityName(name);
  const city = lookupCity(written);
  return city
    ? { key: city.name, display: city.short, resolved: true }
    : { key: written, display: written, resolved: false };
}

const difference = (a: number | null | undefined, b: number | null | undefined): number | null =>
  a === null || a === undefined || b === null || b === undefined ? null : a - b;

/** Cities of one edition's top N, by key. */
function topKeys(edition: Edition, n: number): string[] {
  return topRows(edition.ranking, n).map((r) => identify(r.city).key);
}

function cityTracks(editions: readonly Edition[], notes: EditionNote[]): CityTrack[] {
  const tracks = new Map<string, CityTrack & { labels: string[]; resolved: boolean }>();
  const count = editions.length;
  editions.forEach((edition, e) => {
    const seen = new Set<string>();
    for (const row of edition.ranking) {
      const id = identify(row.city);
      if (seen.has(id.key)) {
        notes.push({ code: "duplicateCity", city: row.city, label: edition.label });
        continue;
      }
      seen.add(id.key);
      let track = tracks.get(id.key);
      if (!track) {
        track = {
          city: id.display,
          ranks: new Array<number | null>(count).fill(null),
          ratesPercent: new Array<number | null>(count).fill(null),
          rankChanges: [],
          rateChangesPoints: [],
          isCity: id.resolved,
          labels: [],
          resolved: id.resolved,
        };
        tracks.set(id.key, track);
      }
      track.ranks[e] = row.rank;
      track.ratesPercent[e] = row.ratePercent;
      track.labels.push(edition.label);
    }
  });
  const all = [...tracks.values()];
  // Data that names no bundled city at all (another country's cities) gets no "not a city" notes.
  const anyResolved = all.some((t) => t.resolved);
  for (const t of all) {
    if (!anyResolved) t.isCity = true;
    else if (!t.isCity) notes.push({ code: "notACity", city: t.city, labels: t.labels });
    for (let e = 1; e < count; e++) {
      t.rankChanges.push(difference(t.ranks[e - 1], t.ranks[e]));
      t.rateChangesPoints.push(difference(t.ratesPercent[e], t.ratesPercent[e - 1]));
    }
  }
  const latest = (t: CityTrack): number => {
    for (let e = t.ranks.length - 1; e >= 0; e--) if (t.ranks[e] !== null) return e;
    return -1;
  };
  return all
    .sort((a, b) => latest(b) - latest(a) || (a.ranks[latest(a)] ?? 0) - (b.ranks[latest(b)] ?? 0))
    .map(({ labels: _labels, resolved: _resolved, ...track }) => track);
}

const dimensionKeys = (d: EditionDimension): string[] =>
  [d.id === null ? null : `id:${d.id}`, `name:${normalizeName(d.name)}`].filter(
    (k): k is string => k !== null
  );

function dimensionTracks(editions: readonly Edition[], topN: number): DimensionTrack[] {
  const count = editions.length;
  const tracks: DimensionTrack[] = [];
  const byKey = new Map<string, DimensionTrack>();
  // Newest edition first, so the tracks follow the newest framework's order and names.
  for (let e = count - 1; e >= 0; e--) {
    for (const d of editions[e]?.dimensions ?? []) {
      const keys = dimensionKeys(d);
      let track = keys.map((k) => byKey.get(k)).find((t) => t !== undefined);
      if (!track) {
        track = {
          id: d.id,
          name: d.name,
          nameEn: d.nameEn,
          weights: new Array<number | null>(count).fill(null),
          ratesPercent: new Array<number | null>(count).fill(null),
          regionRatesPercent: {},
          tops: Array.from({ length: count }, () => []),
        };
        tracks.push(track);
      }
      if (track.ratesPercent[e] !== null || (track.tops[e]?.length ?? 0) > 0) continue;
      for (const k of keys) if (!byKey.has(k)) byKey.set(k, track);
      track.weights[e] = d.weight;
      track.ratesPercent[e] = d.ratePercent;
      track.tops[e] = topRows(d.top, topN);
      for (const [region, rate] of Object.entries(d.regionRatesPercent)) {
        const rates = (track.regionRatesPercent[region] ??= new Array<number | null>(count).fill(
          null
        ));
        rates[e] = rate;
      }
    }
  }
  return tracks;
}

function topChanges(editions: readonly Edition[], topN: number): TopChange[] {
  const changes: TopChange[] = [];
  for (let e = 1; e < editions.length; e++) {
    const before = editions[e - 1] as Edition;
    const after = editions[e] as Edition;
    const was = topKeys(before, topN);
    const now = topKeys(after, topN);
    const display = (key: string): string => identify(key).display;
    changes.push({
      from: before.label,
      to: after.label,
      entered: now.filter((k) => !was.includes(k)).map(display),
      left: was.filter((k) => !now.includes(k)).map(display),
    });
  }
  return changes;
}

/**
 * Compares editions given oldest first. `topN` (default 10) is the size of the top lists whose
 * entries and exits are reported; ties at rank N stay in.
 */
export function compareEditions(
  editions: readonly Edition[],
  options: { topN?: number } = {}
): EditionComparison {
  const topN = options.topN ?? DEFAULT_TOP_N;
  const notes: EditionNote[] = [];
  for (const edition of editions) {
    if (edition.ranking.length > 0 && edition.ranking.every((r) => r.ratePercent === null))
      notes.push({ code: "noRates", label: edition.label });
    if (edition.kind === "published")
      notes.push({ code: "partialList", label: edition.label, listed: edition.ranking.length });
  }
  const cities = cityTracks(editions, notes);
  return {
    editions: editions.map((e) => ({
      label: e.label,
      kind: e.kind,
      cities: e.ranking.length,
      maxTotal: e.maxTotal,
    })),
    topN,
    cities,
    dimensions: dimensionTracks(editions, topN),
    topChanges: topChanges(editions, topN),
    notes,
  };
}
