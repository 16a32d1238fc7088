/**
 * The .xlsx writer of the summary (docs/adr/0009-streaming-xlsx-writer.md): the layout passes the
 * validity gate (src/layout/guard.ts), then every part is generated from it and streamed through
 * the checked package (package.ts) to a sink: memory follows the distinct texts and the
 * layout, never the size of the XML. `writeSummaryWorkbook` streams to a temp file in the
 * target folder and renames it, so a failure never leaves a partial or invalid workbook.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { SheetLayout, SummaryLayout } from "../layout/types";
import { chartSpaceXml, drawingXml } from "./charts";
import { relationshipsXml, REL_TYPE, relsPathOf, resolveTarget, type Relationship } from "./ooxml";
import { contentTypesXml, PackageWriter, type Sink } from "./package";
import { chooseOffloadSheets, type OffloadedSheets, type PartOffload } from "./parallel";
import type { SheetPlan } from "./plan";
import {
  fingerprint,
  LARGE_CELLS,
  prepareWorkbook,
  registerTextIds,
  sheetCells,
  worksheetContext,
  writeWorksheetPart,
  type PreparedWorkbook,
  type WriteOptions,
} from "./prepare";
import { SharedStrings } from "./shared-strings";
import { tableXml } from "./sheet-parts";
import {
  appXml,
  coreXml,
  rootRelationships,
  workbookRelationships,
  workbookXml,
} from "./workbook-parts";

export type { WriteOptions };

export type StreamedWorkbook = {
  bytes: number;
  sheets: string[];
  charts: number;
  repairs: string[];
  /** Sheets a helper was asked to write (`parts`), and why it did not when it failed. */
  parallel?: { sheets: string[]; failure?: unknown };
};
export type RenderedWorkbook = StreamedWorkbook & { buffer: Buffer };
export type WrittenWorkbook = StreamedWorkbook & { file: string };

/**
 * `parts`: a helper that writes the largest sheets in parallel (parallel.ts), used for a layout
 * of over LARGE_CELLS cells; the workbook is the same cell for cell either way.
 */
export type StreamOptions = WriteOptions & { parts?: PartOffload };

type Text = (part: string, xml: string) => Promise<void>;
type Relationships = (source: string, rels: Relationship[]) => Promise<void>;

/** Starts the helper on the largest sheets, when the layout is large enough to gain from it. */
function offload(
  prepared: PreparedWorkbook,
  strings: SharedStrings,
  parts: PartOffload | undefined
): { sheets: number[]; result: Promise<OffloadedSheets> } | null {
  if (parts === undefined || prepared.cells <= (parts.minCells ?? LARGE_CELLS)) return null;
  const registered = registerTextIds(prepared.layout, strings);
  const sheets = chooseOffloadSheets(prepared.unguarded, parts.share, (t) => strings.has(t));
  if (sheets.length === 0) return null;
  const cells = sheets.reduce(
    (n, i) => n + sheetCells(prepared.layout.sheets[i] as SheetLayout),
    0
  );
  const result = parts.write({
    sheets,
    fingerprint: fingerprint(prepared, registered, strings),
    cells,
  });
  result.catch(() => undefined); // awaited after the main thread's sheets
  return { sheets, result };
}

