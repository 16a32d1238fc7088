/**
 * The summary workbook as data: `buildSummaryLayout` turns an evaluation into sheets of blocks,
 * tables, conditional formats and charts that every writer renders without recomputing.
 */
import type { Evaluation } from "../engine/evaluate";
import type { Dataset } from "../engine/types";
import { aboutSheet, type ContentsEntry } from "./about";
import { createContext } from "./context";
import { dimensionSheet, dimensionSheetKey } from "./dimensions";
import { compareEditions, editionFromEvaluation, reportEditions } from "../engine/editions";
import { editionsMessages } from "../engine/messages/editions";
import { EDITIONS_SHEET_KEY, editionsSheet } from "./editions";
import { exploreMessages } from "../engine/messages/explore";
import { SCENARIO_SHEET_KEY, scenarioSheet } from "./explore/scenario";
import { groupRanksSheet, groupsSheet } from "./groups";
import { indicatorsSheet } from "./indicators";
import { overallSheet } from "./overall";
import { isBundled2015 } from "./reconciliation";
import { defaultSourceName, sourceSheet } from "./source";
import { uniqueSheetNames } from "./ranges";
import { statisticsSheet } from "./statistics";
import { strings } from "./strings";
import type { SummaryLayout, SummaryOptions } from "./types";

/**
 * Builds the summary of an evaluation: sheets "overall", "statistics", "groups", "groupRanks",
 * one "dimension.<id>" per dimension, "indicators", "editions" (bundled 2015 data only: the
 * report's history), "about" and, with `options.source`, the
 * input table as read ("source"), in that order. Titles and
 * headers follow `options.language` (default: the framework's language); `options.sheetNames`
 * overrides display names by key. Names are made Excel-valid and unique ignoring case.
 * Cost: O(cities × (dimensions + indicators)); values are shared arrays, formats are per column.
 */
export type SummarySheetEntry = ContentsEntry & { name: string };

/**
 * The sheets a summary of `dataset` holds, in order, with their default names in `language`
 * (before `sheetNames` and `sheets`): for choosing sheets by key or name (`--sheets`).
 */
export function summarySheetEntries(
  dataset: Dataset,
  language: SummaryOptions["language"] & string,
  source: boolean,
  scenario = false
): SummarySheetEntry[] {
  const s = strings(language);
  const label = (x: { name: string; nameEn: string }): string =>
    language === "en" && x.nameEn ? x.nameEn : x.name;
  const dimensions = dataset.framework.dimensions;
  // The bundled 2015 data carries the report's own 2011-2014 history (docs/editions.md).
  const bundled = isBundled2015(dataset);
  return [
    { key: "overall", name: s.sheet.overall, description: s.contents.overall },
    ...(scenario
      ? [
          {
            key: SCENARIO_SHEET_KEY,
            name: exploreMessages.scenarioSheet[language](),
            description: exploreMessages.scenarioContents[language](),
          },
        ]
      : []),
    { key: "statistics", name: s.sheet.statistics, description: s.contents.statistics },
    { key: "groups", name: s.sheet.groups, description: s.contents.groups },
    { key: "groupRanks", name: s.sheet.groupRanks, description: s.contents.groupRanks },
    ...dimensions.map((d) => ({
      key: dimensionSheetKey(d.id),
      name: label(d),
      description: s.contents.dimension(label(d)),
    })),
    { key: "indicators", name: s.sheet.indicators, description: s.contents.indicators },
    ...(bundled
      ? [
          {
            key: EDITIONS_SHEET_KEY,
            name: editionsMessages.sheetName[language](),
            description: s.contents.editions,
          },
        ]
      : []),
    { key: "about", name: s.sheet.about, description: s.contents.about },
    ...(source
      ? [{ key: "source", name: defaultSourceName(language), description: s.contents.source }]
      : []),
  ];
}

export function buildSummaryLayout(
  evaluation: Evaluation,
  dataset: Dataset,
  options: SummaryOptions = {}
): SummaryLayout {
  const language = options.language ?? dataset.framework.language;
  const bundled = isBundled2015(dataset);
  const chosen = options.sheets === undefined ? undefined : new Set(options.sheets);
  const entries = summarySheetEntries(
    dataset,
    language,
    options.source !== undefined,
    options.scenario !== undefined
  )
    .map((e) =>
      e.key === "source" && options.source?.name ? { ...e, name: options.source.name } : e
    )
    .filter((e) => chosen === undefined || chosen.has(e.key));
  const wanted = (key: string): boolean => chosen === undefined || chosen.has(key);
  const names = uniqueSheetNames(entries.map((e) => options.sheetNames?.[e.key] ?? e.name));
  const sheetNames = Object.fromEntries(entries.map((e, i) => [e.key, names[i] ?? e.name]));

  const ctx = createContext(evaluation, dataset, language, sheetNames, bundled);
  const history = (): ReturnType<typeof editionsSheet> =>
    editionsSheet(
      compareEditions(reportEditions(editionFromEvaluation("2015", evaluation))),
      language,
      sheetNames[EDITIONS_SHEET_KEY]
    );
  return {
    language,
    title: ctx.frameworkLabel,
    // Only the chosen sheets are built (a left-out indicator sheet costs nothing).
    sheets: [
      ...(wanted("overall") ? [overallSheet(ctx)] : []),
      ...(options.scenario && wanted(SCENARIO_SHEET_KEY)
        ? [scenarioSheet(options.scenario.base, evaluation, language, sheetNames.scenario)]
        : []),
      ...(wanted("statistics") ? [statisticsSheet(ctx)] : []),
      ...(wanted("groups") ? [groupsSheet(ctx)] : []),
      ...(wanted("groupRanks") ? [groupRanksSheet(ctx)] : []),
      ...ctx.dimensions.flatMap((d, i) =>
        wanted(dimensionSheetKey(d.id)) ? [dimensionSheet(ctx, d, i)] : []
      ),
      ...(wanted("indicators") ? [indicatorsSheet(ctx)] : []),
      ...(bundled && wanted(EDITIONS_SHEET_KEY) ? [history()] : []),
      ...(wanted("about") ? [aboutSheet(ctx, entries, options.scenario)] : []),
      ...(options.source && wanted("source")
        ? [sourceSheet(options.source, sheetNames.source ?? "", language)]
        : []),
    ],
  };
}
