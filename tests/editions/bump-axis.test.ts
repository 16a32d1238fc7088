/**
 * The bump chart of the editions sheet in the .xlsx writer (issue 14): its rank axis reversed
 * (rank 1 on top, `c:orientation maxMin` on the value axis) and the edition labels kept at the
 * bottom (`c:crosses max` on the category axis); the other charts keep the default axes.
 */
import JSZip from "jszip";
import { dataset2015 } from "../../src/engine/bundled";
import { compareEditions, editionFromEvaluation, reportEditions } from "../../src/engine/editions";
import { evaluate } from "../../src/engine/evaluate";
import { editionsSheet } from "../../src/layout/editions";
import { renderSummaryXlsx } from "../../src/xlsx/write";

const evaluation = evaluate(dataset2015(true));
const comparison = compareEditions(reportEditions(editionFromEvaluation("2015", evaluation)));

/** The chart parts of a one-sheet workbook of the editions sheet, in part order. */
async function chartParts(language: "zh" | "en"): Promise<string[]> {
  const sheet = editionsSheet(comparison, language);
  const { buffer } = await renderSummaryXlsx({ language, title: sheet.title, sheets: [sheet] });
  const zip = await JSZip.loadAsync(buffer);
  const names = Object.keys(zip.files)
    .filter((n) => /^xl\/charts\/chart\d+\.xml$/u.test(n))
    .sort((a, b) => Number(/\d+/u.exec(a)?.[0]) - Number(/\d+/u.exec(b)?.[0]));
  return Promise.all(names.map((n) => (zip.file(n) as JSZip.JSZipObject).async("string")));
}
const axis = (xml: string, tag: "c:catAx" | "c:valAx"): string =>
  xml.slice(xml.indexOf(`<${tag}>`), xml.indexOf(`</${tag}>`));

test.each(["zh", "en"] as const)(
  "bump chart (%s): rank axis maxMin from 1, labels at the bottom",
  async (language) => {
    const charts = await chartParts(language);
    const bump = charts.filter((xml) => xml.includes("<c:lineChart>"));
    expect(bump).toHaveLength(1);
    const value = axis(bump[0] as string, "c:valAx");
    const category = axis(bump[0] as string, "c:catAx");
    expect(value).toContain('<c:scaling><c:orientation val="maxMin"/><c:min val="1"/></c:scaling>');
    expect(value).toContain('<c:axPos val="l"/>');
    expect(category).toContain('<c:orientation val="minMax"/>'); // editions oldest first, left to right
    expect(category).toContain('<c:crosses val="max"/>');
    expect(category).toContain('<c:axPos val="b"/>');
    // The other charts (risers and fallers, dimension rates) keep an upright value axis.
    const others = charts.filter(
      (xml) => !xml.includes("<c:lineChart>") && xml.includes("<c:valAx>")
    );
    expect(others.length).toBeGreaterThan(0);
    for (const xml of others) {
      expect(axis(xml, "c:valAx")).toContain('<c:orientation val="minMax"/>');
      expect(axis(xml, "c:catAx")).toContain('<c:crosses val="autoZero"/>');
    }
    // Risers and fallers (negative changes): the city labels at the low end, off the bars.
    const movers = others.filter((xml) => xml.includes('<c:barDir val="bar"/>'));
    expect(movers).toHaveLength(1);
    expect(axis(movers[0] as string, "c:catAx")).toContain('<c:tickLblPos val="low"/>');
    expect(axis(bump[0] as string, "c:catAx")).toContain('<c:tickLblPos val="nextTo"/>');
  }
);
