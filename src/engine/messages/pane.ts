/**
 * Messages of the task pane's Generate view about the summary's size (issue 12, "Office.js at
 * scale"): the table and cell counts, the insert-time estimate and the choice of sheets. See
 * catalogue.ts for the shape. Counts are rounded for reading ("about"), never exact promises.
 */
import { defineMessages } from "./catalogue";

const label = (zh: string, en: string) => ({ zh: () => zh, en: () => en, sample: {} });

/** Three significant figures, as a count is read ("about"): 23,911 → 23,900. */
function rounded(n: number): string {
  const step = n < 1_000 ? 1 : 10 ** (Math.floor(Math.log10(n)) - 2);
  return (Math.round(n / step) * step).toLocaleString("en-US");
}

/** 14,602,291 → "14.6 million"; 1,024,800 → "1.02 million"; 23,911 → "23,900". */
function cellsEn(cells: number): string {
  if (cells < 1_000_000) return rounded(cells);
  return `${Number((cells / 1_000_000).toPrecision(3)).toLocaleString("en-US")} million`;
}

/** Before 个: 14,602,291 → "1,460 万"; 23,911 → "2.4 万"; 9,794 → "9,790 " (spaced as before a word). */
function cellsZh(cells: number): string {
  if (cells < 10_000) return `${rounded(cells)} `;
  const wan = cells / 10_000;
  const shown = wan < 100 ? Math.round(wan * 10) / 10 : Math.round(wan);
  return `${shown.toLocaleString("en-US")} 万`;
}

/** Seconds rounded up to a readable step: under a minute to 5 s, then to 10 s, then to minutes. */
function durationParts(seconds: number): { minutes: number; seconds: number } {
  const total =
    seconds < 60
      ? Math.max(5, Math.ceil(seconds / 5) * 5)
      : seconds < 600
        ? Math.ceil(seconds / 10) * 10
        : Math.ceil(seconds / 60) * 60;
  return { minutes: Math.floor(total / 60), seconds: total % 60 };
}

function durationEn(seconds: number): string {
  const d = durationParts(seconds);
  if (d.minutes === 0) return `${d.seconds} s`;
  return d.seconds === 0 ? `${d.minutes} min` : `${d.minutes} min ${d.seconds} s`;
}

function durationZh(seconds: number): string {
  const d = durationParts(seconds);
  if (d.minutes === 0) return `${d.seconds} 秒`;
  return d.seconds === 0 ? `${d.minutes} 分钟` : `${d.minutes} 分 ${d.seconds} 秒`;
}

type Size = { cities: number; columns: number; cells: number };
type Estimate = { cells: number; seconds: number };

export const paneMessages = /* @__PURE__ */ defineMessages({
  tableSize: {
    zh: (a: Size) =>
      `数据表：${a.cities.toLocaleString("en-US")} 个城市 × ${a.columns} 列；完整汇总约 ${cellsZh(a.cells)}个单元格。`,
    en: (a: Size) =>
      `Table: ${a.cities.toLocaleString("en-US")} cities × ${a.columns} columns; the full summary has about ${cellsEn(a.cells)} cells.`,
    sample: { cities: 100_000, columns: 21, cells: 14_602_291 },
  },
  slowTitle: label("汇总较大", "Large summary"),
  slowBody: {
    zh: (a: Estimate & { threshold: number }) =>
      `超过 ${cellsZh(a.threshold)}个单元格时 Excel 本身会变慢：插入全部工作表约需 ${durationZh(a.seconds)}。可以不插入最宽的工作表。`,
    en: (a: Estimate & { threshold: number }) =>
      `Excel itself becomes slow above ${cellsEn(a.threshold)} cells: inserting every sheet takes about ${durationEn(a.seconds)}. You can leave out the widest sheets.`,
    sample: { cells: 14_602_291, seconds: 166, threshold: 1_000_000 },
  },
  chosenEstimate: {
    zh: (a: Estimate & { sheets: number; of: number }) =>
      `已选 ${a.sheets}/${a.of} 个工作表：约 ${cellsZh(a.cells)}个单元格，插入约需 ${durationZh(a.seconds)}。`,
    en: (a: Estimate & { sheets: number; of: number }) =>
      `${a.sheets} of ${a.of} sheets chosen: about ${cellsEn(a.cells)} cells, inserted in about ${durationEn(a.seconds)}.`,
    sample: { sheets: 11, of: 12, cells: 8_202_161, seconds: 94 },
  },
  sheetsHeading: {
    zh: (a: { sheets: number; of: number }) => `要插入的工作表（${a.sheets}/${a.of}）`,
    en: (a: { sheets: number; of: number }) => `Sheets to insert (${a.sheets} of ${a.of})`,
    sample: { sheets: 11, of: 12 },
  },
  leaveOutWide: {
    zh: (a: { sheets: string[] }) => `不插入最宽的工作表（${a.sheets.join("、")}）`,
    en: (a: { sheets: string[] }) => `Leave out the widest sheets (${a.sheets.join(", ")})`,
    sample: { sheets: ["Indicator rankings"] },
  },
  sheetLabel: {
    zh: (a: { name: string; cells: number }) => `${a.name}（约 ${cellsZh(a.cells)}个单元格）`,
    en: (a: { name: string; cells: number }) => `${a.name} (about ${cellsEn(a.cells)} cells)`,
    sample: { name: "Indicator rankings", cells: 6_400_130 },
  },
  sizing: label("正在计算汇总的大小…", "Sizing the summary…"),
  noSheetChosen: label("请至少选择一个工作表。", "Choose at least one sheet."),
});
