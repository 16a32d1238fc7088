/**
 * Editions over time in the workbook (issue 14): the sheets the pane binds as editions (stored
 * with the workbook, so the ribbon's "Compare editions" finds them), read, compared and written
 * as the editions sheet (src/layout/editions) with its charts. Each sheet holds a full score
 * table of the edition's framework or a published list (rank, city, total or rate).
 */
import { dataset2015, framework2015 } from "../engine/bundled";
import {
  compareEditions,
  editionFromEvaluation,
  findPublishedHeader,
  publishedEdition,
  readPublishedList,
  reportEditions,
  type Edition,
} from "../engine/editions";
import { evaluate, type TotalsSource } from "../engine/evaluate";
import { parseFramework } from "../engine/framework";
import { readGrid } from "../engine/table";
import type { Framework, RankMethod } from "../engine/types";
import { editionNoteText, editionsWorkbookLayout } from "../layout/editions";
import { rememberPaneLanguage, uiLanguage } from "./display-language";
import { runWithRetry } from "./host";
import { PREFERENCES_SETTING } from "./preferences";
import { officeMessages as m } from "../engine/messages/office";
import type { EditionProblem } from "./edition-problems";
import { readScores } from "./read-scores";
import { EDITIONS_TRACKING_KEY } from "./sheet-plan";
import { storedLanguage, storedOptions } from "./score-source";
import { writeSummary } from "./write-summary";

export { EDITIONS_TRACKING_KEY } from "./sheet-plan";
/** Workbook setting holding the bound editions (EditionsSetup as JSON). */
export const EDITIONS_SETTING = "SmartCity.editions";
/** Labels of the report's bundled history (src/data/editions-2011-2015.ts). */
export const REPORT_HISTORY_LABELS = ["2011", "2012", "2013", "2014", "2015"];

/** "table": the framework of the pane's bound table; "bundled": the bundled 2015 framework. */
export type EditionFrameworkChoice = "table" | "bundled";
export type EditionBinding = { sheet: string; label: string; framework: EditionFrameworkChoice };
/** The bound editions, plus (reportHistory) the report's own 2011-2015 editions as a preset. */
export type EditionsSetup = { editions: EditionBinding[]; reportHistory: boolean };

export { problemText, type EditionProblem } from "./edition-problems";

export type CompareRequest = {
  setup: EditionsSetup;
  /** The framework of the pane's bound table (choice "table"). */
  tableFramework: Framework;
  bundledFramework: Framework;
  language: "zh" | "en";
  rankMethod?: RankMethod;
  totals?: TotalsSource;
};

export type CompareOutcome =
  | {
      ok: true;
      /** The editions sheet's name (activated). */
      sheet: string;
      /** Edition labels compared, oldest first. */
      labels: string[];
      /** The comparison's notes and data errors, in the request's language. */
      notes: string[];
      repairs: string[];
    }
  | { ok: false; problems: EditionProblem[] };

export const EMPTY_SETUP: EditionsSetup = { editions: [], reportHistory: false };

/** Oldest first: labels compared as text with numbers by value ("2009" < "2010", "2015a" after "2015"). */
export function orderEditions<T extends { label: string }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) =>
    a.label.trim().localeCompare(b.label.trim(), "en", { numeric: true })
  );
}

const labelKey = (label: string): string => label.trim().toLowerCase();

/** What keeps a setup from being compared (before any sheet is read). */
export function setupProblems(setup: EditionsSetup): EditionProblem[] {
  const problems: EditionProblem[] = [];
  const seen = new Set<string>();
  for (const edition of setup.editions) {
    const key = labelKey(edition.label);
    if (key === "") problems.push({ reason: "no-label", sheet: edition.sheet });
    else if (seen.has(key))
      problems.push({ reason: "duplicate-label", label: edition.label.trim() });
    seen.add(key);
  }
  if (setup.reportHistory) REPORT_HISTORY_LABELS.forEach((l) => seen.add(l));
  seen.delete("");
  if (seen.size < 2) problems.unshift({ reason: "too-few", count: seen.size });
  return problems;
}

/** Parses the stored setting; anything unexpected is left out. */
export function parseEditionsSetup(value: unknown): EditionsSetup {
  let data = value;
  try {
    if (typeof data === "string") data = JSON.parse(data) as unknown;
  } catch {
    return EMPTY_SETUP;
  }
  if (typeof data !== "object" || data === null) return EMPTY_SETUP;
  const { editions, reportHistory } = data as { editions?: unknown; reportHistory?: unknown };
  const list = Array.isArray(editions) ? (editions as unknown[]) : [];
  return {
    reportHistory: reportHistory === true,
    editions: list.flatMap((x) => {
      const { sheet, label, framework } = (x ?? {}) as Record<string, unknown>;
      if (typeof sheet !== "string" || typeof label !== "string") return [];
      return [{ sheet, label, framework: framework === "bundled" ? "bundled" : "table" }];
    }),
  };
}

export async function loadEditionsSetup(): Promise<EditionsSetup> {
  return Excel.run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(EDITIONS_SETTING).load("value");
    await context.sync();
    return setting.isNullObject ? EMPTY_SETUP : parseEditionsSetup(setting.value);
  });
}

export async function saveEditionsSetup(setup: EditionsSetup): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.settings.add(EDITIONS_SETTING, JSON.stringify(setup));
    await context.sync();
  });
}

