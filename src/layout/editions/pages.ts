/**
 * Page breaks of the editions sheet planned here, one before every block of rows that starts a
 * page (issue 11, "Print": each table with its chart on one page). Breaks print.ts would leave
 * to the renderer drift: LibreOffice fits more rows a page than planned, so a table planned to
 * start a page started near the foot of the previous one and was cut. With every page started
 * by an explicit break and planned no fuller than a page, no renderer breaks inside a block.
 */
import { columnPoints, DEFAULT_ROW_HEIGHT, oneBandPageHeight } from "../print";
import type { SheetBuilder } from "../sheet-builder";

/** Sheet rows from … to (inclusive) printed on one page: a table with its caption and chart. */
export type KeptRows = { from: number; to: number };

/** Rows of slack a page (renderers' row heights differ a little). */
const SLACK_ROWS = 1;

/** Keeps each of `blocks` (in sheet order) on one page, a break before each that starts one. */
export function keepOnPages(b: SheetBuilder, blocks: readonly KeptRows[]): void {
  const draft = b.build();
  const tall = new Map((draft.rowHeights ?? []).map((r) => [r.row, r.height]));
  const height = (from: number, to: number): number => {
    let sum = 0;
    for (let r = from; r <= to; r++) sum += tall.get(r) ?? DEFAULT_ROW_HEIGHT;
    return sum;
  };
  const width = draft.columnWidths.reduce((sum, w) => sum + columnPoints(w), 0);
  const page = oneBandPageHeight(width) - SLACK_ROWS * DEFAULT_ROW_HEIGHT;
  let y = 0;
  let next = 0;
  for (const block of blocks) {
    const gap = height(next, block.from - 1);
    const rows = height(block.from, block.to);
    const startsPage = y > 0 && y + gap + rows > page;
    b.keepTogether(block.from, block.to, startsPage);
    // A block longer than a page runs on over the next ones.
    y = startsPage ? rows % page : y + gap + rows;
    next = block.to + 1;
  }
}
