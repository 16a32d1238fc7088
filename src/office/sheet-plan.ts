/**
 * Which sheets a run may replace and what the new ones are called. The add-in records the
 * sheets it created in the workbook's settings (travelling with the file); a later run deletes
 * exactly those that still carry the recorded name and id, and never touches any other sheet:
 * a user's sheet whose name clashes makes the summary sheet take another name ("总排名 (2)").
 */
import { MAX_SHEET_NAME } from "../layout/ranges";
import type { SummaryLayout } from "../layout/types";

/** Workbook setting holding the record below. */
export const TRACKING_KEY = "smartcity.summarySheets";

/** Layout sheet key → the sheet written for it (id: Excel's worksheet id); the source read. */
export type TrackingRecord = {
  version: 1;
  sheets: Record<string, { name: string; id: string }>;
  source?: string;
};

export type ExistingSheet = { name: string; id: string };

export type SheetPlan = {
  /** Sheets of earlier runs to delete now (ours: recorded name and id both still match). */
  remove: ExistingSheet[];
  /** Name of each layout sheet, in layout order. */
  names: string[];
  /** Layout sheets that could not keep their wanted name because a user's sheet has it. */
  renamed: { key: string; wanted: string; name: string }[];
};

/** Parses the stored setting; anything unexpected counts as "nothing tracked". */
export function parseTracking(value: unknown): TrackingRecord {
  const empty: TrackingRecord = { version: 1, sheets: {} };
  let data = value;
  if (typeof data === "string") {
    try {
      data = JSON.parse(data) as unknown;
    } catch {
      return empty;
    }
  }
  if (typeof data !== "object" || data === null) return empty;
  const sheets = (data as { sheets?: unknown }).sheets;
  if (typeof sheets !== "object" || sheets === null) return empty;
  const out: TrackingRecord = { version: 1, sheets: {} };
  for (const [key, entry] of Object.entries(sheets as Record<string, unknown>)) {
    const { name, id } = (entry ?? {}) as { name?: unknown; id?: unknown };
    if (typeof name === "string" && typeof id === "string") out.sheets[key] = { name, id };
  }
  const source = (data as { source?: unknown }).source;
  if (typeof source === "string") out.source = source;
  return out;
}

/** `base`, or `base (2)`, `base (3)`, … shortened to 31 characters, whichever is free (ignoring case). */
export function freeSheetName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base.toLowerCase())) return base;
  for (let k = 2; ; k++) {
    const suffix = ` (${k})`;
    const name =
      Array.from(base)
        .slice(0, MAX_SHEET_NAME - suffix.length)
        .join("")
        .trimEnd() + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** Decides deletions and names from the workbook's sheets and the tracking record. */
export function planSheets(
  layout: SummaryLayout,
  existing: readonly ExistingSheet[],
  tracked: TrackingRecord
): SheetPlan {
  const ours = new Set(
    Object.values(tracked.sheets)
      // An empty id: recorded before the ids were known (a run interrupted after its second sync).
      .map((t) =>
        existing.find(
          (s) => (t.id === "" || s.id === t.id) && s.name.toLowerCase() === t.name.toLowerCase()
        )
      )
      .filter((s): s is ExistingSheet => s !== undefined)
  );
  const remove = existing.filter((s) => ours.has(s));
  const taken = new Set(existing.filter((s) => !ours.has(s)).map((s) => s.name.toLowerCase()));
  const renamed: SheetPlan["renamed"] = [];
  const names = layout.sheets.map((sheet) => {
    const name = freeSheetName(sheet.name, taken);
    taken.add(name.toLowerCase());
    if (name !== sheet.name) renamed.push({ key: sheet.key, wanted: sheet.name, name });
    return name;
  });
  return { remove, names, renamed };
}

/** `name` quoted for a reference: 'My sheet'!A1 (always quoted, which Excel accepts). */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** The editions sheet's own tracking record: a comparison replaces only its earlier sheet. */
export const EDITIONS_TRACKING_KEY = "smartcity.editionsSheet";
