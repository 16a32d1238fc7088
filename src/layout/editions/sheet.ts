/**
 * The editions sheet (历年对比 / Editions, issue 14): history table, entries and exits, bump chart
 * of the newest top ten (line chart, rank axis reversed), risers and fallers, dimension rates per
 * edition and by region, each dimension's top ten side by side, every city, notes. Tables on the
 * left, charts to their right, each chart bound to the table it shows.
 */
import type { EditionComparison, EditionNote } from "../../engine/editions";
import { englishComparison } from "./english";
import { editionsMessages as e } from "../../engine/messages/editions";
import { anchorAt, SheetBuilder, type PlacedTable } from "../sheet-builder";
import { SERIES_COLORS, TAB_COLORS } from "../styles";
import type { ChartSpec, Language, SheetLayout } from "../types";
import {
  bumpTable,
  citiesTable,
  dimensionLabel,
  dimensionRatesTable,
  dimensionTopTable,
  historyTable,
  moversTable,
  regionRatesTable,
  topChangesTable,
  RANK_CHANGE_FORMAT,
  type TableData,
} from "./tables";

export const EDITIONS_SHEET_KEY = "editions";
const CHART_ROWS = 16;
const CHART_COLUMNS = 9;
const CHART_COLUMN_CHARS = 8;
const CHART_GAP_CHARS = 2;
/**
 * Text columns wrap beyond this width (characters): a long list of names in an upper table
 * ("Ningbo Hangzhou Bay New Area, Nanjing") would otherwise widen the rank columns of the city
 * table below it, which then prints one column per page band.
 */
const TEXT_WRAP_CHARS = 20;

/** A comparison note in the sheet's language. */
export function editionNoteText(note: EditionNote, language: Language): string {
  switch (note.code) {
    case "notACity":
      return e.notACity[language](note);
    case "duplicateCity":
      return e.duplicateCity[language](note);
    case "noRates":
      return e.noRates[language](note);
    case "partialList":
      return e.partialList[language](note);
  }
}

const series = (table: PlacedTable, names: string[], first: number) =>
  names.map((name, k) => ({
    name,
    nameRange: table.headerCell(first + k),
    valuesRange: table.dataRange(first + k),
    color: SERIES_COLORS[k % SERIES_COLORS.length],
  }));

/** The editions sheet of a comparison; `name` is its display name (already unique). */
export function editionsSheet(
  comparison: EditionComparison,
  language: Language,
  name = e.sheetName[language]()
): SheetLayout {
  const c = language === "en" ? englishComparison(comparison) : comparison;
  const labels = c.editions.map((ed) => ed.label);
  const first = labels[0] ?? "";
  const newest = labels[labels.length - 1] ?? "";
  const previous = labels[labels.length - 2] ?? first;
  const b = new SheetBuilder(
    EDITIONS_SHEET_KEY,
    name,
    e.sheetTitle[language]({ first, last: newest }),
    language
  );
  b.tabColor = TAB_COLORS.summary;
  let row = 2;
  const place = (
    key: string,
    data: TableData,
    caption: string,
    tableName?: string
  ): PlacedTable => {
    const columns = data.columns.map((col) =>
      col.format === undefined ? { ...col, wrap: TEXT_WRAP_CHARS } : col
    );
    const placed = b.table({ key, row, column: 0, ...data, columns, caption, tableName });
    row = placed.end + 1;
    return placed;
  };

  const history = place(
    "history",
    historyTable(c, language),
    e.historyCaption[language]({ n: c.topN })
  );
  place("topChanges", topChangesTable(c, language), e.topChangesCaption[language]({ n: c.topN }));
  const bumpData = bumpTable(c, language);
  const bump = place("bump", bumpData, e.bumpCaption[language]({ n: c.topN, label: newest }));
  const movers = place(
    "movers",
    moversTable(c, language),
    e.moversCaption[language]({ from: previous, to: newest })
  );
  const ratesData = dimensionRatesTable(c, language);
  const rates = place("dimensionRates", ratesData, e.dimensionRatesCaption[language]());
  const regionData = regionRatesTable(c, language);
  if (regionData.columns.length > 1 && regionData.rows.length > 0)
    place("regionRates", regionData, e.regionRatesCaption[language]());
  c.dimensions.forEach((d, i) => {
    const top = dimensionTopTable(c, d, language);
    if (top.rows.length === 0) return;
    const caption = e.dimensionTopCaption[language]({
      dimension: dimensionLabel(d, language),
      labels: top.labels,
      n: c.topN,
    });
    place(`dimensionTop.${i}`, top, caption);
  });
  place("cities", citiesTable(c, language), e.citiesCaption[language](), "sc_Editions");
  const notes = c.notes.map((n) => editionNoteText(n, language));
  if (notes.length > 0) {
    b.text("notes.caption", row, 0, e.notesCaption[language](), "subtitle");
    notes.forEach((text, k) => b.text(`notes.${k}`, row + 1 + k, 0, text, "note"));
  }

  // Charts to the right of the widest table.
  const chartColumn =
    b.build().blocks.reduce((m, x) => Math.max(m, x.column + x.columns), -Infinity) + 1;
  // Explicit widths, so the page bands planned hold the charts whole (an unset column prints
  // wider than its estimate in LibreOffice).
  b.setWidth(chartColumn - 1, CHART_GAP_CHARS);
  for (let k = 0; k < CHART_COLUMNS; k++) b.setWidth(chartColumn + k, CHART_COLUMN_CHARS);
  b.pageStarts.push(chartColumn - 1);
  let chartRow = history.headerRow;
  const chart = (spec: Omit<ChartSpec, "anchor">): void => {
    b.chart({ ...spec, anchor: anchorAt(chartRow, chartColumn, CHART_ROWS, CHART_COLUMNS) });
    // A chart prints whole: it starts a page when the rest of the page is too short.
    b.keepTogether(chartRow, chartRow + CHART_ROWS - 1);
    chartRow += CHART_ROWS + 1;
  };
  if (bumpData.cities.length > 0 && bump.rows > 0)
    chart({
      key: "bump",
      type: "line",
      title: e.bumpChart[language]({ n: c.topN }),
      categoriesRange: bump.dataRange(0),
      series: series(bump, bumpData.cities, 1),
      categoryAxisTitle: e.colEdition[language](),
      valueAxisTitle: e.colRank[language](),
      valueAxisMin: 1,
      valueAxisReversed: true,
      legend: "right",
      showAllCategoryLabels: true,
    });
  if (movers.rows > 0)
    chart({
      key: "movers",
      type: "barClustered",
      title: e.moversCaption[language]({ from: previous, to: newest }),
      categoriesRange: movers.dataRange(0),
      series: series(movers, [e.colRankChange[language]()], 1),
      valueAxisNumberFormat: RANK_CHANGE_FORMAT,
      legend: "none",
      showAllCategoryLabels: true,
    });
  const rateLabels = ratesData.columns.slice(1).map((x) => x.header);
  if (rates.rows > 0 && rateLabels.length > 0)
    chart({
      key: "dimensionRates",
      type: "columnClustered",
      title: e.dimensionRatesCaption[language](),
      categoriesRange: rates.dataRange(0),
      series: series(rates, rateLabels, 1),
      valueAxisNumberFormat: "0%",
      valueAxisMin: 0,
      legend: "bottom",
      showAllCategoryLabels: true,
    });
  return b.build();
}
