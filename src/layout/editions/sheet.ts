/**
 * The editions sheet (历年对比 / Editions, issue 14): history table, entries and exits, bump chart
 * of the newest top ten (line chart, rank axis reversed), risers and fallers, dimension rates per
 * edition and by region, each dimension's top ten side by side, every city (those of earlier
 * editions in one table, those of the newest only in a list of several columns a page), notes.
 * Tables one below the other from column 0, each chart beside or below the table it shows; on
 * paper one page band, each table with its chart on one page (flow.ts, name-list.ts).
 */
import type { EditionComparison, EditionNote } from "../../engine/editions";
import { englishComparison } from "./english";
import { editionsMessages as e } from "../../engine/messages/editions";
import { SheetBuilder, type PlacedTable } from "../sheet-builder";
import { placeSections, type Section } from "./flow";
import { keepOnPages, type KeptRows } from "./pages";
import { SERIES_COLORS, TAB_COLORS } from "../styles";
import type { Language, SheetLayout } from "../types";
import {
  bumpTable,
  splitCitiesTable,
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
/** Text columns wrap beyond this width (characters), see `wrapped` below. */
const TEXT_WRAP_CHARS = 12;
/** Headers wrap onto up to this many lines ("Smart / Infrastructure / 2015"), for narrow columns. */
const HEADER_LINES = 3;

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
  const bumpData = bumpTable(c, language);
  const ratesData = dimensionRatesTable(c, language);
  const rateLabels = ratesData.columns.slice(1).map((x) => x.header);
  const regionData = regionRatesTable(c, language);
  const moversCaption = e.moversCaption[language]({ from: previous, to: newest });
  const sections: Section[] = [
    {
      key: "history",
      data: historyTable(c, language),
      caption: e.historyCaption[language]({ n: c.topN }),
    },
    {
      key: "topChanges",
      data: topChangesTable(c, language),
      caption: e.topChangesCaption[language]({ n: c.topN }),
    },
    {
      key: "bump",
      data: bumpData,
      caption: e.bumpCaption[language]({ n: c.topN, label: newest }),
      chart: (bump) =>
        bumpData.cities.length > 0 && bump.rows > 0
          ? {
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
            }
          : null,
    },
    {
      key: "movers",
      data: moversTable(c, language),
      caption: moversCaption,
      chart: (movers) =>
        movers.rows > 0
          ? {
              key: "movers",
              type: "barClustered",
              title: moversCaption,
              categoriesRange: movers.dataRange(0),
              series: series(movers, [e.colRankChange[language]()], 1),
              valueAxisNumberFormat: RANK_CHANGE_FORMAT,
              legend: "none",
              showAllCategoryLabels: true,
            }
          : null,
    },
    {
      key: "dimensionRates",
      data: ratesData,
      caption: e.dimensionRatesCaption[language](),
      chart: (rates) =>
        rates.rows > 0 && rateLabels.length > 0
          ? {
              key: "dimensionRates",
              type: "columnClustered",
              title: e.dimensionRatesCaption[language](),
              categoriesRange: rates.dataRange(0),
              series: series(rates, rateLabels, 1),
              valueAxisNumberFormat: "0%",
              valueAxisMin: 0,
              legend: "bottom",
              showAllCategoryLabels: true,
            }
          : null,
    },
  ];
  if (regionData.columns.length > 1 && regionData.rows.length > 0)
    sections.push({
      key: "regionRates",
      data: regionData,
      caption: e.regionRatesCaption[language](),
    });
  c.dimensions.forEach((d, i) => {
    const top = dimensionTopTable(c, d, language);
    if (top.rows.length === 0) return;
    const caption = e.dimensionTopCaption[language]({
      dimension: dimensionLabel(d, language),
      labels: top.labels,
      n: c.topN,
    });
    sections.push({ key: `dimensionTop.${i}`, data: top, caption });
  });
  const cities = splitCitiesTable(c, language);
  sections.push({
    key: "cities",
    data: cities.tracked,
    caption: e.citiesCaption[language](),
    tableName: "sc_Editions",
  });
  // Text columns wrap: lists of names ("Ningbo Hangzhou Bay New Area, Nanjing") would otherwise
  // widen the columns that the tables below share, and the sheet no longer fit one page band.
  const wrapped = (data: TableData): TableData["columns"] =>
    data.columns.map((col) => ({
      ...col,
      headerLines: HEADER_LINES,
      ...(col.format === undefined ? { wrap: TEXT_WRAP_CHARS } : {}),
    }));
  const list =
    cities.newestOnly.rows.length > 0
      ? {
          key: "newestOnly",
          caption: e.newestOnlyCaption[language]({ label: newest }),
          data: { columns: wrapped(cities.newestOnly), rows: cities.newestOnly.rows },
        }
      : undefined;
  const kept: KeptRows[] = [];
  const { row, placeList } = placeSections(b, sections, 2, (s) => wrapped(s.data), kept, list);
  // The notes explain the tables above (units that are not cities): before the long list.
  const notes = c.notes.map((n) => editionNoteText(n, language));
  let listRow = row;
  if (notes.length > 0) {
    b.text("notes.caption", row, 0, e.notesCaption[language](), "subtitle");
    notes.forEach((text, k) => b.text(`notes.${k}`, row + 1 + k, 0, text, "note"));
    kept.push({ from: row, to: row + notes.length });
    listRow = row + notes.length + 2;
  }
  placeList(listRow);
  keepOnPages(b, kept);
  return b.build();
}
