/**
 * Which score table a summary is made of, and with which column mapping — one answer for the
 * ribbon command and `generateSummary`, built on the same binding functions as the task pane:
 *
 * 1. the pane's bound table (its Office binding) read with the mapping stored with the workbook,
 *    as the user may have fixed it by hand, whatever sheet is active;
 * 2. else (no binding, or it no longer resolves) the source recorded by the previous run when a
 *    summary sheet is active, or the active sheet, with automatic header detection.
 */
import { readGrid } from "../engine/table";
import type { ColumnMapping } from "../engine/table";
import type { Dataset, Framework } from "../engine/types";
import {
  boundDataset,
  queryBinding,
  readBound,
  storedBinding,
  type StoredBinding,
} from "./bindings";
import { rememberPaneLanguage } from "./display-language";
import { excelApiSupported, FEATURE_VERSIONS } from "./host";
import { omissionOf, type SheetOmission } from "./insert-estimate";
import type { PanePreferences } from "./pane-actions";
import { PREFERENCES_SETTING } from "./preferences";
import { readScores, type ScoreSource } from "./read-scores";
import { parseTracking, TRACKING_KEY } from "./sheet-plan";

/** The pane's stored options the ribbon command follows too (read in the same sync). */
export type StoredOptions = Pick<Partial<PanePreferences>, "totals" | "rankMethod"> & {
  /** The pane's language when set explicitly (absent: follow Office / the framework). */
  language?: "zh" | "en";
  /** The pane's choice of sheets as the pane applies it (omissionOf: unset or unreadable is "auto"). */
  omitSheets?: SheetOmission;
};

export type PickedSource = { preferences?: StoredOptions } & (
  | { kind: "bound"; binding: StoredBinding; syncs: number }
  | { kind: "sheet"; source: ScoreSource; syncs: number }
  /** The recorded source is hidden now: never read by default (issue 10, "Sheet choice"). */
  | { kind: "hidden"; sheet: string; syncs: number }
);

/** The stored preferences as a record (a JSON string or an object); {} when unreadable. */
function storedRecord(value: unknown): Record<string, unknown> {
  let data = value;
  try {
    if (typeof data === "string") data = JSON.parse(data) as unknown;
  } catch {
    return {};
  }
  return typeof data === "object" && data !== null ? (data as Record<string, unknown>) : {};
}

/** Totals, rank method and language from the pane's stored preferences; anything unexpected is ignored. */
export function storedOptions(value: unknown): Omit<StoredOptions, "omitSheets"> {
  const { totals, rankMethod, language } = storedRecord(value);
  return {
    ...(language === "zh" || language === "en" ? { language } : {}),
    ...(totals === "reported" || totals === "computed" ? { totals } : {}),
    ...(rankMethod === "competition" || rankMethod === "dense" || rankMethod === "ordinal"
      ? { rankMethod }
      : {}),
  };
}

/** The pane's stored language setting ("zh", "en", or null: follow Office). */
export function storedLanguage(value: unknown): "zh" | "en" | null {
  const { language } = storedRecord(value);
  return language === "zh" || language === "en" ? language : null;
}

/**
 * The pane's stored choice of sheets as the pane applies it (SheetChoice.tsx): a list of keys
 * to leave out, else (unset, null, unreadable) "auto".
 */
export function storedOmission(value: unknown): SheetOmission {
  return omissionOf(storedRecord(value).omitSheets);
}

/**
 * Picks the source in one sync (active sheet, tracking record, stored binding); see the file
 * comment for the order.
 */
export async function pickSource(context: Excel.RequestContext): Promise<PickedSource> {
  const active = context.workbook.worksheets.getActiveWorksheet().load("name");
  const worksheets = context.workbook.worksheets.load("items/name,items/visibility");
  const withSettings = excelApiSupported(FEATURE_VERSIONS.settings);
  const setting = withSettings
    ? context.workbook.settings.getItemOrNullObject(TRACKING_KEY).load("value")
    : null;
  const query = withSettings ? queryBinding(context) : null;
  const stored = withSettings
    ? context.workbook.settings.getItemOrNullObject(PREFERENCES_SETTING).load("value")
    : null;
  await context.sync();
  const storedValue: unknown = stored && !stored.isNullObject ? stored.value : null;
  const preferences = { ...storedOptions(storedValue), omitSheets: storedOmission(storedValue) };
  // The ribbon's messages follow the pane's language setting (display-language.ts).
  if (stored) rememberPaneLanguage(storedLanguage(storedValue));
  let syncs = 1;
  if (query) {
    const { binding, syncs: more } = await storedBinding(context, query);
    syncs += more;
    if (binding) return { kind: "bound", binding, syncs, preferences };
  }
  const tracked = parseTracking(setting && !setting.isNullObject ? setting.value : null);
  const isSummary = Object.values(tracked.sheets).some(
    (s) => s.name.toLowerCase() === active.name.toLowerCase()
  );
  if (!isSummary || tracked.source === undefined)
    return { kind: "sheet", source: { sheet: active.name }, syncs, preferences };
  const recorded = tracked.source.toLowerCase();
  const sheet = worksheets.items.find((ws) => ws.name.toLowerCase() === recorded);
  if (sheet && sheet.visibility !== "Visible")
    return { kind: "hidden", sheet: sheet.name, syncs, preferences };
  return { kind: "sheet", source: { sheet: tracked.source }, syncs, preferences };
}

/** The stored mapping fits the framework (one column entry per indicator and bonus item). */
function fits(mapping: ColumnMapping, framework: Framework): boolean {
  return (
    Array.isArray(mapping.indicators) &&
    Array.isArray(mapping.bonus) &&
    mapping.indicators.length === framework.indicators.length &&
    mapping.bonus.length === framework.bonus.length
  );
}

export type SourceData = {
  /** `mapping` null: no score header found (auto-detection only). */
  dataset: Dataset & { mapping: ColumnMapping | null };
  sheet: string;
  address: string;
  /** The bound table with its stored mapping was read. */
  bound: boolean;
  syncs: number;
};

/**
 * Reads the picked source: a bound table with its stored mapping (detected again only when the
 * mapping was stored for another framework), a sheet with header detection. Null when empty.
 */
export async function readSource(
  context: Excel.RequestContext,
  picked: Exclude<PickedSource, { kind: "hidden" }>,
  framework: Framework
): Promise<SourceData | null> {
  if (picked.kind === "bound") {
    const read = await readBound(context, picked.binding);
    if (!read) return null;
    const { table, grid } = read;
    const where = { sheet: table.sheet, address: table.address, syncs: read.syncs };
    if (fits(table.mapping, framework))
      return {
        dataset: { ...boundDataset(framework, table, grid), mapping: table.mapping },
        bound: true,
        ...where,
      };
    const position = { source: table.sheet, sheet: table.sheet, origin: table.origin };
    return { dataset: readGrid(grid, framework, position), bound: false, ...where };
  }
  const read = await readScores(context, picked.source);
  if (!read) return null;
  const position = { source: read.sheet, sheet: read.sheet, origin: read.origin };
  return {
    dataset: readGrid(read.grid, framework, position),
    sheet: read.sheet,
    address: read.address,
    bound: false,
    syncs: read.syncs,
  };
}
