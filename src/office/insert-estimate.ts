/**
 * How large a summary is before it is inserted, how long Excel takes for it (about), and which
 * sheets a run leaves out (docs/adr/0014-large-summary-sheet-choice.md). The pane shows the plan;
 * the writer resolves the same choice, so a refresh writes what the pane showed.
 */
import { evaluate, type TotalsSource } from "../engine/evaluate";
import type { Evaluation } from "../engine/evaluation-types";
import type { Dataset, RankMethod } from "../engine/types";
import { sheetCells, type SheetCells } from "../layout/size";
import { buildSummaryLayout } from "../layout/summary";
import type { Language } from "../layout/types";
import { VALUE_BUDGET_BYTES } from "./batches";

/** Above this many cells Excel itself becomes slow to take the summary (ADR 0014). */
export const SLOW_INSERT_CELLS = 1_000_000;
/** Assumed rate at which Excel stores values sent through Office.js (ADR 0014). */
export const ASSUMED_CELLS_PER_SECOND = 100_000;
/** Assumed cost of one `context.sync()` round trip (ADR 0014). */
export const ASSUMED_SECONDS_PER_SYNC = 0.5;
/** Request bytes per value cell, measured in the Excel fake (144 MB for 14.6 million cells). */
export const REQUEST_BYTES_PER_CELL = 10;
/** The writer's syncs besides the value syncs (write-summary.ts: prepare, sheets, objects). */
const FIXED_WRITE_SYNCS = 3;

/**
 * Which sheets to leave out: "auto" leaves out the wide sheets when the whole summary is slow
 * (the pane's default until the user chooses), a list leaves out those keys.
 */
export type SheetOmission = "auto" | readonly string[];

export type SummaryPlan = {
  cities: number;
  /** Every sheet the summary can have, in order, with its cells. */
  sheets: SheetCells[];
  /** Cells of all sheets. */
  cells: number;
  /** `cells` is above SLOW_INSERT_CELLS. */
  slow: boolean;
};

/** Seconds Excel takes for an insert of `cells` value cells, about (syncs + cells at the assumed rates). */
export function insertSeconds(cells: number): number {
  const valueSyncs = Math.max(1, Math.ceil((cells * REQUEST_BYTES_PER_CELL) / VALUE_BUDGET_BYTES));
  const syncs = valueSyncs + FIXED_WRITE_SYNCS;
  return syncs * ASSUMED_SECONDS_PER_SYNC + cells / ASSUMED_CELLS_PER_SECOND;
}

/** The plan of a summary of `sheets` (cells of each, the total, whether Excel will be slow). */
export function planFromSheets(cities: number, sheets: SheetCells[]): SummaryPlan {
  let cells = 0;
  for (const sheet of sheets) cells += sheet.cells;
  return { cities, sheets, cells, slow: cells > SLOW_INSERT_CELLS };
}

export type PlanOptions = { language: Language; rankMethod?: RankMethod; totals?: TotalsSource };

/**
 * Evaluates `dataset` and sizes its summary without writing or generating a row (the layout's
 * blocks are row sources: ADR 0012). Cost: the evaluation plus the layout's headers.
 */
export function planSummary(dataset: Dataset, options: PlanOptions): SummaryPlan {
  return sizeLayout(dataset, evaluateForPlan(dataset, options), options);
}

function evaluateForPlan(dataset: Dataset, options: PlanOptions): Evaluation {
  return evaluate(dataset, {
    method: options.rankMethod ?? "competition",
    totals: options.totals ?? "reported",
  });
}

function sizeLayout(dataset: Dataset, evaluation: Evaluation, options: PlanOptions): SummaryPlan {
  const layout = buildSummaryLayout(evaluation, dataset, { language: options.language });
  return planFromSheets(dataset.cities.length, sheetCells(layout));
}

/**
 * Pauses for the host between two slices of work (e.g. a macrotask, so the pane paints) and
 * resolves whether the work is still wanted.
 */
export type NextSlice = () => Promise<boolean>;

/**
 * `planSummary` in two slices, evaluation then layout, each after `next()`: the pane shows
 * "sizing…" meanwhile and drops the work (null) when its data changed in between. Neither
 * slice can be cut further (the evaluation and the layout are single calls): at 100,000 cities
 * they take about 0.7 s and 0.4-0.9 s on the 2-core machine (ADR 0014, addendum).
 */
export async function planSummaryInSlices(
  dataset: Dataset,
  options: PlanOptions,
  next: NextSlice
): Promise<SummaryPlan | null> {
  if (!(await next())) return null;
  const evaluation = evaluateForPlan(dataset, options);
  if (!(await next())) return null;
  return sizeLayout(dataset, evaluation, options);
}

/** The keys left out under `omission` (only keys the plan has; never every sheet). */
export function omittedKeys(plan: SummaryPlan, omission: SheetOmission | undefined): string[] {
  if (omission === undefined) return [];
  const keys = plan.sheets.map((s) => s.key);
  const wanted =
    omission === "auto"
      ? plan.slow
        ? plan.sheets.filter((s) => s.wide).map((s) => s.key)
        : []
      : keys.filter((k) => omission.includes(k));
  return wanted.length < keys.length ? wanted : [];
}

/** The keys to build under `omission`, or undefined for every sheet. */
export function chosenKeys(
  plan: SummaryPlan,
  omission: SheetOmission | undefined
): string[] | undefined {
  const left = new Set(omittedKeys(plan, omission));
  return left.size === 0 ? undefined : plan.sheets.map((s) => s.key).filter((k) => !left.has(k));
}

/** Cells of the sheets not left out. */
export function chosenCells(plan: SummaryPlan, omitted: readonly string[]): number {
  let cells = 0;
  for (const sheet of plan.sheets) if (!omitted.includes(sheet.key)) cells += sheet.cells;
  return cells;
}

/** The stored preference as an omission: a list of keys, else (unset or unreadable) "auto". */
export function omissionOf(preference: unknown): SheetOmission {
  return Array.isArray(preference)
    ? preference.filter((k): k is string => typeof k === "string")
    : "auto";
}
