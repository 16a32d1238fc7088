/**
 * A streaming .xlsx reader (issue 12): the workbook's sheet list (with hidden and very hidden
 * state) and any worksheet as a sparse grid of engine cells. Only the parts needed are unzipped
 * (package rels, workbook.xml and its rels, sharedStrings, the chosen sheets), each inflated in
 * pieces straight into a tokenizer, so a 100,000-row input never exists as XML text or objects
 * beyond the grid. Failures throw XlsxReadError with a problem the caller words.
 */
import * as posix from "node:path/posix";
import type { Cell } from "../engine/table";
import { attribute, XmlScanner, type Tag, type XmlHandler } from "./read-xml";
import { SharedStringsReader, SheetReader, type SheetLimits } from "./read-sheet";
import {
  partKey,
  readZipDirectory,
  streamEntry,
  XlsxReadError,
  type UnpackBudget,
  type ZipEntry,
} from "./read-zip";

export { XlsxReadError, type XlsxProblem } from "./read-zip";

export type XlsxLimits = SheetLimits & { unpackedBytes: number };

export type SheetState = "visible" | "hidden" | "veryHidden";

/** A sheet of the workbook in tab order; `part` is null for chart and dialog sheets (no cells). */
export type SheetInfo = { name: string; state: SheetState; part: string | null };

type Relationship = { id: string; type: string; target: string };

const REL_WORKSHEET = /\/worksheet$/u;
const REL_OFFICE_DOCUMENT = /\/officeDocument$/u;
const REL_SHARED_STRINGS = /\/sharedStrings$/u;

/** Calls `open` for every start tag of a part (a small handler for the list-like parts). */
const onTags = (open: (tag: Tag) => void): XmlHandler => ({
  open,
  close: () => {},
  text: () => {},
});

export class XlsxWorkbook {
  readonly sheets: SheetInfo[];
  private readonly budget: UnpackBudget;
  private sharedStrings: string[] | null = null;
  private readonly sharedStringsPart: string | null;

  private constructor(
    private readonly bytes: Uint8Array,
    private readonly entries: Map<string, ZipEntry>,
    private readonly limits: XlsxLimits
  ) {
    this.budget = { remaining: limits.unpackedBytes, limit: limits.unpackedBytes };
    const workbookPart =
      this.relationships("").find((r) => REL_OFFICE_DOCUMENT.test(r.type))?.target ??
      "xl/workbook.xml";
    const rels = this.relationships(workbookPart);
    const byId = new Map(rels.map((r) => [r.id, r]));
    this.sharedStringsPart = rels.find((r) => REL_SHARED_STRINGS.test(r.type))?.target ?? null;
    const sheets: SheetInfo[] = [];
    this.scan(
      workbookPart,
      true,
      onTags((tag) => {
        if (tag.name !== "sheet") return;
        const state = attribute(tag, "state");
        const rel = byId.get(attribute(tag, "id") ?? "");
        sheets.push({
          name: attribute(tag, "name") ?? `Sheet${sheets.length + 1}`,
          state: state === "hidden" || state === "veryHidden" ? state : "visible",
          part: rel && REL_WORKSHEET.test(rel.type) ? rel.target : null,
        });
      })
    );
    this.sheets = sheets;
  }

  /** Opens a workbook from its bytes; throws XlsxReadError (not a zip, damaged, too large). */
  static open(bytes: Uint8Array, limits: XlsxLimits): XlsxWorkbook {
    return new XlsxWorkbook(bytes, readZipDirectory(bytes), limits);
  }

  /**
   * The cells of a worksheet as a sparse grid. With `stopAtRow`, reading stops at that row
   * (0-based): enough to find a table's header without unpacking the whole sheet.
   */
  readSheet(sheet: SheetInfo, stopAtRow = Infinity): Cell[][] {
    if (sheet.part === null) return [];
    const reader = new SheetReader(sheet.name, this.strings(), this.limits, stopAtRow);
    this.scan(sheet.part, true, reader, stopAtRow === Infinity ? undefined : () => !reader.done);
    return reader.grid;
  }

  private strings(): string[] {
    if (this.sharedStrings === null) {
      const reader = new SharedStringsReader(this.limits);
      if (this.sharedStringsPart !== null) this.scan(this.sharedStringsPart, false, reader);
      this.sharedStrings = reader.strings;
    }
    return this.sharedStrings;
  }

  /** The relationships of a part ("" = the package), targets resolved to part names. */
  private relationships(part: string): Relationship[] {
    const folder = posix.dirname(part);
    const relsPart = posix.join(folder, "_rels", `${posix.basename(part)}.rels`);
    const rels: Relationship[] = [];
    this.scan(
      relsPart,
      false,
      onTags((tag) => {
        if (tag.name !== "Relationship" || attribute(tag, "TargetMode") === "External") return;
        const target = attribute(tag, "Target") ?? "";
        rels.push({
          id: attribute(tag, "Id") ?? "",
          type: attribute(tag, "Type") ?? "",
          target: target.startsWith("/")
            ? target.slice(1)
            : posix.normalize(posix.join(folder, target)),
        });
      })
    );
    return rels;
  }

  /** Streams a part through a handler; a missing part is damage when `required`. */
  private scan(part: string, required: boolean, handler: XmlHandler, goOn?: () => boolean): void {
    const entry = this.entries.get(partKey(part));
    if (!entry) {
      if (required) throw new XlsxReadError({ kind: "damaged", reason: `${part} is missing` });
      return;
    }
    const scanner = new XmlScanner(handler);
    let stopped = false;
    // A part read to its end is inflated at once (fast); one that may stop streams.
    streamEntry(
      this.bytes,
      entry,
      this.budget,
      (piece) => {
        scanner.push(piece);
        stopped = goOn ? !goOn() : false;
        return !stopped;
      },
      goOn === undefined
    );
    if (!stopped) scanner.end();
  }
}
