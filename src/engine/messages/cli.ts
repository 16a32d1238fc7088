/**
 * Messages of the command line (see catalogue.ts for the shape). The CLI prints English unless
 * `--lang zh` is given. Arguments are data as read (file, sheet and city names); the CLI escapes
 * control characters before anything reaches the terminal.
 */
import { defineMessages } from "./catalogue";

const count = (n: number): string => n.toLocaleString("en-US");
const megabytes = (bytes: number): string => `${Math.round((bytes / 1048576) * 10) / 10} MB`;
const plural = (n: number, one: string, many = `${one}s`): string =>
  `${count(n)} ${n === 1 ? one : many}`;
const quoted = (names: readonly string[]): string => names.map((n) => `"${n}"`).join(", ");

type WroteArgs = {
  out: string;
  kilobytes: number;
  sheets: string[];
  charts: number;
  cities: number;
  source: string;
};

export const cliMessages = /* @__PURE__ */ defineMessages({
  internalError: {
    zh: (a: { reason: string }) =>
      `smartcity：内部错误（${a.reason}），请报告此问题；未写入任何文件。`,
    en: (a: { reason: string }) =>
      `smartcity: internal error (${a.reason}); please report it. No file was written.`,
    sample: { reason: "TypeError: x is undefined" },
  },
  interrupted: {
    zh: (a: { signal: string }) => `smartcity：收到 ${a.signal}，已停止；未写入任何文件。`,
    en: (a: { signal: string }) => `smartcity: stopped by ${a.signal}; no file was written.`,
    sample: { signal: "SIGINT" },
  },
  parallelFallback: {
    zh: (a: { sheets: string[]; reason: string }) =>
      `smartcity：注意：并行写入失败（${a.reason}），工作表 ${a.sheets.join("、")} 改由主线程写入；工作簿内容不变。`,
    en: (a: { sheets: string[]; reason: string }) =>
      `smartcity: note: the parallel writer failed (${a.reason}); sheets ${a.sheets.join(", ")} were written on the main thread instead; the workbook is the same.`,
    sample: { sheets: ["Indicator rankings"], reason: "the sheet worker exited (3)" },
  },
  parallelTimeout: {
    zh: (a: { sheets: string[]; seconds: number }) =>
      `smartcity：注意：并行写入在 ${count(a.seconds)} 秒内没有完成，已停止；工作表 ${a.sheets.join("、")} 改由主线程写入；工作簿内容不变。`,
    en: (a: { sheets: string[]; seconds: number }) =>
      `smartcity: note: the parallel writer did not finish within ${plural(a.seconds, "second")} and was stopped; sheets ${a.sheets.join(", ")} were written on the main thread instead; the workbook is the same.`,
    sample: { sheets: ["Indicator rankings"], seconds: 240 },
  },

  // Usage (exit 2)
  usagePrefix: {
    zh: (a: { problem: string }) => `smartcity：${a.problem}`,
    en: (a: { problem: string }) => `smartcity: ${a.problem}`,
    sample: { problem: "未知选项 --outt" },
  },
  seeHelp: {
    zh: () => `运行 "smartcity --help" 查看选项。`,
    en: () => `Run "smartcity --help" for the options.`,
    sample: {},
  },
  unknownOption: {
    zh: (a: { option: string; suggestion: string | null }) =>
      `未知选项 "${a.option}"` + (a.suggestion ? `，是否想用 ${a.suggestion}？` : "。"),
    en: (a: { option: string; suggestion: string | null }) =>
      `unknown option "${a.option}"` + (a.suggestion ? `: did you mean ${a.suggestion}?` : "."),
    sample: { option: "--outt", suggestion: "--out" as string | null },
  },
  missingValue: {
    zh: (a: { option: string; example: string }) => `${a.option} 需要一个值，例如 ${a.example}。`,
    en: (a: { option: string; example: string }) => `${a.option} needs a value, e.g. ${a.example}.`,
    sample: { option: "--out", example: "--out summary.xlsx" },
  },
  unexpectedValue: {
    zh: (a: { option: string }) => `${a.option} 不带值。`,
    en: (a: { option: string }) => `${a.option} takes no value.`,
    sample: { option: "--json" },
  },
  repeatedOption: {
    zh: (a: { option: string }) => `${a.option} 只能给一次。`,
    en: (a: { option: string }) => `${a.option} may be given only once.`,
    sample: { option: "--out" },
  },
  unknownCommand: {
    zh: (a: { command: string }) => `未知命令 "${a.command}"；命令是 "summarize"。`,
    en: (a: { command: string }) => `unknown command "${a.command}"; the command is "summarize".`,
    sample: { command: "sumarize" },
  },
  extraInput: {
    zh: (a: { extra: string[] }) => `只能给一个输入文件（多出了 ${quoted(a.extra)}）。`,
    en: (a: { extra: string[] }) => `only one input file is allowed (also got ${quoted(a.extra)}).`,
    sample: { extra: ["b.csv"] },
  },
  badChoice: {
    zh: (a: { option: string; choices: string[]; value: string }) =>
      `${a.option} 须为 ${a.choices.join("、")} 之一（收到 "${a.value}"）。`,
    en: (a: { option: string; choices: string[]; value: string }) =>
      `${a.option} must be ${a.choices.slice(0, -1).join(", ")} or ${a.choices[a.choices.length - 1]} (got "${a.value}").`,
    sample: { option: "--lang", choices: ["zh", "en"], value: "fr" },
  },
  sheetsNeedOut: {
    zh: () => `--sheets 选择工作簿中的工作表，须与 --out 一起使用。`,
    en: () => `--sheets chooses the sheets of the workbook; use it with --out.`,
    sample: {},
  },
  unknownSummarySheet: {
    zh: (a: { sheet: string; known: string[] }) =>
      `--sheets：没有名为 "${a.sheet}" 的汇总工作表。可选：${a.known.join("、")}（也可用工作表名称；"-名称" 表示不写该表）。`,
    en: (a: { sheet: string; known: string[] }) =>
      `--sheets: there is no summary sheet "${a.sheet}". Choose from ${a.known.join(", ")} (or a sheet's name; "-name" leaves a sheet out).`,
    sample: { sheet: "overal", known: ["overall", "statistics", "groups"] },
  },
  noSummarySheetLeft: {
    zh: () => `--sheets 排除了所有工作表；工作簿至少需要一个工作表。`,
    en: () => `--sheets leaves no sheet to write; a workbook needs at least one.`,
    sample: {},
  },
  outNotXlsx: {
    zh: (a: { value: string }) => `--out 须是 .xlsx 文件（收到 "${a.value}"）。`,
    en: (a: { value: string }) => `--out must name an .xlsx file (got "${a.value}").`,
    sample: { value: "summary.pdf" },
  },
  preciseWithInput: {
    zh: () => `--precise 只用于内置数据；请去掉它或输入文件。`,
    en: () => `--precise applies to the bundled data only; drop it or the input file.`,
    sample: {},
  },
  sheetNeedsXlsx: {
    zh: () => `--sheet 只用于 .xlsx 输入。`,
    en: () => `--sheet applies to an .xlsx input only.`,
    sample: {},
  },
  prettyNeedsJson: {
    zh: () => `--pretty 只与 --json 一起使用。`,
    en: () => `--pretty applies to --json only.`,
    sample: {},
  },

  // Reading (exit 2)
  cannotRead: {
    zh: (a: { file: string; reason: string }) => `${a.file}：无法读取文件（${a.reason}）。`,
    en: (a: { file: string; reason: string }) => `${a.file}: cannot read the file (${a.reason}).`,
    sample: { file: "scores.csv", reason: "no such file" },
  },
  reasonNoSuchFile: { zh: () => "文件不存在", en: () => "no such file", sample: {} },
  reasonIsFolder: { zh: () => "这是一个文件夹", en: () => "it is a folder", sample: {} },
  reasonPermission: { zh: () => "没有权限", en: () => "permission denied", sample: {} },
  reasonNotFile: {
    zh: () => "不是普通文件（设备或管道）",
    en: () => "not a regular file (a device or pipe)",
    sample: {},
  },
  unsupportedType: {
    zh: (a: { file: string; ext: string }) =>
      `${a.file}：不支持的文件类型 "${a.ext}"；请用 .csv、.txt、.tsv 或 .xlsx。`,
    en: (a: { file: string; ext: string }) =>
      `${a.file}: unsupported file type "${a.ext}"; use .csv, .txt, .tsv or .xlsx.`,
    sample: { file: "scores.pdf", ext: ".pdf" },
  },
  fileTooLarge: {
    zh: (a: { file: string; bytes: number; limit: number }) =>
      `${a.file}：文件大小 ${megabytes(a.bytes)}，超过上限 ${megabytes(a.limit)}。`,
    en: (a: { file: string; bytes: number; limit: number }) =>
      `${a.file}: the file is ${megabytes(a.bytes)}, above the limit of ${megabytes(a.limit)}.`,
    sample: { file: "scores.csv", bytes: 300 * 1048576, limit: 100 * 1048576 },
  },
  notJson: {
    zh: (a: { file: string; reason: string }) => `${a.file}：不是有效的 JSON（${a.reason}）。`,
    en: (a: { file: string; reason: string }) => `${a.file}: not valid JSON (${a.reason}).`,
    sample: { file: "framework.json", reason: "Unexpected end of JSON input" },
  },
  invalidFramework: {
    zh: (a: { file: string; error: string }) => `${a.file}：指标体系无效：${a.error}`,
    en: (a: { file: string; error: string }) => `${a.file}: invalid framework: ${a.error}`,
    sample: { file: "framework.json", error: "dimensions[0].weight must be positive" },
  },
  cannotDecode: {
    zh: (a: { file: string }) =>
      `${a.file}：无法按 UTF-8、UTF-16 或 GB18030 解码；这不是文本表格。`,
    en: (a: { file: string }) =>
      `${a.file}: cannot decode as UTF-8, UTF-16 or GB18030; this is not a text table.`,
    sample: { file: "scores.csv" },
  },
  zipNamedCsv: {
    zh: (a: { file: string }) =>
      `${a.file}：这是一个 .xlsx 工作簿（zip），不是文本；请改名为 .xlsx。`,
    en: (a: { file: string }) =>
      `${a.file}: this is an .xlsx workbook (a zip archive), not text; rename it to .xlsx.`,
    sample: { file: "scores.csv" },
  },
  legacyWorkbook: {
    zh: (a: { file: string }) =>
      `${a.file}：这是旧版 .xls 或加密的工作簿；请在 Excel 中另存为 .xlsx 或 CSV。`,
    en: (a: { file: string }) =>
      `${a.file}: an Excel 97-2003 (.xls) or password-protected workbook; save it as .xlsx or CSV in Excel.`,
    sample: { file: "scores.xlsx" },
  },
  csvSyntax: {
    zh: (a: { where: string; problem: string }) => `${a.where}：${a.problem}。`,
    en: (a: { where: string; problem: string }) => `${a.where}: ${a.problem}.`,
    sample: { where: "scores.csv 第 3 行 B 列", problem: "引号没有闭合" },
  },
  csvUnclosedQuote: {
    zh: () => "引号没有闭合",
    en: () => "a quoted field is never closed",
    sample: {},
  },
  csvTextAfterQuote: {
    zh: () => "右引号后还有文字",
    en: () => "text after a closing quote",
    sample: {},
  },
  csvQuoteInField: {
    zh: () => "未加引号的字段中有引号",
    en: () => "a quote inside an unquoted field",
    sample: {},
  },
  placeInFile: {
    zh: (a: { file: string; row: number; column: string }) =>
      `${a.file} 第 ${count(a.row)} 行 ${a.column} 列`,
    en: (a: { file: string; row: number; column: string }) =>
      `${a.file} row ${count(a.row)}, column ${a.column}`,
    sample: { file: "scores.csv", row: 3, column: "B" },
  },
  placeInSheet: {
    zh: (a: { file: string; sheet: string; cell: string }) =>
      `${a.file}，工作表 "${a.sheet}" 单元格 ${a.cell}`,
    en: (a: { file: string; sheet: string; cell: string }) =>
      `${a.file}, sheet "${a.sheet}", cell ${a.cell}`,
    sample: { file: "scores.xlsx", sheet: "2016", cell: "XFD5" },
  },
  beyondLimit: {
    zh: (a: { where: string; what: "rows" | "columns"; limit: number }) =>
      `${a.where}：超过 ${count(a.limit)} ${a.what === "rows" ? "行" : "列"}上限（Excel 的上限）。`,
    en: (a: { where: string; what: "rows" | "columns"; limit: number }) =>
      `${a.where}: beyond the limit of ${count(a.limit)} ${a.what} (Excel's own).`,
    sample: {
      where: "scores.csv row 1, column XFE",
      what: "columns" as "rows" | "columns",
      limit: 16384,
    },
  },
  cellTooLong: {
    zh: (a: { where: string; length: number; limit: number }) =>
      `${a.where}：文字有 ${count(a.length)} 个字符，超过单元格上限 ${count(a.limit)}。`,
    en: (a: { where: string; length: number; limit: number }) =>
      `${a.where}: the text has ${count(a.length)} characters, above the limit of ${count(a.limit)} per cell.`,
    sample: { where: "scores.csv row 2, column A", length: 40000, limit: 32767 },
  },
  notZip: {
    zh: (a: { file: string }) => `${a.file}：不是 .xlsx 工作簿（文件不是 zip 压缩包）。`,
    en: (a: { file: string }) =>
      `${a.file}: not an .xlsx workbook (the file is not a zip archive).`,
    sample: { file: "fake.xlsx" },
  },
  damagedXlsx: {
    zh: (a: { file: string; reason: string }) => `${a.file}：工作簿已损坏或不完整（${a.reason}）。`,
    en: (a: { file: string; reason: string }) =>
      `${a.file}: the workbook is damaged or incomplete (${a.reason}).`,
    sample: { file: "cut.xlsx", reason: "the zip directory is missing" },
  },
  xlsxTooLarge: {
    zh: (a: { file: string; part: string; limit: number }) =>
      `${a.file}：解压后超过 ${megabytes(a.limit)} 上限（在 ${a.part} 处），已停止读取。`,
    en: (a: { file: string; part: string; limit: number }) =>
      `${a.file}: unpacks to more than the limit of ${megabytes(a.limit)} (at ${a.part}); reading stopped.`,
    sample: { file: "bomb.xlsx", part: "xl/worksheets/sheet1.xml", limit: 512 * 1048576 },
  },
  noSheets: {
    zh: (a: { file: string }) => `${a.file}：工作簿中没有工作表。`,
    en: (a: { file: string }) => `${a.file}: the workbook has no worksheets.`,
    sample: { file: "empty.xlsx" },
  },
  noSuchSheet: {
    zh: (a: { file: string; sheet: string; sheets: string[] }) =>
      `${a.file}：没有名为 "${a.sheet}" 的工作表（现有：${quoted(a.sheets) || "无"}）。`,
    en: (a: { file: string; sheet: string; sheets: string[] }) =>
      `${a.file}: no sheet named "${a.sheet}" (sheets: ${quoted(a.sheets) || "none"}).`,
    sample: { file: "book.xlsx", sheet: "2016", sheets: ["Scores"] },
  },
  noVisibleSheet: {
    zh: (a: { file: string; hidden: string[] }) =>
      `${a.file}：所有工作表都已隐藏（${quoted(a.hidden)}）；用 --sheet 名称 指定一个。`,
    en: (a: { file: string; hidden: string[] }) =>
      `${a.file}: every sheet is hidden (${quoted(a.hidden)}); name one with --sheet NAME.`,
    sample: { file: "book.xlsx", hidden: ["Old"] },
  },
  hiddenSheetChosen: {
    zh: (a: { file: string; sheet: string }) =>
      `注意：${a.file} 的工作表 "${a.sheet}" 是隐藏的；因 --sheet 指定而读取。`,
    en: (a: { file: string; sheet: string }) =>
      `note: sheet "${a.sheet}" of ${a.file} is hidden; reading it because --sheet names it.`,
    sample: { file: "book.xlsx", sheet: "Old" },
  },
  severalTables: {
    zh: (a: { file: string; used: string; others: string[] }) =>
      `注意：${a.file} 有多个含评分表的工作表；使用了 "${a.used}"，另有 ${quoted(a.others)}；用 --sheet 名称 选择其他工作表。`,
    en: (a: { file: string; used: string; others: string[] }) =>
      `note: ${a.file} has score tables on several sheets; used "${a.used}" (also ${quoted(a.others)}); pick another with --sheet NAME.`,
    sample: { file: "book.xlsx", used: "2016", others: ["2015"] },
  },
  hiddenTables: {
    zh: (a: { file: string; sheets: string[] }) =>
      `注意：${a.file} 的隐藏工作表 ${quoted(a.sheets)} 含评分表，默认不读取；需要时用 --sheet 名称。`,
    en: (a: { file: string; sheets: string[] }) =>
      `note: hidden ${a.sheets.length === 1 ? "sheet" : "sheets"} ${quoted(a.sheets)} of ${a.file} ${a.sheets.length === 1 ? "holds a score table" : "hold score tables"}, not read by default; use --sheet NAME to read one.`,
    sample: { file: "book.xlsx", sheets: ["Old"] },
  },
  noScoreHeader: {
    zh: (a: { where: string; examples: string[] }) =>
      `${a.where}：未找到评分表头：前 50 行中没有一行包含指标体系至少一半的指标名（如 ${a.examples.join("、")}）。`,
    en: (a: { where: string; examples: string[] }) =>
      `${a.where}: no score header found: no row in the first 50 names at least half of the framework's indicators (e.g. ${a.examples.join(", ")}).`,
    sample: { where: "scores.csv", examples: ["基础网络建设水平", "城市云平台应用情况"] },
  },
  noCityRows: {
    zh: (a: { where: string; headerRow: number }) =>
      `${a.where}：表头在第 ${a.headerRow} 行，但下面没有城市行。`,
    en: (a: { where: string; headerRow: number }) =>
      `${a.where}: the header is in row ${a.headerRow} but no city rows follow it.`,
    sample: { where: "scores.csv", headerRow: 1 },
  },
  whereSheet: {
    zh: (a: { file: string; sheet: string }) => `${a.file}，工作表 "${a.sheet}"`,
    en: (a: { file: string; sheet: string }) => `${a.file}, sheet "${a.sheet}"`,
    sample: { file: "book.xlsx", sheet: "Notes" },
  },

  // Validation (exit 1)
  severity: {
    zh: (a: { severity: "error" | "warning" | "info" }) =>
      ({ error: "错误", warning: "警告", info: "提示" })[a.severity],
    en: (a: { severity: "error" | "warning" | "info" }) => a.severity,
    sample: { severity: "error" as "error" | "warning" | "info" },
  },
  validationErrors: {
    zh: (a: { file: string; errors: number }) =>
      `${a.file}：${count(a.errors)} 个验证错误；请修正输入，或加 --allow-invalid（无效分数按 0 计）。`,
    en: (a: { file: string; errors: number }) =>
      `${a.file}: ${plural(a.errors, "validation error")}; fix the input or pass --allow-invalid (invalid scores then count as 0).`,
    sample: { file: "scores.csv", errors: 2 },
  },
  moreWarnings: {
    zh: (a: { count: number }) => `…… 另有 ${count(a.count)} 条警告（见 --json 的 "validation"）。`,
    en: (a: { count: number }) =>
      `… and ${plural(a.count, "more warning")} (see --json "validation").`,
    sample: { count: 12 },
  },

  // Writing
  outIsInput: {
    zh: (a: { out: string; input: string }) =>
      `--out ${a.out} 指向输入文件 ${a.input}；不会覆盖输入，请换一个文件名。`,
    en: (a: { out: string; input: string }) =>
      `--out ${a.out} is the input file ${a.input}; the input is never overwritten, choose another name.`,
    sample: { out: "./scores.xlsx", input: "scores.xlsx" },
  },
  outIsFramework: {
    zh: (a: { out: string; framework: string }) =>
      `--out ${a.out} 指向指标体系文件 ${a.framework}；请换一个文件名。`,
    en: (a: { out: string; framework: string }) =>
      `--out ${a.out} is the framework file ${a.framework}; choose another name.`,
    sample: { out: "framework.xlsx", framework: "framework.xlsx" },
  },
  outIsFolder: {
    zh: (a: { out: string }) => `--out ${a.out} 是一个文件夹；请给出文件名。`,
    en: (a: { out: string }) => `--out ${a.out} is a folder; name a file.`,
    sample: { out: "reports.xlsx" },
  },
  cannotWrite: {
    zh: (a: { out: string; reason: string }) =>
      `${a.out}：无法写入工作簿（${a.reason}）；未留下任何文件。`,
    en: (a: { out: string; reason: string }) =>
      `${a.out}: cannot write the workbook (${a.reason}); no file was left behind.`,
    sample: { out: "summary.xlsx", reason: "no such folder" },
  },
  reasonNoFolder: { zh: () => "文件夹不存在", en: () => "no such folder", sample: {} },
  reasonDiskFull: { zh: () => "磁盘已满", en: () => "the disk is full", sample: {} },
  wrote: {
    zh: (a: WroteArgs) =>
      `已写入 ${a.out}（${count(a.kilobytes)} KB）：${a.sheets.length} 个工作表（${a.sheets.join("、")}），${count(a.charts)} 个图表，${count(a.cities)} 个城市，来自 ${a.source}。`,
    en: (a: WroteArgs) =>
      `Wrote ${a.out} (${count(a.kilobytes)} KB): ${plural(a.sheets.length, "sheet")} (${a.sheets.join(", ")}), ${plural(a.charts, "chart")}, ${plural(a.cities, "city", "cities")} from ${a.source}.`,
    sample: {
      out: "summary.xlsx",
      kilobytes: 80,
      sheets: ["总排名", "说明"],
      charts: 9,
      cities: 151,
      source: "scores.csv",
    },
  },
  sourceBundled: {
    zh: (a: { name: string }) => `内置的 ${a.name}`,
    en: (a: { name: string }) => `the bundled ${a.name}`,
    sample: { name: "scores-2015.csv" },
  },
  noOutput: {
    zh: () => `未指定输出文件：用 --out summary.xlsx 写工作簿，或用 --json 输出数据。`,
    en: () => `No output file: pass --out summary.xlsx for the workbook or --json for the figures.`,
    sample: {},
  },

  // Top-ten table on stdout
  topTenTitle: {
    zh: (a: { cities: number; maxTotal: number }) =>
      `前十名（共 ${a.cities} 个城市，满分 ${a.maxTotal}）`,
    en: (a: { cities: number; maxTotal: number }) =>
      `Top ten of ${a.cities} cities (maximum ${a.maxTotal})`,
    sample: { cities: 151, maxTotal: 105 },
  },
  topTenHeader: {
    zh: () => "排名|城市|区域|总分|得分率",
    en: () => "Rank|City|Region|Total|Rate",
    sample: {},
  },
});

export type CliMessages = typeof cliMessages;
