/**
 * No word of the other language (issue 11, "Language"): every text a reader sees in the 2015
 * workbooks (sheet names, titles, cells, chart titles, axes and series, print headers and
 * footers). The English workbook holds Chinese only in its declared column of Chinese city names;
 * the Chinese one holds Latin letters only in codes and units (Q1, r, p, N, QUARTILE.EXC …).
 */
import type { SheetLayout, SummaryLayout } from "../../src/layout";
import { layout2015 } from "./helpers";

const HAN = /\p{Script=Han}/u;
/** Latin tokens a Chinese reader meets as codes, units or names of methods and files. */
const ALLOWED_LATIN = new Set([
  "Q1",
  "Q3",
  "r",
  "p",
  "N",
  "n",
  "QUARTILE.EXC",
  "Pearson",
  "scores-2015.csv",
]);

type Text = { where: string; text: string };

/** Every visible text of a sheet, with where it stands. */
function texts(sheet: SheetLayout, skip: (row: number, column: number) => boolean): Text[] {
  const out: Text[] = [{ where: `${sheet.key} name`, text: sheet.name }];
  out.push({ where: `${sheet.key} title`, text: sheet.title });
  for (const b of sheet.blocks)
    b.values.forEach((row, i) =>
      row.forEach((v, j) => {
        if (typeof v === "string" && !skip(b.row + i, b.column + j))
          out.push({ where: `${sheet.key}!${b.key}[${i},${j}]`, text: v });
      })
    );
  for (const c of sheet.charts) {
    out.push({ where: `${sheet.key} chart ${c.key}`, text: c.title });
    for (const t of [c.categoryAxisTitle, c.valueAxisTitle, ...c.series.map((s) => s.name)])
      if (t) out.push({ where: `${sheet.key} chart ${c.key}`, text: t });
  }
  const print = sheet.print;
  if (print?.headerText) out.push({ where: `${sheet.key} print header`, text: print.headerText });
  if (print?.footerText)
    out.push({
      where: `${sheet.key} footer`,
      text: `${print.footerText.page} ${print.footerText.of}`,
    });
  return out;
}

function allTexts(
  layout: SummaryLayout,
  skip: (sheet: SheetLayout, r: number, c: number) => boolean
) {
  return layout.sheets.flatMap((s) => texts(s, (r, c) => skip(s, r, c)));
}

test("the English workbook: Chinese only in the Chinese-name column of the ranking", () => {
  const layout = layout2015("en");
  const overall = layout.sheets.find((s) => s.key === "overall");
  const ranking = overall?.blocks.find((b) => b.key === "ranking");
  const chineseColumn = ranking?.values[0]?.indexOf("Chinese name") ?? -1;
  expect(chineseColumn).toBe(2);
  const isChineseColumn = (sheet: SheetLayout, row: number, column: number) =>
    sheet.key === "overall" &&
    ranking !== undefined &&
    row > ranking.row &&
    column === chineseColumn;
  const offending = allTexts(layout, isChineseColumn).filter((t) => HAN.test(t.text));
  expect(offending).toEqual([]);
  // The column itself holds the names as given.
  expect(ranking?.values[1]?.[chineseColumn]).toBe("无锡");
});

test("the Chinese workbook: no Latin words beyond codes and units", () => {
  const layout = layout2015("zh");
  const offending = allTexts(layout, () => false).filter((t) =>
    (t.text.match(/[A-Za-z][A-Za-z0-9.-]*/gu) ?? []).some((w) => !ALLOWED_LATIN.has(w))
  );
  expect(offending).toEqual([]);
});
