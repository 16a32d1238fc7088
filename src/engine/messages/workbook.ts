/** Messages of the workbook writers' validity gate (src/layout/guard.ts): see catalogue.ts for the shape. */
import { defineMessages } from "./catalogue";

/** What a repaired text or number belongs to, when it is not a cell. */
export type RepairItem =
  "workbookTitle" | "sheetName" | "sheetTitle" | "chart" | "printHeader" | "setting";

const ITEMS: Record<RepairItem, { zh: string; en: string }> = {
  workbookTitle: { zh: "工作簿标题", en: "workbook title" },
  sheetName: { zh: "工作表名称", en: "sheet name" },
  sheetTitle: { zh: "工作表标题", en: "sheet title" },
  chart: { zh: "图表文字", en: "chart text" },
  printHeader: { zh: "页眉页脚", en: "page header or footer" },
  setting: { zh: "格式设置", en: "format setting" },
};

export const workbookMessages = /* @__PURE__ */ defineMessages({
  charactersReplaced: {
    zh: (a: { count: number; place: string }) =>
      `${a.count} 处文本含有工作簿不能保存的字符（控制字符或不成对的代理项），已替换为 �；首处：${a.place}。`,
    en: (a: { count: number; place: string }) =>
      `${a.count} text${a.count === 1 ? "" : "s"} held characters a workbook cannot store (control characters, unpaired surrogates), replaced by �; first: ${a.place}.`,
    sample: { count: 3, place: "'总排名'!B5" },
  },
  textShortened: {
    zh: (a: { count: number; place: string; limit: number }) =>
      `${a.count} 处文本超过 Excel 单元格上限 ${a.limit.toLocaleString("en-US")} 个字符，已截断并以"…"结尾；首处：${a.place}。`,
    en: (a: { count: number; place: string; limit: number }) =>
      `${a.count} text${a.count === 1 ? " was" : "s were"} longer than Excel's ${a.limit.toLocaleString("en-US")} characters per cell, cut and ended with "…"; first: ${a.place}.`,
    sample: { count: 1, place: "'源数据'!A2", limit: 32767 },
  },
  numberBlanked: {
    zh: (a: { count: number; place: string }) =>
      `${a.count} 个数值不是有限数（NaN 或无穷大），Excel 无法保存，已留空；首处：${a.place}。`,
    en: (a: { count: number; place: string }) =>
      `${a.count} number${a.count === 1 ? " was" : "s were"} not finite (NaN or infinity), which Excel cannot store, and ${a.count === 1 ? "was" : "were"} left blank; first: ${a.place}.`,
    sample: { count: 2, place: "'统计分析'!C7" },
  },
  place: {
    zh: (a: { sheet: string; item: RepairItem }) =>
      a.sheet ? `工作表"${a.sheet}"的${ITEMS[a.item].zh}` : ITEMS[a.item].zh,
    en: (a: { sheet: string; item: RepairItem }) =>
      a.sheet ? `the ${ITEMS[a.item].en} of sheet "${a.sheet}"` : `the ${ITEMS[a.item].en}`,
    sample: { sheet: "统计分析", item: "chart" as RepairItem },
  },
});
