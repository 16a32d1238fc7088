/**
 * The cell format of every cell of a block without a per-cell object: the block's style and
 * number-format regions cut its rows into bands (rows where the same regions apply), and each
 * band holds one xf index per column. Cost: bands × columns, independent of the row count.
 */
import type { Block, Region, StyleName } from "../layout/types";
import type { StyleSheet } from "./style-sheet";

export type Band = {
  /** First block row of the band (inclusive) and one past its last. */
  from: number;
  to: number;
  /** xf index per block column (0 = default). */
  xf: Int32Array;
  /** Block columns whose format shows on an empty cell (fill, border), ascending. */
  visibleEmpty: number[];
  /** 1 for the columns in `visibleEmpty`. */
  isVisible: Uint8Array;
};

const clamp = (x: number, max: number): number => Math.max(0, Math.min(x, max));

/** Bands of a block, ascending and covering rows 0 … block.rows. */
export function blockBands(block: Block, styles: StyleSheet): Band[] {
  const regions: Region[] = [...block.styles, ...block.numberFormats];
  const cuts = new Set<number>([0, block.rows]);
  for (const r of regions) {
    cuts.add(clamp(r.row, block.rows));
    cuts.add(clamp(r.row + r.rows, block.rows));
  }
  const edges = [...cuts].sort((a, b) => a - b);
  const bands: Band[] = [];
  for (let k = 0; k + 1 < edges.length; k++) {
    const from = edges[k] as number;
    const to = edges[k + 1] as number;
    if (to > from) bands.push(band(block, from, to, styles));
  }
  return bands;
}

function band(block: Block, from: number, to: number, styles: StyleSheet): Band {
  const covers = (r: Region): boolean => r.row <= from && r.row + r.rows >= to;
  const applying = {
    styles: block.styles.filter(covers),
    formats: block.numberFormats.filter(covers),
  };
  const xf = new Int32Array(block.columns);
  const visibleEmpty: number[] = [];
  const isVisible = new Uint8Array(block.columns);
  if (applying.styles.length === 0 && applying.formats.length === 0)
    return { from, to, xf, visibleEmpty, isVisible };
  // Columns where the set of applying regions changes.
  const cuts = new Set<number>([0, block.columns]);
  for (const r of [...applying.styles, ...applying.formats]) {
    cuts.add(clamp(r.column, block.columns));
    cuts.add(clamp(r.column + r.columns, block.columns));
  }
  const edges = [...cuts].sort((a, b) => a - b);
  for (let k = 0; k + 1 < edges.length; k++) {
    const c0 = edges[k] as number;
    const c1 = edges[k + 1] as number;
    const inColumns = (r: Region): boolean => r.column <= c0 && r.column + r.columns >= c1;
    const names: StyleName[] = applying.styles.filter(inColumns).map((s) => s.style);
    const format = applying.formats.filter(inColumns).at(-1)?.format;
    if (names.length === 0 && format === undefined) continue;
    const cell = styles.format(names, format);
    xf.fill(cell.xf, c0, c1);
    if (cell.visibleWhenEmpty) {
      isVisible.fill(1, c0, c1);
      for (let c = c0; c < c1; c++) visibleEmpty.push(c);
    }
  }
  return { from, to, xf, visibleEmpty, isVisible };
}
