/** Pure helpers of the pane: header labels, mapping edits, the dataset of the bound table. */
import { findTables } from "../engine/table";
import type { Cell, ColumnMapping, Grid } from "../engine/table";
import { columnLetters } from "../engine/text";
import type { Framework, Indicator, ValidationIssue } from "../engine/types";
import { boundDataset } from "../office/bindings";
import type { BoundTable } from "../office/pane-actions";

/** Which field of the mapping a column dropdown edits. */
export type MappingField =
  | { kind: "indicator"; index: number }
  | { kind: "bonus"; index: number }
  | { kind: "city" | "region" | "province" | "level" | "total" };

export type ColumnOption = { index: number; letters: string; header: string };

const text = (cell: Cell): string =>
  cell === null || cell === undefined ? "" : String(cell).replace(/\s+/gu, " ").trim();

/** One option per column of the table: its sheet letters and header text (either header row). */
export function columnOptions(grid: Grid, table: BoundTable): ColumnOption[] {
  const { headerRow, headerRows } = table.mapping;
  const header = grid[headerRow] ?? [];
  const above = headerRows === 2 ? (grid[headerRow - 1] ?? []) : [];
  const width = grid.slice(0, table.mapping.dataRow + 1).reduce((w, r) => Math.max(w, r.length), 0);
  return Array.from({ length: width }, (_, c) => ({
    index: c,
    letters: columnLetters(table.origin.column + c),
    header: text(header[c]) || text(above[c]),
  }));
}

export function mappedColumn(mapping: ColumnMapping, field: MappingField): number | null {
  switch (field.kind) {
    case "indicator":
      return mapping.indicators[field.index] ?? null;
    case "bonus":
      return mapping.bonus[field.index] ?? null;
    default:
      return mapping[field.kind];
  }
}

/** The mapping with `field` read from `column` (null: not mapped). */
export function withColumn(
  mapping: ColumnMapping,
  field: MappingField,
  column: number | null
): ColumnMapping {
  switch (field.kind) {
    case "indicator":
      return {
        ...mapping,
        indicators: mapping.indicators.map((c, i) => (i === field.index ? column : c)),
      };
    case "bonus":
      return { ...mapping, bonus: mapping.bonus.map((c, i) => (i === field.index ? column : c)) };
    default:
      return { ...mapping, [field.kind]: column };
  }
}

/**
 * The dataset of the bound table as the engine reads it (issues name "Sheet!C5" cells): the same
 * function the ribbon's "Generate summary" reads the bound table with.
 */
export const buildDataset = boundDataset;

/**
 * A mapping for `framework` on an already bound grid (after the framework changed): the detected
 * header if the new framework's indicators are found there, else the old header rows, unmapped.
 */
export function remapForFramework(
  framework: Framework,
  grid: Grid,
  old: ColumnMapping
): ColumnMapping {
  const found =
    findTables(grid, framework).find((c) => c.mapping.headerRow === old.headerRow) ??
    findTables(grid, framework)[0];
  if (found) return found.mapping;
  return {
    ...old,
    indicators: framework.indicators.map(() => null),
    bonus: framework.bonus.map(() => null),
  };
}

/** Indicators without a column. */
export function unmappedIndicators(framework: Framework, mapping: ColumnMapping): Indicator[] {
  return framework.indicators.filter((_, i) => (mapping.indicators[i] ?? null) === null);
}

/** Issues in display order, grouped by severity (errors, warnings, notes), empty groups dropped. */
export function groupIssues(
  issues: readonly ValidationIssue[]
): { severity: ValidationIssue["severity"]; issues: ValidationIssue[] }[] {
  return (["error", "warning", "info"] as const)
    .map((severity) => ({ severity, issues: issues.filter((i) => i.severity === severity) }))
    .filter((g) => g.issues.length > 0);
}