/** Streams the workbook's zip bytes to `write`, chunk by chunk, awaiting it between chunks. */
export async function streamSummaryXlsx(
  summary: SummaryLayout,
  options: StreamOptions,
  write: Sink
): Promise<StreamedWorkbook> {
  const prepared = prepareWorkbook(summary, options);
  const { layout, plan, level } = prepared;
  const now = options.now ?? new Date();
  const pkg = new PackageWriter(plan.parts, write, { level, mtime: now });
  const strings = new SharedStrings();
  const helper = offload(prepared, strings, options.parts);
  const handedOver = new Set(helper?.sheets);

  const text: Text = (part, xml) => pkg.part(part, (out) => out.write(xml));
  const relationships: Relationships = async (source, rels) => {
    for (const r of rels) pkg.refersTo(relsPathOf(source), resolveTarget(source, r.target));
    await text(relsPathOf(source), relationshipsXml(rels));
  };
  await text("[Content_Types].xml", contentTypesXml(plan.parts));
  await relationships("", rootRelationships);
  await text("docProps/core.xml", coreXml(layout, now));
  await text("docProps/app.xml", appXml(layout));
  await text("xl/workbook.xml", workbookXml(plan));
  await relationships("xl/workbook.xml", workbookRelationships(plan));
  await text("xl/styles.xml", prepared.styles.xml());
  let charts = 0;
  for (const sheetPlan of plan.sheets) {
    if (!handedOver.has(sheetPlan.index))
      await writeWorksheetPart(pkg, sheetPlan, worksheetContext(prepared, sheetPlan, strings));
    await writeSheetParts(sheetPlan, relationships, text);
    charts += sheetPlan.drawing?.charts.length ?? 0;
  }
  let parallel: StreamedWorkbook["parallel"];
  if (helper) {
    const names = helper.sheets.map((i) => plan.sheets[i]?.sheet.name ?? "");
    const done = await helper.result.then(
      (result) => ({ result }),
      (failure: unknown) => ({ failure })
    );
    parallel = { sheets: names, ...("failure" in done && { failure: done.failure }) };
    if ("result" in done) {
      for (const part of done.result.parts) await pkg.append(part);
      prepared.guarded.tally.add(done.result.counts, done.result.start);
      strings.references += done.result.references;
    } else
      for (const i of helper.sheets) {
        const sheetPlan = plan.sheets[i] as SheetPlan;
        await writeWorksheetPart(pkg, sheetPlan, worksheetContext(prepared, sheetPlan, strings));
      }
  }
  await pkg.part("xl/sharedStrings.xml", (out) => strings.write(out));
  await pkg.finish();
  // Streamed rows are guarded as they are written: the repairs are complete now.
  const repairs = prepared.guarded.repairs();
  const sheets = layout.sheets.map((s) => s.name);
  return { bytes: pkg.bytes, sheets, charts, repairs, ...(parallel && { parallel }) };
}

/** A sheet's drawing, charts, tables and relationships (its worksheet part is written apart). */
async function writeSheetParts(
  plan: SheetPlan,
  relationships: Relationships,
  text: Text
): Promise<void> {
  const rels: Relationship[] = [];
  const drawing = plan.drawing;
  if (drawing) {
    rels.push({
      id: drawing.relationshipId,
      type: REL_TYPE.drawing,
      target: `../${drawing.part.slice(3)}`,
    });
    const anchors = drawing.charts.map((c, i) => ({
      from: c.data.spec.anchor.from,
      to: c.data.spec.anchor.to,
      relationshipId: `rId${i + 1}`,
      name: c.data.spec.title || `Chart ${i + 1}`,
    }));
    await text(drawing.part, drawingXml(anchors));
    await relationships(
      drawing.part,
      drawing.charts.map((c, i) => ({
        id: `rId${i + 1}`,
        type: REL_TYPE.chart,
        target: `../${c.part.slice(3)}`,
      }))
    );
    for (const c of drawing.charts) await text(c.part, chartSpaceXml(plan.sheet.name, c.data));
  }
  for (const t of plan.tables) {
    rels.push({ id: t.relationshipId, type: REL_TYPE.table, target: `../${t.part.slice(3)}` });
    await text(t.part, tableXml(t));
  }
  if (rels.length > 0) await relationships(plan.part, rels);
}

/** The complete .xlsx bytes of a layout (plus the source sheet, when given). */
export async function renderSummaryXlsx(
  layout: SummaryLayout,
  options: WriteOptions = {}
): Promise<RenderedWorkbook> {
  const chunks: Uint8Array[] = [];
  const streamed = await streamSummaryXlsx(layout, options, (chunk) => {
    chunks.push(chunk);
  });
  return { ...streamed, buffer: Buffer.concat(chunks) };
}

/** A temp file next to `file` whose name stays short enough for any legal `file`. */
function tempPathFor(file: string): string {
  return path.join(path.dirname(file), `.smartcity-${process.pid}-${Date.now().toString(36)}.tmp`);
}

/** Streams the workbook to `file` through a temp file in the same folder; nothing is left on failure. */
export async function writeSummaryWorkbook(
  layout: SummaryLayout,
  file: string,
  options: WriteOptions = {}
): Promise<WrittenWorkbook> {
  const temp = tempPathFor(file);
  const handle = await fs.open(temp, "wx");
  try {
    let streamed: StreamedWorkbook;
    try {
      streamed = await streamSummaryXlsx(layout, options, async (chunk) => {
        await handle.write(chunk);
      });
    } finally {
      await handle.close();
    }
    await fs.rename(temp, file);
    return { ...streamed, file };
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw e;
  }
}
