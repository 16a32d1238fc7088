/**
 * Splitting the summary's cell values into requests: as few value syncs as the payload limit
 * allows (issue 12), and no request above it at any size.
 *
 * The plan takes max(minBatches, ceil(bytes / budget)) batches and spreads the values evenly over
 * them. The budget is the 4 MB limit less a little room for the calculation-mode calls that share
 * a value request, so the number of value syncs stays at the floor the limit sets: 1 for the 2015
 * table, 8 for 20,000 cities, about 37 for 100,000 (measured in tests/office/sync-budget.test.ts).
 */
import { blockRow } from "../layout/rows";
import { needsQuotePrefix } from "./cell-input";
import type { Block, CellValue, SheetLayout } from "../layout/types";

/** Requests must stay below 4 MB (issue 3); Excel on the web rejects 5 MB. */
export const REQUEST_LIMIT_BYTES = 4_000_000;
/** Values per sync: the limit minus room for the few other operations that share the request. */
export const VALUE_BUDGET_BYTES = 3_900_000;
/** Value syncs at least (more only when the values need them; 1: a small summary in one request). */
export const MIN_VALUE_SYNCS = 1;
/** Estimated request bytes of one range write besides its values (object path, address, ids). */
export const CHUNK_OVERHEAD_BYTES = 200;

/** Rows [from, from + count) of a block's values, written with one `range.values` assignment. */
export type ValueChunk = {
  sheet: number;
  block: Block;
  from: number;
  count: number;
  bytes: number;
};

export type ValuePlan = {
  batches: ValueChunk[][];
  /** Estimated request bytes of each batch. */
  batchBytes: number[];
  totalBytes: number;
};

function stringBytes(s: string): number {
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += c === 34 || c === 92 ? 2 : c < 0x20 ? 6 : 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** JSON bytes (UTF-8) of the input written for one cell (see cell-input.ts). */
export function cellBytes(value: CellValue): number {
  if (value === null) return 2;
  if (typeof value === "number") return Number.isFinite(value) ? String(value).length : 2;
  return stringBytes(value) + (needsQuotePrefix(value) ? 1 : 0);
}

/** JSON bytes of one row of `columns` cells, with its brackets and the comma after it. */
export function rowBytes(row: readonly CellValue[] | undefined, columns: number): number {
  let n = 2 + columns;
  for (let j = 0; j < columns; j++) n += cellBytes(row?.[j] ?? null);
  return n;
}

export type PlanOptions = { minBatches?: number; budgetBytes?: number };

/**
 * Assigns every block row to one of max(K, ceil(bytes / budget)) batches, in sheet and block
 * order, closing a batch once it holds its even share; a batch never exceeds the budget unless a
 * single row does (a row of 3.5 MB cannot be split by rows). Cost O(cells).
 */
export function planValueBatches(
  sheets: readonly SheetLayout[],
  options: PlanOptions = {}
): ValuePlan {
  const budget = options.budgetBytes ?? VALUE_BUDGET_BYTES;
  const minBatches = Math.max(1, options.minBatches ?? MIN_VALUE_SYNCS);
  const rows: { sheet: number; block: Block; sizes: Int32Array }[] = [];
  let total = 0;
  let largestRow = 0;
  sheets.forEach((sheet, s) =>
    sheet.blocks.forEach((block) => {
      // Rows are pulled one at a time (a streamed block is never materialised, rows.ts).
      const sizes = new Int32Array(block.rows);
      for (let i = 0; i < block.rows; i++) {
        const b = rowBytes(blockRow(block, i), block.columns);
        sizes[i] = b;
        total += b;
        if (b > largestRow) largestRow = b;
      }
      total += CHUNK_OVERHEAD_BYTES;
      rows.push({ sheet: s, block, sizes });
    })
  );
  // Room for one more row and chunk header keeps every batch under the budget.
  const usable = Math.max(1, budget - largestRow - CHUNK_OVERHEAD_BYTES);
  const count = Math.max(minBatches, Math.ceil(total / usable));
  const share = total / count;

  const batches: ValueChunk[][] = [[]];
  const batchBytes = [0];
  let open: ValueChunk | null = null;
  const current = (): number => batches.length - 1;
  const closeBatch = (): void => {
    open = null;
    batches.push([]);
    batchBytes.push(0);
  };
  for (const { sheet, block, sizes } of rows) {
    open = null;
    sizes.forEach((size, i) => {
      const b = current();
      const extra = open ? size : size + CHUNK_OVERHEAD_BYTES;
      const used = batchBytes[b] ?? 0;
      if (used > 0 && (used + extra > budget || (used >= share && b < count - 1))) closeBatch();
      const k = current();
      if (!open) {
        open = { sheet, block, from: i, count: 0, bytes: CHUNK_OVERHEAD_BYTES };
        batches[k]?.push(open);
        batchBytes[k] = (batchBytes[k] ?? 0) + CHUNK_OVERHEAD_BYTES;
      }
      open.count++;
      open.bytes += size;
      batchBytes[k] = (batchBytes[k] ?? 0) + size;
    });
  }
  // Always `count` batches (some may be empty for tiny layouts), so the sync count is constant.
  while (batches.length < count) {
    batches.push([]);
    batchBytes.push(0);
  }
  return { batches, batchBytes, totalBytes: total };
}
