/**
 * Indicator rankings: each block's caption (name, weight, dimension) stays within its block's
 * four columns, wrapping onto rows of its own, so it never runs under the next block's caption
 * (issue 11, "no text cut"). Before, "Basic information resources & government data sharing
 * (weight 10) · Smart Infrastructure" ran into the next block on screen and was cut on paper.
 */
import { INDICATOR_BLOCK_COLUMNS } from "../../src/layout/indicators";
import { lineWidth } from "../../src/layout/text-width";
import type { Language } from "../../src/layout/types";
import { layout2015, sheet } from "./helpers";

describe.each<Language>(["zh", "en"])("indicator captions (%s)", (language) => {
  const indicators = sheet(layout2015(language), "indicators");
  const captions = indicators.blocks.filter((b) => /^indicator\d+\.name\d*$/u.test(b.key));
  const widthOf = (column: number): number =>
    indicators.columnWidths
      .slice(column, column + INDICATOR_BLOCK_COLUMNS)
      .reduce((sum, w) => sum + w, 0);

  test("every indicator has a caption, every caption line fits its block", () => {
    expect(captions.filter((b) => !/\.name\d+$/u.test(b.key))).toHaveLength(16);
    const over = captions
      .map((b) => ({ key: b.key, text: String(b.values[0]?.[0] ?? "") }))
      .filter((c, i) => lineWidth(c.text, true) > widthOf(captions[i]!.column));
    expect(over).toEqual([]);
  });

  test("the caption rows and the header row repeat on every printed page", () => {
    const rows = captions.map((b) => b.row);
    const header = indicators.blocks.find((b) => b.key === "indicator1")!.row;
    expect(indicators.print?.repeatRows).toEqual({ from: Math.min(...rows), to: header });
    expect(indicators.freeze?.rows).toBe(header + 1);
  });
});
