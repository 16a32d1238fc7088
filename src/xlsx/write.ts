/**
 * The .xlsx writer of the summary (docs/adr/0009-streaming-xlsx-writer.md): the layout passes the
 * validity gate (src/layout/guard.ts), then every part is generated from it and streamed through
 * the checked package (package.ts) to a sink: memory follows the distinct texts and the
 * layout, never the size of the XML. `writeSummaryWorkbook` streams to a temp file in the
 * target folder and renames it, so a failure never leaves a partial or invalid workbook.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { guardLayoutWhileWriting } from "../layout/guard";
import type { SummaryLayout } from "../layout/types";
import { blockBands } from "./block-formats";
import { chartSpaceXml, drawingXml } from "./charts";
import { relationshipsXml, REL_TYPE, relsPathOf, resolveTarget, type Relationship } from "./ooxml";
import { contentTypesXml, PackageWriter, type Sink } from "./package";
import { planWorkbook, type SheetPlan } from "./plan";
import { SharedStrings } from "./shared-strings";
import { isGuid, tableXml } from "./sheet-parts";
import { withSourceSheet, type SourceData } from "./source-sheet";
import { StyleSheet } from "./style-sheet";
import {
  appXml,
  coreXml,
  rootRelationships,
  workbookRelationships,
  workbookXml,
} from "./workbook-parts";
import { writeWorksheet, type WorksheetContext } from "./worksheet";

export type StreamedWorkbook = {
  bytes: number;
  sheets: string[];
  charts: number;
  repairs: string[];
};
export type RenderedWorkbook = StreamedWorkbook & { buffer: Buffer };
export type WrittenWorkbook = StreamedWorkbook & { file: string };
/**
 * `source`: the input table, written as its own last sheet (unless the layout already has a
 * sheet with key "source"). `now`: the document's created / modified time. `level`: deflate
 * level (default 6; 1 for a layout of over a million cells, where deflate at level 6 would take
 * longer than everything else together and level 1 costs about a third more bytes).
 */
export type WriteOptions = { source?: SourceData; now?: Date; level?: 1 | 3 | 6 | 9 };

const LARGE_CELLS = 1_000_000;

/** Cells the layout's blocks span (rows × columns; no row is read). */
function cellCount(layout: SummaryLayout): number {
  let cells = 0;
  for (const sheet of layout.sheets) for (const b of sheet.blocks) cells += b.rows * b.columns;
  return cells;
}

/** Streams the workbook's zip bytes to `write`, chunk by chunk, awaiting it between chunks. */
export async function streamSummaryXlsx(
  summary: SummaryLayout,
  options: WriteOptions,
  write: Sink
): Promise<StreamedWorkbook> {
  const withSource =
    options.source && !summary.sheets.some((s) => s.key === "source")
      ? withSourceSheet(summary, options.source)
      : summary;
  const { layout, repairs } = guardLayoutWhileWriting(withSource);
  const now = options.now ?? new Date();
  const plan = planWorkbook(layout);
  const level = options.level ?? (cellCount(layout) > LARGE_CELLS ? 1 : 6);
  const pkg = new PackageWriter(plan.parts, write, { level, mtime: now });
  // Styles are collected up front: every block's formats, before any cell is written.
  const styles = new StyleSheet();
  const bands = new Map(
    layout.sheets.flatMap((s) => s.blocks).map((b) => [b, blockBands(b, styles)])
  );
  const strings = new SharedStrings();
  const names = new Map(layout.sheets.map((s) => [s.key, s.name]));

  const text = (part: string, xml: string): Promise<void> =>
    pkg.part(part, (out) => out.write(xml));
  const relationships = async (source: string, rels: Relationship[]): Promise<void> => {
    for (const r of rels) pkg.refersTo(relsPathOf(source), resolveTarget(source, r.target));
    await text(relsPathOf(source), relationshipsXml(rels));
  };
  await text("[Content_Types].xml", contentTypesXml(plan.parts));
  await relationships("", rootRelationships);
  await text("docProps/core.xml", coreXml(layout, now));
  await text("docProps/app.xml", appXml(layout));
  await text("xl/workbook.xml", workbookXml(plan));
  await relationships("xl/workbook.xml", workbookRelationships(plan));
  await text("xl/styles.xml", styles.xml());
  let charts = 0;
  for (const sheetPlan of plan.sheets) {
    const context: WorksheetContext = {
      strings,
      bands,
      textAt: sheetPlan.textAt,
      sheetNameOf: (key) => names.get(key),
    };
    await writeSheet(pkg, sheetPlan, context, relationships, text);
    charts += sheetPlan.drawing?.charts.length ?? 0;
  }
  await pkg.part("xl/sharedStrings.xml", (out) => strings.write(out));
  await pkg.finish();
  // Streamed rows are guarded as they are written: the repairs are complete now.
  return { bytes: pkg.bytes, sheets: layout.sheets.map((s) => s.name), charts, repairs: repairs() };
}

async function writeSheet(
  pkg: PackageWriter,
  plan: SheetPlan,
  context: WorksheetContext,
  relationships: (source: string, rels: Relationship[]) => Promise<void>,
  text: (part: string, xml: string) => Promise<void>
): Promise<void> {
  let dataBarIds: string[] = [];
  await pkg.part(
    plan.part,
    async (out) => {
      dataBarIds = await writeWorksheet(out, plan, context);
    },
    (check) => {
      const linked = check.dataBarIds.join() === check.dataBarRuleIds.join();
      if (!linked || check.dataBarIds.join() !== dataBarIds.join() || !dataBarIds.every(isGuid))
        throw new Error(`internal: ${plan.part}: data-bar ids do not match between the two rules`);
    }
  );
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
