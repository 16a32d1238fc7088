/** Every user-facing string of the task pane, in English and Chinese. */
import type { TotalsSource } from "../engine/evaluate";
import type { RankMethod, Severity } from "../engine/types";
import { languageOf } from "../office/display-language";
import { editionsEn, editionsZh } from "./views/editions-strings";

export type PaneLanguage = "zh" | "en";

const en = {
  appTitle: "SmartCity Scorecard",
  navLabel: "Task pane sections",
  moreTabs: "More sections",
  tabs: {
    find: "Find",
    map: "Map",
    validate: "Validate",
    generate: "Generate",
    sample: "Try it",
    settings: "Settings",
    editions: "Editions",
  },
  loading: "Loading…",
  bound: (where: string, cities: number) => `Bound: ${where} · ${cities} cities`,
  notBound: "No score table bound yet.",
  errorPrefix: "Something went wrong:",
  dismiss: "Dismiss",
  command: {
    noTable: (sheet: string) =>
      `“Generate summary” found no score table on ${sheet ? `“${sheet}”` : "the active sheet"}. Find and bind one here, or try the 2015 sample.`,
    noCities: (sheet: string) =>
      `“Generate summary” found a score table on “${sheet}” but no city rows in it.`,
    failed: "“Generate summary” failed:",
    hiddenSheet: (sheet: string) =>
      `“Generate summary” did not read “${sheet}”: the sheet is hidden. Hidden sheets are read only when you bind them here (Find ▸ include hidden sheets).`,
    find: "Find a table",
  },
  repairs: {
    title: (n: number) =>
      `The summary was written; ${n} change${n === 1 ? " was" : "s were"} needed so Excel can store it:`,
  },
  find: {
    heading: "Find and bind a score table",
    intro:
      "Looks in every sheet for a header row that names the framework's indicators (Chinese or English names, ids or aliases).",
    scan: "Scan workbook",
    scanning: "Scanning…",
    none: "No score table found. Check the headers, or insert the 2015 sample under “Try it”.",
    candidates: (n: number) => `${n} table${n === 1 ? "" : "s"} found`,
    matched: (matched: number, total: number) => `${matched} of ${total} indicators`,
    rows: (n: number) => `${n} data rows`,
    twoRowHeader: "two-row header",
    includeHidden: "Include hidden sheets",
    hiddenSheet: "hidden sheet",
    missing: (names: string) => `Not found: ${names}`,
    bind: "Bind",
    bindLabel: (where: string) => `Bind ${where}`,
    boundHere: "Bound",
    bindDone: (where: string) => `Bound ${where}. The column mapping is stored with the workbook.`,
  },
  map: {
    heading: "Column mapping",
    needBinding: "Bind a score table first.",
    goFind: "Find a table",
    columns: "Table columns",
    indicators: "Indicators",
    notMapped: "— not mapped —",
    missing: "Not mapped",
    column: (letters: string, header: string) => (header ? `${letters}: ${header}` : letters),
    city: "City",
    region: "Region (optional)",
    province: "Province (optional)",
    level: "Administrative level (optional)",
    total: "Reported total (optional)",
    metaHint: "Empty region, province and level are filled from the bundled city table.",
    weight: (w: number) => `max ${w}`,
    unmapped: (n: number) =>
      `${n} indicator${n === 1 ? " is" : "s are"} not mapped; their scores count as 0:`,
    allMapped: "Every indicator is mapped.",
    unknownCities: (n: number) =>
      `${n} cit${n === 1 ? "y is" : "ies are"} not in the bundled city table:`,
    saved: "Mapping saved with the workbook.",
  },
  validate: {
    heading: "Validation",
    needBinding: "Bind a score table to validate it.",
    clean: (cities: number) => `No problems found in ${cities} cities.`,
    counts: (errors: number, warnings: number) =>
      `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`,
    severity: { error: "Errors", warning: "Warnings", info: "Notes" } as Record<Severity, string>,
    severityOne: { error: "Error", warning: "Warning", info: "Note" } as Record<Severity, string>,
    selectHint: "Select an entry to go to its cell.",
    more: (n: number) => `… and ${n} more`,
    goTo: (cell: string) => `Go to ${cell}`,
    reread: "Read again",
  },
  generate: {
    heading: "Generate the summary",
    needBinding: "Bind a score table first.",
    button: "Generate summary",
    running: "Generating…",
    progress: "Progress",
    stage: {
      read: "Reading scores",
      evaluate: "Computing ranks and statistics",
      layout: "Laying out the summary",
      prepare: "Preparing",
      sheets: "Creating sheets",
      values: "Writing values",
      objects: "Adding tables and charts",
      done: "Done",
    } as Record<string, string>,
    done: (n: number, first: string) =>
      `Wrote ${n} sheet${n === 1 ? "" : "s"}; “${first}” is now active.`,
    sheetsWritten: "Sheets written",
    goToSheet: (sheet: string) => `Go to the sheet ${sheet}`,
    stale: "The bound data changed since the summary was generated.",
    refresh: "Refresh summary",
    autoRefresh: "Refresh automatically when the data changes",
    confirmTitle: "Generate despite errors?",
    confirmBody: (n: number) =>
      `The data has ${n} error${n === 1 ? "" : "s"} (see Validate). Invalid scores count as 0 in the summary.`,
    confirm: "Generate anyway",
    cancel: "Cancel",
    failed: "Generating failed:",
  },
  sample: {
    heading: "Try it with the 2015 sample",
    intro:
      "Inserts the appendix of the 2015 China smart-city evaluation report (151 cities, 16 indicators and the bonus) into a new sheet and binds it. Existing sheets are never overwritten.",
    button: "Insert the 2015 sample",
    inserting: "Inserting…",
    done: (sheet: string) => `Inserted into the new sheet “${sheet}” and bound it.`,
    next: "Validate it",
  },
  settings: {
    heading: "Settings",
    framework: "Framework",
    bundled: "Bundled 2015 framework",
    useBundled: "Use the bundled 2015 framework",
    imported: (name: string) => `Imported: ${name}`,
    import: "Import framework JSON…",
    importLabel: "Framework JSON file",
    importOk: (name: string, dims: number, inds: number) =>
      `Imported “${name}”: ${dims} dimensions, ${inds} indicators.`,
    importFailed: "The file is not a valid framework:",
    notJson: (message: string) => `Not valid JSON (${message}).`,
    frameworkInfo: (dims: number, inds: number, max: number) =>
      `${dims} dimensions, ${inds} indicators, maximum ${max}`,
    language: "Language",
    languageAuto: (name: string) => `Follow Office (${name})`,
    languageNames: { zh: "中文", en: "English" } as Record<PaneLanguage, string>,
    totals: "Totals",
    totalsHint:
      "Reported totals are used where they agree with the sum of the scores within rounding; other rows stay warnings.",
    totalsSources: {
      reported: "Official reported totals (default)",
      computed: "Computed from the scores",
    } as Record<TotalsSource, string>,
    rankMethod: "Rank ties",
    rankMethods: {
      competition: "Competition 1, 2, 2, 4 (as RANK.EQ)",
      dense: "Dense 1, 2, 2, 3",
      ordinal: "Ordinal 1, 2, 3, 4",
    } as Record<RankMethod, string>,
  },
  // Editions section (issue 14): texts in views/editions-strings.ts
  editions: editionsEn,
};

