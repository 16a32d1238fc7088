/** A small read-only table for the explore views (Fluent Table, extra-small, fixed layout). */
import * as React from "react";
import {
  makeStyles,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";

export const useTableStyles = makeStyles({
  table: { tableLayout: "fixed", width: "100%" },
  /** Columns sized by their content: names keep whole words beside narrow number columns. */
  fit: { tableLayout: "auto" },
  narrow: { width: "44px" },
  change: { width: "52px" },
  number: {
    width: "60px",
    textAlign: "end",
    "& .fui-TableHeaderCell__button": { justifyContent: "flex-end" },
  },
  /** Percent columns: "100.0%" and no more. */
  rate: {
    width: "1%",
    whiteSpace: "nowrap",
    textAlign: "end",
    "& .fui-TableHeaderCell__button": { justifyContent: "flex-end" },
  },
  text: { overflowWrap: "break-word" },
  up: { color: tokens.colorPaletteGreenForeground1 },
  down: { color: tokens.colorPaletteRedForeground1 },
});

export type ColumnKind = "narrow" | "change" | "number" | "rate" | "text";
export type CompactRow = { key: string | number; cells: React.ReactNode[] };

export function CompactTable(props: {
  label: string;
  columns: { header: string; kind: ColumnKind }[];
  rows: CompactRow[];
  /** Size the columns by their content (default: fixed widths, steady while values change). */
  fit?: boolean;
}): React.JSX.Element {
  const s = useTableStyles();
  const { columns } = props;
  return (
    <Table
      size="extra-small"
      className={mergeClasses(s.table, props.fit === true && s.fit)}
      aria-label={props.label}
    >
      <TableHeader>
        <TableRow>
          {columns.map((c) => (
            <TableHeaderCell key={c.header} className={s[c.kind]}>
              {c.header}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.rows.map((row) => (
          <TableRow key={row.key}>
            {row.cells.map((cell, i) => (
              <TableCell key={i} className={s[columns[i]?.kind ?? "text"]}>
                {cell}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
