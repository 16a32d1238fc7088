/** Public API of the summary layout (see README.md for the writer contract). */
export { buildSummaryLayout } from "./summary";
export {
  cellA1,
  chartSourceArea,
  looksLikeFormula,
  isValidSheetName,
  parseA1,
  rangeA1,
  uniqueSheetNames,
  validSheetName,
  MAX_SHEET_NAME,
} from "./ranges";
export type { ParsedRange } from "./ranges";
export {
  CORRELATION_SCALE,
  DATA_BAR_COLOR,
  FORMATS,
  SERIES_COLORS,
  STYLES,
  TABLE_STYLE,
} from "./styles";
export { strings } from "./strings";
export { dimensionSheetKey } from "./dimensions";
export { indicatorBlockCell, INDICATOR_BLOCK_COLUMNS } from "./indicators";
export type * from "./types";
