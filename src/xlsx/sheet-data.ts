/**
 * <sheetData> of one sheet, streamed row by row from the layout's blocks (side by side blocks
 * merge into one row). Only cells that hold data are written, plus empty cells whose format
 * shows (a header fill); ragged and sparse value rows are walked by their own entries, never by
 * the bounding box, so memory and time follow the cells that hold data.
 */
import { columnLetters } from "../engine/text";
import { blockRow } from "../layout/rows";
import type { Block, SheetLayout } from "../layout/types";
import type { Band } from "./block-formats";
import type { PartWriter } from "./package";
import type { SharedStrings } from "./shared-strings";

/** Rows longer than this are walked by their present indices (sparse rows of a hostile input). */
const DENSE_ROW = 1024;
const letterCache: string[] = [];
export const letters = (column: number): string => (letterCache[column] ??= columnLetters(column));

/**
 * Per column of a band, the constant text of its cells: `<c r="` + letters, and the attributes
 * after the row number for a number, a shared string and an empty visible cell. Built once per
 * band, so a row costs one concatenation per cell.
 */
type CellTexts = { open: string[]; number: string[]; text: string[]; empty: string[] };

type Active = { block: Block; bands: Band[]; band: number; texts: CellTexts | undefined };

function cellTexts(block: Block, band: Band | undefined): CellTexts {
  const texts: CellTexts = { open: [], number: [], text: [], empty: [] };
  for (let j = 0; j < block.columns; j++) {
    const xf = band?.xf[j] ?? 0;
    const s = xf !== 0 ? ` s="${xf}"` : "";
    texts.open.push(`<c r="${letters(block.column + j)}`);
    texts.number.push(`"${s}><v>`);
    texts.text.push(`"${s} t="s"><v>`);
    texts.empty.push(xf !== 0 && band?.isVisible[j] === 1 ? `"${s}/>` : "");
  }
  return texts;
}

export type SheetDataContext = {
  strings: SharedStrings;
  /** Each block's format bands (block-formats.ts), computed before any sheet is written. */
  bands: ReadonlyMap<Block, Band[]>;
  /** Texts written instead of the layout value by row, then column (table headers: always text). */
  textAt: ReadonlyMap<number, ReadonlyMap<number, string>>;
};

/**
 * Texts of numbers already written: scores, rates and ranks repeat across the per-city sheets
 * (a few thousand distinct values), and a Map lookup is about three times faster than V8's
 * shortest round-trip formatting. Bounded, so a table of distinct values costs 64 K entries.
 */
const numberTexts = new Map<number, string>();
const NUMBER_TEXTS = 1 << 16;

export function formatNumber(value: number): string {
  let text = numberTexts.get(value);
  if (text !== undefined) return text;
  if (!Number.isFinite(value))
    throw new Error(`internal: ${value} reached a cell (the guard blanks it)`);
  text = String(value);
  if (numberTexts.size < NUMBER_TEXTS) numberTexts.set(value, text);
  return text;
}

/** Writes the <sheetData> element. */
export async function writeSheetData(
  out: PartWriter,
  sheet: SheetLayout,
  context: SheetDataContext
): Promise<void> {
  const blocks = [...sheet.blocks].sort((a, b) => a.row - b.row || a.column - b.column);
  const heights = [...(sheet.rowHeights ?? [])].sort((a, b) => a.row - b.row);
  out.write("<sheetData>");
  let next = 0; // next block to activate
  let nextHeight = 0;
  let active: Active[] = [];
  let row = Math.min(blocks[0]?.row ?? Infinity, heights[0]?.row ?? Infinity);
  let written = 0;
  while (Number.isFinite(row)) {
    while (next < blocks.length && (blocks[next] as Block).row <= row) {
      const block = blocks[next++] as Block;
      active.push({ block, bands: context.bands.get(block) ?? [], band: 0, texts: undefined });
      active.sort((a, b) => a.block.column - b.block.column);
    }
    let height: number | undefined;
    while (nextHeight < heights.length && (heights[nextHeight]?.row ?? 0) <= row) {
      const h = heights[nextHeight++];
      if (h?.row === row) height = h.height;
    }
    let cells = "";
    const r = String(row + 1);
    const texts = context.textAt.get(row);
    for (const a of active) cells += blockRowCells(a, row, r, texts, context);
    if (cells !== "" || height !== undefined) {
      const ht = height !== undefined ? ` ht="${height}" customHeight="1"` : "";
      out.write(`<row r="${r}"${ht}>${cells}</row>`);
      if (++written % 2048 === 0) await out.drain();
    }
    // Blocks that end here leave (checked without a new array per row: most rows end none).
    if (active.some((a) => a.block.row + a.block.rows <= row + 1))
      active = active.filter((a) => a.block.row + a.block.rows > row + 1);
    const following = Math.min(blocks[next]?.row ?? Infinity, heights[nextHeight]?.row ?? Infinity);
    row = active.length > 0 ? row + 1 : following;
  }
  out.write("</sheetData>");
}

/** The <c> elements of one block in one sheet row (`r`: its 1-based number), ascending by column. */
function blockRowCells(
  a: Active,
  row: number,
  r: string,
  texts: ReadonlyMap<number, string> | undefined,
  context: SheetDataContext
): string {
  const { block } = a;
  const i = row - block.row;
  while (a.band < a.bands.length - 1 && (a.bands[a.band] as Band).to <= i) {
    a.band += 1;
    a.texts = undefined;
  }
  const band = a.bands[a.band];
  const cell = (a.texts ??= cellTexts(block, band));
  const values = blockRow(block, i);
  const limit = Math.min(values?.length ?? 0, block.columns);
  let xml = "";
  const emit = (j: number): void => {
    const value = texts?.get(block.column + j) ?? values?.[j];
    if (typeof value === "number")
      xml += `${cell.open[j]}${r}${cell.number[j]}${formatNumber(value)}</v></c>`;
    else if (typeof value === "string")
      xml += `${cell.open[j]}${r}${cell.text[j]}${context.strings.of(value)}</v></c>`;
    else if (cell.empty[j] !== "") xml += `${cell.open[j]}${r}${cell.empty[j]}`;
  };
  const visible = band?.visibleEmpty ?? [];
  if (limit <= DENSE_ROW) {
    for (let j = 0; j < limit; j++) emit(j);
    for (const j of visible) if (j >= limit) emit(j);
    return xml;
  }
  // A long row: its present entries (Object.keys lists array indices ascending) and visible empties.
  const present = Object.keys(values as object)
    .map(Number)
    .filter((j) => Number.isInteger(j) && j < limit);
  let v = 0;
  for (const j of present) {
    while (v < visible.length && (visible[v] as number) < j) emit(visible[v++] as number);
    if (visible[v] === j) v += 1;
    emit(j);
  }
  while (v < visible.length) emit(visible[v++] as number);
  return xml;
}
