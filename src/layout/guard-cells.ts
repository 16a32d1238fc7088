/**
 * The guard's checks of cell values (guard.ts): which texts and numbers need repair, texts of
 * text ids (rows.ts) checked once per id, and the cell guard the .xlsx writer uses to check each
 * cell in its own type dispatch instead of the guard scanning every row before it.
 */
import { MAX_CELL_TEXT, XML_FORBIDDEN } from "./repairs";
import { textIdsOf, type RowSource } from "./rows";
import type { Block, CellValue } from "./types";

/**
 * Whether a text may hold a character XML 1.0 forbids: a loop over its code units (cheaper than
 * a regular expression call on the short texts of cells); XML_FORBIDDEN then decides.
 */
function suspicious(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || (c >= 0xd800 && c <= 0xdfff) || c >= 0xfffe) return true;
  }
  return false;
}

/** A text a cell cannot hold as it is. */
export const textNeedsRepair = (v: string): boolean =>
  v.length > MAX_CELL_TEXT || (suspicious(v) && XML_FORBIDDEN.test(v));

/** A text or number a cell cannot hold as it is (x - x is 0 only for finite numbers). */
export const needsRepair = (v: CellValue | undefined): boolean =>
  typeof v === "number" ? v - v !== 0 : typeof v === "string" && textNeedsRepair(v);

const [UNCHECKED, CLEAN, DIRTY] = [0, 1, 2];
/** Verdicts per text array of text ids, for one guard run (texts are not changed while writing). */
let verdicts = new WeakMap<readonly unknown[], Uint8Array>();

/** Forgets the verdicts of the previous guard run. */
export function resetVerdicts(): void {
  verdicts = new WeakMap();
}

function verdictsOf(texts: readonly unknown[]): Uint8Array {
  let verdict = verdicts.get(texts);
  if (verdict === undefined) verdicts.set(texts, (verdict = new Uint8Array(texts.length)));
  return verdict;
}

/**
 * Whether `text`, entry `id` of the text array whose verdicts are `verdict` (`CellGuard.verdicts`),
 * is clean: its characters are read on the first ask only.
 */
export function cleanId(verdict: Uint8Array, id: number, text: string): boolean {
  if (verdict[id] === UNCHECKED) verdict[id] = textNeedsRepair(text) ? DIRTY : CLEAN;
  return verdict[id] === CLEAN;
}

/** Whether entry `id` was already found clean (its text is not read). */
export const foundClean = (verdict: Uint8Array, id: number): boolean => verdict[id] === CLEAN;

/**
 * For a block with text ids (rows.ts, city names): which cells of row i hold the text of their
 * id that an earlier row found clean (1), so a city's name is checked once, not on every sheet
 * row that names it. A cell whose text is not its id's is checked as usual.
 */
export function knownClean(
  block: Block
): ((row: readonly CellValue[], i: number) => Uint8Array) | undefined {
  const ids = textIdsOf(block);
  if (!ids) return undefined;
  const columns = ids.columns
    .filter((c) => c.column < block.columns)
    .map((c) => ({ j: c.column, texts: c.texts, verdict: verdictsOf(c.texts) }));
  const known = new Uint8Array(block.columns);
  return (row, i) => {
    const id = ids.idAt(i);
    for (const { j, texts, verdict } of columns) {
      const v = row[j];
      known[j] = 0;
      // Same string as the id's (compared by reference first): its characters are not read again.
      if (id < 0 || v !== texts[id] || typeof v !== "string") continue;
      known[j] = cleanId(verdict, id, v) ? 1 : 0;
    }
    return known;
  };
}

/**
 * A guarded streamed block's rows as the layout gives them, for a writer that checks each cell
 * itself (one type dispatch per cell): it calls `repair` for every cell `needsRepair` finds,
 * except texts of text ids that `cleanId` finds clean. `blockRow` and the block's row source
 * still give the guarded rows; a row's repairs are counted once whichever way it is read.
 */
export type CellGuard = {
  raw: RowSource;
  /** For a text array of the block's text ids: its verdicts, for `cleanId`. */
  verdicts(texts: readonly (string | null)[]): Uint8Array;
  /** Cell j of row i repaired (noted as the guard notes it). */
  repair(i: number, j: number, value: CellValue): CellValue;
};

/** A cell guard over `raw` rows whose cells `repair` repairs (guard.ts counts and places them). */
export function cellGuard(
  raw: RowSource,
  repair: (i: number, j: number, value: CellValue) => CellValue
): CellGuard {
  return {
    raw,
    verdicts: verdictsOf,
    repair,
  };
}

const CELL_GUARD = Symbol("cellGuard");

/** `block` carrying `guard` (not copied with the block: a copy is read through its row source). */
export function attachCellGuard(block: Block, guard: CellGuard): Block {
  Object.defineProperty(block, CELL_GUARD, { configurable: true, value: guard });
  return block;
}

export const cellGuardOf = (block: Block): CellGuard | undefined =>
  (block as Block & { [CELL_GUARD]?: CellGuard })[CELL_GUARD];
