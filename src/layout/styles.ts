/** Concrete look of the named styles and the colours of charts and conditional formats. */
import type { CellStyle, StyleName } from "./types";

export const STYLES: Record<StyleName, CellStyle> = {
  title: { bold: true, fontSize: 14, fontColor: "#1F3864" },
  subtitle: { bold: true, fontSize: 11, fontColor: "#1F3864" },
  header: {
    bold: true,
    fill: "#DDEBF7",
    fontColor: "#000000",
    wrapText: true,
    verticalAlignment: "center",
    borderBottom: "#5B9BD5",
  },
  numberHeader: { horizontalAlignment: "right" },
  groupHeader: { bold: true, fill: "#BDD7EE", fontColor: "#1F3864" },
  rowHeader: { bold: true },
  note: { italic: true, fontColor: "#595959" },
  emphasis: { bold: true },
  link: { underline: true, fontColor: "#0563C1" },
  indented: { horizontalAlignment: "left", indent: 1 },
  wrapped: { wrapText: true, verticalAlignment: "top" },
};

/** Series colours in order (Office theme accents). */
export const SERIES_COLORS = [
  "#4472C4",
  "#ED7D31",
  "#A5A5A5",
  "#FFC000",
  "#5B9BD5",
  "#70AD47",
  "#264478",
  "#9E480E",
];

export const DATA_BAR_COLOR = "#5B9BD5";
/** Correlation colour scale: −1 red, 0 white, +1 blue. */
export const CORRELATION_SCALE = { negative: "#F8696B", zero: "#FFFFFF", positive: "#5A8AC6" };
export const TABLE_STYLE = "TableStyleMedium2";
export const TAB_COLORS = { summary: "#4472C4", dimension: "#70AD47", about: "#A5A5A5" };

/** Number formats (Excel format codes, locale-independent). */
export const FORMATS = {
  integer: "0",
  score: "0.00",
  rate: "0.00%",
  correlation: "0.000",
  pValue: "0.0000",
} as const;
