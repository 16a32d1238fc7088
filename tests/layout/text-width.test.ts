/**
 * Header wrapping (issue 11, "Layout that reads": Chinese headers were cut or broken as
 * "智慧人/群"). Widths are modelled for Excel (Calibri, CJK 14.67 px in 7 px characters) and for
 * LibreOffice without Calibri (DejaVu Sans columns); a header's column is the narrowest at which
 * both break it at a word with no lone character, or show it on one line.
 */
import { textWidth, wrapLines, wrapWidth } from "../../src/layout/text-width";
import { layout2015, sheet, block } from "./helpers";

/** Characters of `text` per line in Excel at column width `column` (greedy, per character). */
function excelLines(text: string, column: number): string[] {
  const perLine = Math.floor((column * 7 - 5) / 14.67);
  const chars = [...text];
  const lines: string[] = [];
  for (let i = 0; i < chars.length; i += perLine) lines.push(chars.slice(i, i + perLine).join(""));
  return lines;
}

describe("header widths", () => {
  test.each([
    // Dimension names of the 2015 指标体系 (report 表 1): whole words per line, or one line.
    ["智慧人群", ["智慧人群"]],
    ["智慧基础设施", ["智慧基础", "设施"]],
    ["信息服务业从业人员", ["信息服务业", "从业人员"]],
  ])("%s over score columns breaks as %j in Excel", (header, lines) => {
    const column = wrapWidth(header, 5) + 2;
    expect(excelLines(header, column)).toEqual(lines);
  });

  test("no header of either 2015 ranking leaves one CJK character on a line in Excel", () => {
    for (const language of ["zh", "en"] as const) {
      const overall = sheet(layout2015(language), "overall");
      const header = block(overall, "ranking").values[0] ?? [];
      header.forEach((h, j) => {
        const text = String(h);
        if (!/[\u4e00-\u9fff]/u.test(text)) return;
        const lines = excelLines(text, overall.columnWidths[j] ?? 8);
        expect([text, lines.some((l) => l.length === 1 && lines.length > 1)]).toEqual([
          text,
          false,
        ]);
      });
    }
  });

  test("an unbreakable word widens its column to fit whole", () => {
    // The column (content + 2) holds the word and the cell's padding (under one character).
    expect(wrapWidth("Infrastructure", 5) + 2).toBeGreaterThanOrEqual(
      textWidth("Infrastructure") + 1
    );
    expect(wrapLines("Infrastructure", wrapWidth("Infrastructure", 5))).toBe(1);
  });

  test("a hyphenated word breaks after its hyphen, as Excel and LibreOffice break it", () => {
    // 保障体系's 市民数字素养培训 in English: "digital-literacy" no longer holds its column at 16+.
    const header = "Citizen digital-literacy promotion & training";
    const w = wrapWidth(header, 4, 5);
    expect(w).toBeLessThan(textWidth("digital-literacy"));
    expect(wrapLines(header, w)).toBeLessThanOrEqual(5);
    expect(wrapLines("digital-literacy", textWidth("digital-") + 1)).toBe(2);
  });

  test("English headers wrap at spaces onto two lines", () => {
    const w = wrapWidth("Smart Infrastructure", 5);
    // Bold letters are a little wider than the digits a column width counts.
    expect(w + 2).toBeGreaterThan(textWidth("Infrastructure") + 1);
    expect(wrapLines("Smart Infrastructure", w)).toBe(2);
  });
});

describe("wrapped cell text (regular, not bold)", () => {
  // About, differences from the report: LibreOffice shows these on one line in a 40-wide column
  // (the row was two lines high when every character counted as a bold one).
  test.each([
    ["r of Smart Economy with Smart Services", 1],
    ["Wuxi: total vs the sum of its scores", 1],
    ["Cities listed: Basic information resources & government data sharing", 2],
  ])("%s takes %i line(s) at width 38", (text, lines) => {
    expect(wrapLines(text, 38, false)).toBe(lines);
  });

  test("bold (header) text of the same length takes more room", () => {
    expect(wrapLines("r of Smart Economy with Smart Services", 38, true)).toBe(2);
  });
});