export type Strings = typeof en;

const zh: Strings = {
  appTitle: "智慧城市评估",
  navLabel: "任务窗格栏目",
  moreTabs: "更多栏目",
  tabs: {
    find: "查找",
    map: "映射",
    validate: "校验",
    generate: "生成",
    sample: "示例",
    settings: "设置",
    editions: "历届",
  },
  loading: "正在加载…",
  bound: (where, cities) => `已绑定：${where} · ${cities} 个城市`,
  notBound: "尚未绑定评分表。",
  errorPrefix: "出错了：",
  dismiss: "关闭",
  command: {
    noTable: (sheet) =>
      `“生成汇总”未在${sheet ? `“${sheet}”` : "当前工作表"}中找到评分表。请在此查找并绑定评分表，或试用 2015 年样本。`,
    noCities: (sheet) => `“生成汇总”在“${sheet}”中找到了评分表，但其中没有城市数据行。`,
    failed: "“生成汇总”失败：",
    hiddenSheet: (sheet) =>
      `“生成汇总”未读取“${sheet}”：该工作表已隐藏。隐藏的工作表只有在此绑定后才会读取（查找 ▸ 包括隐藏的工作表）。`,
    find: "查找评分表",
  },
  repairs: {
    title: (n) => `汇总已写入；为使 Excel 能够保存，做了 ${n} 处修改：`,
  },
  find: {
    heading: "查找并绑定评分表",
    intro: "在每个工作表中查找列出指标体系二级指标的表头行（中文或英文名称、编号或别名）。",
    scan: "扫描工作簿",
    scanning: "正在扫描…",
    none: "未找到评分表。请检查表头，或在“示例”中插入 2015 年样本。",
    candidates: (n) => `找到 ${n} 个表`,
    matched: (matched, total) => `匹配 ${matched}/${total} 个二级指标`,
    rows: (n) => `${n} 行数据`,
    twoRowHeader: "两行表头",
    includeHidden: "包括隐藏的工作表",
    hiddenSheet: "隐藏的工作表",
    missing: (names) => `未找到：${names}`,
    bind: "绑定",
    bindLabel: (where) => `绑定 ${where}`,
    boundHere: "已绑定",
    bindDone: (where) => `已绑定 ${where}，列映射随工作簿保存。`,
  },
  map: {
    heading: "列映射",
    needBinding: "请先绑定评分表。",
    goFind: "查找评分表",
    columns: "表格列",
    indicators: "二级指标",
    notMapped: "— 未映射 —",
    missing: "未映射",
    column: (letters, header) => (header ? `${letters}：${header}` : letters),
    city: "城市",
    region: "区域（可选）",
    province: "省份（可选）",
    level: "行政级别（可选）",
    total: "报告总分（可选）",
    metaHint: "区域、省份和行政级别为空时，按内置城市表填写。",
    weight: (w) => `满分 ${w}`,
    unmapped: (n) => `${n} 个二级指标未映射，其得分按 0 计：`,
    allMapped: "所有二级指标均已映射。",
    unknownCities: (n) => `${n} 个城市不在内置城市表中：`,
    saved: "映射已随工作簿保存。",
  },
  validate: {
    heading: "数据校验",
    needBinding: "绑定评分表后即可校验。",
    clean: (cities) => `${cities} 个城市的数据未发现问题。`,
    counts: (errors, warnings) => `${errors} 个错误，${warnings} 个警告`,
    severity: { error: "错误", warning: "警告", info: "提示" },
    severityOne: { error: "错误", warning: "警告", info: "提示" },
    selectHint: "选择条目即可跳转到对应单元格。",
    more: (n) => `…… 另有 ${n} 条`,
    goTo: (cell) => `转到 ${cell}`,
    reread: "重新读取",
  },
  generate: {
    heading: "生成汇总",
    needBinding: "请先绑定评分表。",
    button: "生成汇总",
    running: "正在生成…",
    progress: "进度",
    stage: {
      read: "读取得分",
      evaluate: "计算排名与统计",
      layout: "编排汇总",
      prepare: "准备",
      sheets: "创建工作表",
      values: "写入数值",
      objects: "添加表格与图表",
      done: "完成",
    },
    done: (n, first) => `已写入 ${n} 个工作表，当前显示“${first}”。`,
    sheetsWritten: "已写入的工作表",
    goToSheet: (sheet) => `转到工作表“${sheet}”`,
    stale: "生成汇总后，绑定的数据已更改。",
    refresh: "刷新汇总",
    autoRefresh: "数据更改时自动刷新",
    confirmTitle: "数据有错误，仍要生成吗？",
    confirmBody: (n) => `数据中有 ${n} 个错误（见“校验”）。无效得分在汇总中按 0 计。`,
    confirm: "仍然生成",
    cancel: "取消",
    failed: "生成失败：",
  },
  sample: {
    heading: "用 2015 年样本试用",
    intro:
      "将 2015 年中国智慧城市发展水平评估报告的附录（151 个城市、16 个二级指标及加分项）插入新工作表并绑定。不会覆盖已有工作表。",
    button: "插入 2015 年样本",
    inserting: "正在插入…",
    done: (sheet) => `已插入新工作表“${sheet}”并完成绑定。`,
    next: "去校验",
  },
  settings: {
    heading: "设置",
    framework: "指标体系",
    bundled: "内置 2015 年指标体系",
    useBundled: "改用内置 2015 年指标体系",
    imported: (name) => `已导入：${name}`,
    import: "导入指标体系 JSON…",
    importLabel: "指标体系 JSON 文件",
    importOk: (name, dims, inds) => `已导入“${name}”：${dims} 个一级指标，${inds} 个二级指标。`,
    importFailed: "该文件不是有效的指标体系：",
    notJson: (message) => `不是有效的 JSON（${message}）。`,
    frameworkInfo: (dims, inds, max) => `${dims} 个一级指标，${inds} 个二级指标，满分 ${max}`,
    language: "语言",
    languageAuto: (name) => `跟随 Office（${name}）`,
    languageNames: { zh: "中文", en: "English" },
    totals: "总分",
    totalsHint: "报告总分与各项得分之和仅差舍入误差时采用报告总分；其余行仍作为警告列出。",
    totalsSources: {
      reported: "采用报告总分（官方数据，默认）",
      computed: "按各项得分计算",
    },
    rankMethod: "并列排名",
    rankMethods: {
      competition: "竞争排名 1、2、2、4（同 RANK.EQ）",
      dense: "密集排名 1、2、2、3",
      ordinal: "顺序排名 1、2、3、4",
    },
  },
  // Editions section (issue 14): texts in views/editions-strings.ts
  editions: editionsZh,
};

export function strings(language: PaneLanguage): Strings {
  return language === "zh" ? zh : en;
}

/** Chinese UI for a Chinese Office display language ("zh-CN", "zh-TW"…), English otherwise. */
export const languageFromOffice: (displayLanguage: string | null | undefined) => PaneLanguage =
  languageOf;
