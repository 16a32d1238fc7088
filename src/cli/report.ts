/** Terminal output of the command line: validation lists and the top-ten table. */
import { placeNames } from "../layout/places";
import type { Evaluation } from "../engine/evaluate";
import { issueText, type ItemNames, type MessageLanguage } from "../engine/messages";
import { cliMessages as m } from "../engine/messages/cli";
import type { ValidationIssue } from "../engine/types";

/** Terminal columns a string occupies: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x20000 && code <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

const pad = (text: string, width: number, align: "left" | "right"): string => {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return align === "left" ? text + fill : fill + text;
};

/** An aligned plain-text table; columns whose cells are numbers are right-aligned. */
export function formatTable(header: string[], rows: string[][], numeric: boolean[]): string {
  const widths = header.map((h, c) =>
    rows.reduce((w, r) => Math.max(w, displayWidth(r[c] ?? "")), displayWidth(h))
  );
  const line = (cells: string[]): string =>
    cells
      .map((cell, c) => pad(cell, widths[c] ?? 0, numeric[c] ? "right" : "left"))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** The ten best cities (ties at rank 10 included) with rank, city, region, total and rate. */
export function topTen(evaluation: Evaluation, language: "zh" | "en"): string {
  // Read from the columns: `evaluation.cities` would build every city's record.
  const { order, rank, city, region, total, rate } = evaluation.columns;
  const top: number[] = [];
  order.forEach((k, i) => {
    if (i < 10 || (rank[k] as number) <= 10) top.push(k);
  });
  const header = m.topTenHeader[language]().split("|");
  // English names of cities and regions in English, as in the workbook.
  const places = placeNames(language);
  const rows = top.map((k) => [
    String(rank[k]),
    places.name("city", city[k] as string),
    region[k] ? places.name("region", region[k] as string) : "",
    (total[k] as number).toFixed(2),
    `${(rate[k] as number).toFixed(1)}%`,
  ]);
  const title = m.topTenTitle[language]({
    cities: order.length,
    maxTotal: evaluation.framework.maxTotal,
  });
  return `${title}\n${formatTable(header, rows, [true, false, false, true, true])}`;
}

/**
 * Validation issues as lines for stderr, each naming file, row and column, in `language` (items
 * by their English names in English when the `framework` is given). Cell messages of an .xlsx
 * input start with "Sheet!C5"; `file` is put in front of any message that lacks it.
 */
export function issueLines(
  issues: readonly ValidationIssue[],
  file: string,
  language: MessageLanguage = "en",
  framework?: ItemNames
): string[] {
  return issues.map((i) => {
    const text = issueText(i, language, framework);
    const where = text.startsWith(file) ? text : `${file}: ${text}`;
    return `${m.severity[language]({ severity: i.severity })}${language === "zh" ? "：" : ": "}${where}`;
  });
}

/** Errors in full, warnings up to `maxWarnings` then a count. */
export function validationReport(
  issues: readonly ValidationIssue[],
  file: string,
  language: MessageLanguage = "en",
  framework?: ItemNames,
  maxWarnings = 10
): string[] {
  const errors = issues.filter((i) => i.severity === "error");
  const others = issues.filter((i) => i.severity !== "error");
  const lines = issueLines(errors, file, language, framework);
  lines.push(...issueLines(others.slice(0, maxWarnings), file, language, framework));
  if (others.length > maxWarnings)
    lines.push(m.moreWarnings[language]({ count: others.length - maxWarnings }));
  return lines;
}