type Read = { edition: Edition; errors: number } | { problem: EditionProblem };

/** One bound sheet as an edition: a full table of its framework, else a published list. */
async function readEdition(
  context: Excel.RequestContext,
  binding: EditionBinding,
  framework: Framework,
  request: CompareRequest
): Promise<Read> {
  const label = binding.label.trim();
  const notATable = { problem: { reason: "not-a-table" as const, label, sheet: binding.sheet } };
  const read = await readScores(context, { sheet: binding.sheet });
  if (!read) return notATable;
  const position = { source: read.sheet, sheet: read.sheet, origin: read.origin };
  const dataset = readGrid(read.grid, framework, position);
  if (dataset.mapping && dataset.cities.length > 0) {
    const evaluation = evaluate(dataset, {
      method: request.rankMethod ?? "competition",
      totals: request.totals ?? "reported",
    });
    const errors = dataset.issues.filter((i) => i.severity === "error").length;
    return { edition: editionFromEvaluation(label, evaluation), errors };
  }
  const header = findPublishedHeader(read.grid);
  const list = header ? readPublishedList(read.grid, header) : null;
  if (!list || list.rows.length === 0) return notATable;
  const edition = publishedEdition(label, list.rows, { maxTotal: framework.maxTotal });
  return { edition, errors: list.problems.length };
}

/** The report's 2011-2015 editions, 2015 as the bundled data's full evaluation (as the 2015 summary). */
function reportHistory(): Edition[] {
  return reportEditions(editionFromEvaluation("2015", evaluate(dataset2015())));
}

/**
 * Reads every bound edition, compares them (with the report's history when asked; a bound edition
 * replaces the report's edition of the same label) and writes the editions sheet, activating it.
 * Nothing is written when a problem is found.
 */
export async function compareWorkbookEditions(request: CompareRequest): Promise<CompareOutcome> {
  const before = setupProblems(request.setup);
  if (before.length > 0) return { ok: false, problems: before };
  return runWithRetry(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name,items/visibility");
    await context.sync();
    const visible = new Set(
      sheets.items.filter((s) => s.visibility === "Visible").map((s) => s.name.toLowerCase())
    );
    const problems: EditionProblem[] = [];
    const editions: Edition[] = [];
    const notes: string[] = [];
    for (const binding of request.setup.editions) {
      if (!visible.has(binding.sheet.toLowerCase())) {
        problems.push({
          reason: "missing-sheet",
          label: binding.label.trim(),
          sheet: binding.sheet,
        });
        continue;
      }
      const framework =
        binding.framework === "bundled" ? request.bundledFramework : request.tableFramework;
      const read = await readEdition(context, binding, framework, request);
      if ("problem" in read) problems.push(read.problem);
      else {
        editions.push(read.edition);
        if (read.errors > 0)
          notes.push(
            m.editionDataErrors[request.language]({
              label: read.edition.label,
              errors: read.errors,
            })
          );
      }
    }
    if (problems.length > 0) return { ok: false, problems };
    const bound = new Set(editions.map((e) => labelKey(e.label)));
    const preset = request.setup.reportHistory
      ? reportHistory().filter((e) => !bound.has(labelKey(e.label)))
      : [];
    const comparison = compareEditions(orderEditions([...preset, ...editions]));
    const layout = editionsWorkbookLayout(comparison, request.language);
    const written = await writeSummary(context, layout, {
      tracking: { key: EDITIONS_TRACKING_KEY, merge: false },
    });
    return {
      ok: true,
      sheet: written.activated ?? written.sheets[0]?.name ?? "",
      labels: comparison.editions.map((e) => e.label),
      notes: [...notes, ...comparison.notes.map((n) => editionNoteText(n, request.language))],
      repairs: written.repairs,
    };
  });
}

/**
 * The ribbon's "Compare editions": the stored editions compared with the pane's stored options
 * (framework of the bound table, language, totals, rank method); "not-bound" when none are bound.
 */
export async function compareStoredEditions(): Promise<CompareOutcome | "not-bound"> {
  const stored = await runWithRetry(async (context) => {
    const settings = context.workbook.settings;
    const editions = settings.getItemOrNullObject(EDITIONS_SETTING).load("value");
    const preferences = settings.getItemOrNullObject(PREFERENCES_SETTING).load("value");
    await context.sync();
    return {
      setup: parseEditionsSetup(editions.isNullObject ? null : editions.value),
      preferences: preferences.isNullObject ? null : (preferences.value as unknown),
    };
  });
  const { setup, preferences } = stored;
  if (setup.editions.length === 0 && !setup.reportHistory) return "not-bound";
  rememberPaneLanguage(storedLanguage(preferences));
  const parsed = parseFramework(storedFramework(preferences));
  return compareWorkbookEditions({
    setup,
    tableFramework: parsed.ok ? parsed.framework : framework2015(),
    bundledFramework: framework2015(),
    language: uiLanguage(),
    ...storedOptions(preferences),
  });
}

/** The framework JSON the pane stored (null: the bundled one). */
function storedFramework(value: unknown): unknown {
  try {
    const data: unknown = typeof value === "string" ? JSON.parse(value) : value;
    return typeof data === "object" && data !== null
      ? ((data as { framework?: unknown }).framework ?? null)
      : null;
  } catch {
    return null;
  }
}
