/**
 * No title, subtitle or note runs past the right edge of the page band it prints in (issue 11,
 * "no text cut or crowded on screen or on paper"), on every sheet of both 2015 workbooks. A band
 * is a rectangle of the print area, or the columns between two column breaks; a later band also
 * prints the repeated key columns, so text standing in them ends at their right edge. Text runs on
 * through empty cells to its right and stops at the band's edge or at the next filled cell.
 * Widths in column characters: `lineWidth` (text-width.ts, the widest renderer) against the
 * column widths (a renderer draws both in its own digit width).
 */
import { dataset2015, grid2015 } from "../../src/engine/bundled";
import { evaluate } from "../../src/engine/evaluate";
import {
  buildSummaryLayout,
  parseA1,
  type Block,
  type SheetLayout,
  type StyleName,
} from "../../src/layout";
import { columnPoints, columnPointsAt } from "../../src/layout/print";
import { STYLES } from "../../src/layout/styles";
import { lineWidth } from "../../src/layout/text-width";
import { cellValue, layout2015, sheet } from "./helpers";

const TEXT_STYLES: readonly StyleName[] = ["title", "subtitle", "note"];

/**
 * Width of column `c` in characters of the default font's digit, the unit text widths are
 * measured in by each renderer (a column left at the default width: LibreOffice's 64 pt).
 */
const columnChars = (s: SheetLayout, c: number): number =>
  s.columnWidths[c] ?? columnPointsAt(s.columnWidths, c) / columnPoints(1);

type Band = {
  rows: { from: number; to: number };
  /** Columns from … to − 1 of the band itself. */
  columns: { from: number; to: number };
  /** Repeated key columns printed left of a later band. */
  repeat?: { from: number; to: number };
};

/** Last used column + 1: blocks and charts. */
function usedColumns(s: SheetLayout): number {
  let used = 0;
  for (const b of s.blocks) used = Math.max(used, b.column + b.columns);
  for (const c of s.charts) used = Math.max(used, parseA1(c.anchor.to).column + 1);
  return used;
}

function usedRows(s: SheetLayout): number {
  let used = 0;
  for (const b of s.blocks) used = Math.max(used, b.row + b.rows);
  for (const c of s.charts) used = Math.max(used, parseA1(c.anchor.to).row + 1);
  return used;
}

/** The page bands of a sheet as its print spec sets them. */
function printBands(s: SheetLayout): Band[] {
  const repeat = s.print?.repeatColumns;
  const withRepeat = (band: Band): Band =>
    repeat && band.columns.from > repeat.to ? { ...band, repeat } : band;
  if (s.print?.printArea)
    return s.print.printArea.map((a) => {
      const r = parseA1(a);
      return withRepeat({
        rows: { from: r.row, to: r.row + r.rows - 1 },
        columns: { from: r.column, to: r.column + r.columns },
      });
    });
  const edges = [0, ...(s.print?.fitToWidth ? [] : (s.print?.columnBreaks ?? [])), usedColumns(s)];
  const rows = { from: 0, to: usedRows(s) - 1 };
  return edges.slice(1).map((to, i) => withRepeat({ rows, columns: { from: edges[i] ?? 0, to } }));
}

type Cut = { band: number; text: string; chars: number; room: number };

const isText = (b: Block): boolean =>
  b.rows === 1 && typeof b.values[0]?.[0] === "string" && b.styles.length > 0;

/**
 * The title block's texts that run past the edge of a band they print on: one-cell titles,
 * subtitles and notes above the sheet's first table or other block.
 */
function cutTexts(s: SheetLayout): Cut[] {
  const cuts: Cut[] = [];
  const firstBlock = Math.min(...s.blocks.filter((b) => !isText(b)).map((b) => b.row));
  const texts = s.blocks.filter((b) => isText(b) && b.row < firstBlock);
  printBands(s).forEach((band, index) => {
    for (const b of texts) {
      const style = Object.assign({}, ...b.styles.map((r) => STYLES[r.style])) as {
        bold?: boolean;
        fontSize?: number;
        wrapText?: boolean;
      };
      if (!b.styles.every((r) => TEXT_STYLES.includes(r.style)) || style.wrapText) continue;
      if (b.row < band.rows.from || b.row > band.rows.to) continue;
      const inBand = b.column >= band.columns.from && b.column < band.columns.to;
      const inRepeat =
        band.repeat !== undefined && b.column >= band.repeat.from && b.column <= band.repeat.to;
      if (!inBand && !inRepeat) continue;
      const edge = inBand ? band.columns.to : (band.repeat?.to ?? 0) + 1;
      let room = columnChars(s, b.column);
      for (let c = b.column + 1; c < edge; c++) {
        const next = cellValue(s, b.row, c);
        if (next !== undefined && next !== null && next !== "") break;
        room += columnChars(s, c);
      }
      const text = b.values[0]?.[0] as string;
      const chars = lineWidth(text, style.bold === true, style.fontSize ?? 11);
      if (chars > room) cuts.push({ band: index, text, chars: Math.round(chars), room });
    }
  });
  return cuts;
}

describe.each(["zh", "en"] as const)("titles within their page band (%s)", (language) => {
  const dataset = dataset2015(false);
  const layout = buildSummaryLayout(evaluate(dataset), dataset, {
    language,
    source: { grid: grid2015(), headerRows: 1 },
  });
  const keys = layout.sheets.map((s) => s.key);

  test("every sheet is checked, the source sheet included", () => {
    expect(keys).toEqual(
      expect.arrayContaining([
        "overall",
        "statistics",
        "groups",
        "groupRanks",
        "editions",
        "source",
      ])
    );
  });

  test.each(keys)("%s", (key) => {
    expect(cutTexts(sheet(layout, key))).toEqual([]);
  });
});

describe("the English overall ranking prints in two bands, the second below the title", () => {
  const overall = sheet(layout2015("en"), "overall");
  const print = overall.print;

  test("band 2 starts at the header row, the key columns and header row repeated", () => {
    const header = overall.blocks.find((b) => b.key === "ranking")!.row;
    expect(print?.printArea).toHaveLength(2);
    const [first, second] = (print?.printArea ?? []).map(parseA1);
    expect(first).toMatchObject({ row: 0, column: 0 });
    expect(second).toMatchObject({ row: header, column: print?.columnBreaks?.[0] });
    expect(second!.rows).toBe(first!.rows - header);
    expect(print?.repeatRows).toEqual({ from: header, to: header });
    expect(print?.repeatColumns).toEqual({ from: 0, to: 1 });
    expect(print?.headerText).toBe("Overall ranking");
  });

  test("without the print area the repeated city columns would cut the title (the old page 6)", () => {
    const whole = { ...overall, print: { ...print!, printArea: undefined } };
    delete whole.print.printArea;
    expect(cutTexts(whole).map((c) => c.band)).toContain(1);
    expect(cutTexts(overall)).toEqual([]);
  });

  test("at ≥ 8 pt: one band would need text below 8 pt", () => {
    const percent = print?.scalePercent ?? 100;
    expect((percent / 100) * 11).toBeGreaterThanOrEqual(8);
    const total = overall.columnWidths.reduce((sum, w) => sum + columnPoints(w), 0);
    const landscape = 842 - 2 * 0.7 * 72;
    expect((landscape / total) * 11).toBeLessThan(8);
  });

  test("the Chinese ranking prints in one band, no print area", () => {
    const zh = sheet(layout2015("zh"), "overall").print;
    expect(zh?.columnBreaks ?? []).toEqual([]);
    expect(zh?.printArea).toBeUndefined();
  });
});
