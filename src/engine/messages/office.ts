/**
 * Messages of the Excel add-in's own operations (src/office, src/commands): the cell-edit retry,
 * the ribbon commands' failures and the editions comparison run from the workbook. See
 * catalogue.ts for the shape. The pane and the ribbon render them in the pane's language.
 */
import { defineMessages } from "./catalogue";

const quoted = (sheet: string | null, zh: boolean): string =>
  sheet ? `“${sheet}”` : zh ? "当前工作表" : "the active sheet";

type LeftOut = { sheets: string[]; byDefault: boolean; threshold: number };

export const officeMessages = /* @__PURE__ */ defineMessages({
  cellEditMode: {
    zh: (a: { attempts: number }) =>
      `Excel 正在编辑单元格，加载项无法修改工作簿（已尝试 ${a.attempts} 次）。请按 Enter 或 Esc 退出单元格，然后重新运行命令。`,
    en: (a: { attempts: number }) =>
      `Excel is editing a cell, so the add-in cannot change the workbook (tried ${a.attempts} times). Press Enter or Esc to leave the cell, then run the command again.`,
    sample: { attempts: 3 },
  },
  hiddenSheet: {
    zh: (a: { sheet: string }) =>
      `“${a.sheet}”已隐藏；隐藏的工作表只有在任务窗格中绑定后才会读取。`,
    en: (a: { sheet: string }) =>
      `“${a.sheet}” is hidden; hidden sheets are read only when bound in the task pane.`,
    sample: { sheet: "Scores" },
  },
  emptySheet: {
    zh: (a: { sheet: string | null }) => `${quoted(a.sheet, true)}是空的。`,
    en: (a: { sheet: string | null }) => `${quoted(a.sheet, false)} is empty.`,
    sample: { sheet: "Sheet1" },
  },
  noTable: {
    zh: (a: { sheet: string | null }) => `${quoted(a.sheet, true)}中没有评分表。`,
    en: (a: { sheet: string | null }) => `No score table found on ${quoted(a.sheet, false)}.`,
    sample: { sheet: null },
  },
  noCities: {
    zh: (a: { sheet: string }) => `“${a.sheet}”中的评分表没有城市数据行。`,
    en: (a: { sheet: string }) => `The score table on “${a.sheet}” has no city rows.`,
    sample: { sheet: "Scores" },
  },
  // Sheets a generate run left out (issue 12, ADR 0014): the pane's choice or its default
  sheetsLeftOut: {
    zh: (a: LeftOut) =>
      a.byDefault
        ? `未插入：${a.sheets.join("、")}（超过 ${a.threshold.toLocaleString("en-US")} 个单元格时默认不插入最宽的工作表；可在任务窗格的“生成”中选择）。`
        : `按任务窗格中的选择未插入：${a.sheets.join("、")}。`,
    en: (a: LeftOut) =>
      a.byDefault
        ? `Left out: ${a.sheets.join(", ")} (the widest sheets are left out by default above ${a.threshold.toLocaleString("en-US")} cells; choose the sheets under Generate in the task pane).`
        : `Left out as chosen in the task pane: ${a.sheets.join(", ")}.`,
    sample: { sheets: ["指标排名"], byDefault: true, threshold: 1_000_000 },
  },
  noSheetChosen: {
    zh: () => "任务窗格的“生成”中没有选择任何工作表。请至少选择一个工作表，然后重新运行命令。",
    en: () =>
      "No sheet is chosen under Generate in the task pane. Choose at least one sheet, then run the command again.",
    sample: {} as Record<string, never>,
  },
  // Editions compared from the workbook (issue 14)
  editionsTooFew: {
    zh: (a: { count: number }) => `至少需要两届评估才能对比（现有 ${a.count} 届）。`,
    en: (a: { count: number }) =>
      `A comparison needs at least two editions (there ${a.count === 1 ? "is" : "are"} ${a.count}).`,
    sample: { count: 1 },
  },
  editionNoLabel: {
    zh: (a: { sheet: string }) => `“${a.sheet}”这一届缺少标签（年份）。`,
    en: (a: { sheet: string }) => `The edition on “${a.sheet}” has no label (year).`,
    sample: { sheet: "2014" },
  },
  editionDuplicateLabel: {
    zh: (a: { label: string }) => `标签“${a.label}”用了不止一次；每届的标签须不同。`,
    en: (a: { label: string }) =>
      `The label “${a.label}” is used more than once; each edition needs its own.`,
    sample: { label: "2015" },
  },
  editionMissingSheet: {
    zh: (a: { label: string; sheet: string }) => `${a.label}：工作表“${a.sheet}”已不存在或已隐藏。`,
    en: (a: { label: string; sheet: string }) =>
      `${a.label}: the sheet “${a.sheet}” no longer exists or is hidden.`,
    sample: { label: "2014", sheet: "Scores 2014" },
  },
  editionNotATable: {
    zh: (a: { label: string; sheet: string }) =>
      `${a.label}：“${a.sheet}”中既没有所选指标体系的评分表，也没有名次表（名次、城市、总分或得分率）。`,
    en: (a: { label: string; sheet: string }) =>
      `${a.label}: “${a.sheet}” holds neither a score table of the chosen framework nor a published list (rank, city, total or rate).`,
    sample: { label: "2014", sheet: "Scores 2014" },
  },
  editionDataErrors: {
    zh: (a: { label: string; errors: number }) =>
      `${a.label}：数据中有 ${a.errors} 个错误，无效得分按 0 计。`,
    en: (a: { label: string; errors: number }) =>
      `${a.label}: the data has ${a.errors} error${a.errors === 1 ? "" : "s"}; invalid scores count as 0.`,
    sample: { label: "2014", errors: 2 },
  },
  editionsNotBound: {
    zh: () => "“对比历届”：尚未绑定历届评估。请在任务窗格的“历届”中选择各届工作表。",
    en: () =>
      "“Compare editions”: no editions are bound yet. Pick a sheet for each edition under Editions in the task pane.",
    sample: {} as Record<string, never>,
  },
});
