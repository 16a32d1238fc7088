/** The Editions section's texts (issue 14), in English and Chinese; strings.ts includes them. */

export const editionsEn = {
  heading: "Compare editions",
  intro:
    "Pick the sheet of each edition (a score table or a published top list), label it with its year and choose its framework. Editions are compared oldest first, by label.",
  sheet: "Sheet",
  label: "Label (year)",
  framework: "Framework",
  frameworkTable: (name: string) => `Bound table's: ${name}`,
  frameworkBundled: "Bundled 2015 framework",
  edition: (n: number) => `Edition ${n}`,
  remove: (label: string) => `Remove edition ${label}`,
  add: "Add edition",
  noSheets: "The workbook has no visible sheet to compare.",
  reportHistory: "Include the report's 2011–2015 editions (bundled)",
  order: (labels: string) => `Compared oldest first: ${labels}`,
  separator: ", ",
  compare: "Compare",
  comparing: "Comparing…",
  done: (sheet: string, first: string, last: string) =>
    `Wrote “${sheet}”, comparing ${first} to ${last}.`,
  goToSheet: (sheet: string) => `Go to the sheet ${sheet}`,
  notes: "Notes",
  failed: "The editions were not compared:",
  commandFailed: "“Compare editions” failed:",
  notBound:
    "“Compare editions” needs editions: pick a sheet for each edition here, then compare (the ribbon button then compares them directly).",
};

export type EditionsStrings = typeof editionsEn;

export const editionsZh: EditionsStrings = {
  heading: "历届对比",
  intro:
    "为每一届选择其工作表（评分表或公布的名次表），填写标签（年份）并选择指标体系。各届按标签从早到晚对比。",
  sheet: "工作表",
  label: "标签（年份）",
  framework: "指标体系",
  frameworkTable: (name) => `绑定表的指标体系：${name}`,
  frameworkBundled: "内置 2015 年指标体系",
  edition: (n) => `第 ${n} 届`,
  remove: (label) => `移除 ${label} 届`,
  add: "添加一届",
  noSheets: "工作簿中没有可供对比的可见工作表。",
  reportHistory: "包括报告中 2011–2015 年的历届评估（内置）",
  order: (labels) => `按从早到晚对比：${labels}`,
  separator: "、",
  compare: "对比",
  comparing: "正在对比…",
  done: (sheet, first, last) => `已写入“${sheet}”，对比 ${first} 至 ${last} 年。`,
  goToSheet: (sheet) => `转到工作表“${sheet}”`,
  notes: "说明",
  failed: "未能对比历届评估：",
  commandFailed: "“对比历届”失败：",
  notBound:
    "“对比历届”需要先绑定历届评估：请在此为每一届选择工作表，然后对比（之后功能区按钮可直接对比）。",
};
