/**
 * The 2015 report's own history as editions: the 2011-2015 top ten (图表 12, line 788), and for
 * 2014 and 2015 each dimension's top ten by score rate (图表 25, 41, 54, 64, 77, 87) plus the 2014
 * national dimension rates (line 314). Data: src/data/editions-2011-2015.ts.
 */
import {
  DIMENSION_TOP_TABLES,
  HISTORY_TABLE,
  NATIONAL_RATES_2014,
  WEIGHTS_2014,
  type PrintedRow,
} from "../../data/editions-2011-2015";
import { framework2015 } from "../bundled";
import { publishedEdition } from "./edition";
import type { Edition, EditionDimension, EditionRow } from "./types";

/** One row per city of the printed rows (a cell naming several tied cities gives several rows). */
function rowsOf(printed: readonly PrintedRow[]): EditionRow[] {
  return printed.flatMap((r) =>
    r.cities.map((city) => ({
      city,
      rank: r.rank,
      total: null,
      ratePercent: r.ratePercent ?? null,
    }))
  );
}

function reportDimensions(year: "2014" | "2015"): EditionDimension[] {
  const framework = framework2015();
  return DIMENSION_TOP_TABLES.map((t) => {
    const d = framework.dimensions.find((x) => x.id === t.id);
    const printed = year === "2014" ? t.rows2014 : t.rows2015;
    const weight2014 = WEIGHTS_2014.find((w) => w.id === t.id);
    const rate2014 = NATIONAL_RATES_2014.ratePercent[t.id];
    const provenance = [{ table: t.table, lines: printed.map((r) => r.line) }];
    if (year === "2014" && rate2014 !== undefined)
      provenance.push({ table: "national rates", lines: [NATIONAL_RATES_2014.line] });
    return {
      id: t.id,
      name: d?.name ?? t.id,
      nameEn: d?.nameEn || null,
      weight: year === "2015" ? (d?.weight ?? null) : (weight2014?.weight ?? null),
      ratePercent: year === "2014" ? (rate2014 ?? null) : null,
      regionRatesPercent: {},
      top: rowsOf(printed),
      provenance,
    };
  });
}

/**
 * The five editions 2011-2015 as published lists, oldest first. `latest`, when given, replaces
 * the published 2015 edition (e.g. the full evaluation of the bundled 2015 data).
 */
export function reportEditions(latest?: Edition): Edition[] {
  const editions = HISTORY_TABLE.years.map((year, e) => {
    const rows = HISTORY_TABLE.rows.map((r) => ({ city: r.cities[e] ?? "", rank: r.rank }));
    const dimensions = year === "2014" || year === "2015" ? reportDimensions(year) : [];
    const edition = publishedEdition(year, rows, { dimensions });
    edition.provenance.push({
      table: HISTORY_TABLE.table,
      lines: HISTORY_TABLE.rows.map((r) => r.line),
    });
    return edition;
  });
  if (latest) editions[editions.length - 1] = latest;
  return editions;
}
