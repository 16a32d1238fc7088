/**
 * Limits of the command line's input (README, "Command line"). Rows, columns and cell length are
 * Excel's own; the byte limits keep any input, hostile or not, to bounded memory and time. Going
 * past one is exit 2 with a message naming the place.
 */
export const LIMITS = {
  /** Excel's rows per sheet. */
  rows: 1_048_576,
  /** Excel's columns per sheet (XFD). */
  columns: 16_384,
  /** Excel's characters per cell. */
  cellCharacters: 32_767,
  /** Size of an input table file (.csv/.txt/.tsv/.xlsx) on disk. */
  inputBytes: 100 * 1024 * 1024,
  /** Size of a framework JSON file. */
  frameworkBytes: 8 * 1024 * 1024,
  /** Bytes the parts of an .xlsx input that are read may unpack to, together. */
  xlsxUnpackedBytes: 512 * 1024 * 1024,
} as const;

export type TableLimits = Pick<typeof LIMITS, "rows" | "columns" | "cellCharacters">;
