/**
 * Reading the score cells of a table row (docs/method.md, "Reading scores"): plain numbers on a
 * fast path, everything else through `parseScore` with a validation issue naming the cell.
 */
import { validationMessages, type Place, type ValidationCode } from "./messages/validation";
import { parseScore, plainNumber } from "./numbers";
import type { Cell, SourcePosition } from "./table";
import { cellAddress, columnLetters } from "./text";
import type { ValidationIssue } from "./types";

/** The arguments of a code's message, without `where` when the issue has a cell. */
type Params<C extends ValidationCode> = (typeof validationMessages)[C]["sample"];

/** Collects issues; `message` is the English rendering of the catalogue entry (JSON contract). */
export class IssueLog {
  readonly issues: ValidationIssue[] = [];
  constructor(private readonly position: SourcePosition) {}

  /** The place of grid cell (r, c) for messages. Built only for an issue: cheap enough then. */
  place(r: number, c: number): Place {
    const row = (this.position.origin?.row ?? 0) + r;
    const column = (this.position.origin?.column ?? 0) + c;
    return {
      source: this.position.source,
      inSheet: this.position.sheet !== undefined && this.position.sheet !== "",
      cell: cellAddress(row, column, this.position.sheet || undefined),
      row: row + 1,
      column: columnLetters(column),
    };
  }

  add<C extends ValidationCode>(
    severity: ValidationIssue["severity"],
    code: C,
    city: string | null,
    indicator: string | null,
    params: Params<C>
  ): void {
    const at = (params as { where?: Place }).where;
    this.issues.push({
      severity,
      code,
      city,
      indicator,
      row: at?.row ?? null,
      column: at?.column ?? null,
      cell: at?.cell ?? null,
      message: (validationMessages[code].en as (a: Params<C>) => string)(params),
      params: params as Record<string, unknown>,
    });
  }
}

/** A score as read: the value counted (null when blank or invalid) and any number as written. */
type ReadScore = { counted: number | null; written: number | null };

const BLANK: ReadScore = { counted: null, written: null };

/** Reads one score cell, logging what is wrong with it (docs/method.md, "Reading scores"). */
function readScore(
  log: IssueLog,
  cell: Cell,
  r: number,
  c: number,
  city: string,
  item: { name: string; weight: number }
): ReadScore {
  const parsed = parseScore(cell);
  // Places are built only for an issue: building them for every valid score cost ~25% of
  // reading 100,000 rows (bench: engine.evaluate.ms.100000).
  switch (parsed.kind) {
    case "number": {
      const value = parsed.value;
      // A relative tolerance: the weight and a score equal to it may come from different texts.
      if (value >= 0 && value <= item.weight * (1 + 1e-12))
        return { counted: value, written: value };
      const where = log.place(r, c);
      if (value < 0)
        log.add("error", "negative-score", city, item.name, { where, indicator: item.name, value });
      else
        log.add("error", "above-weight", city, item.name, {
          where,
          indicator: item.name,
          value,
          weight: item.weight,
        });
      return { counted: null, written: value };
    }
    case "blank":
      log.add("warning", "blank-score", city, item.name, {
        where: log.place(r, c),
        indicator: item.name,
      });
      return BLANK;
    case "error":
      log.add("error", "error-score", city, item.name, {
        where: log.place(r, c),
        indicator: item.name,
        value: parsed.text,
      });
      return BLANK;
    case "text": {
      const where = log.place(r, c);
      const value = parsed.text;
      if (parsed.form)
        log.add("error", "number-format", city, item.name, {
          where,
          indicator: item.name,
          value,
          form: parsed.form,
        });
      else log.add("error", "text-score", city, item.name, { where, indicator: item.name, value });
      return BLANK;
    }
  }
}

/** A row's running sums: of the numbers as written, of the counted ones, and their count. */
export type RowSums = { cellsSum: number; countedSum: number; cells: number };

/** Reads the score cells of one kind (indicators or bonus items) of a row. */
export class ScoreReader {
  /** Largest valid score of each item: the weight with a relative tolerance (see readScore). */
  private readonly limits: Float64Array;

  constructor(
    private readonly log: IssueLog,
    private readonly items: readonly { name: string; weight: number }[],
    private readonly columns: readonly (number | null | undefined)[]
  ) {
    this.limits = Float64Array.from(items, (item) => item.weight * (1 + 1e-12));
  }

  /**
   * Writes city k's counted score of each item into `out[i][k]`, or 0 with `noScore[at + i]` = 1
   * where blank, invalid or unmapped; adds to `sums`.
   */
  read(
    row: readonly Cell[],
    r: number,
    city: string,
    sums: RowSums,
    out: { scores: Float64Array[]; noScore: Uint8Array; k: number; at: number }
  ): void {
    const count = this.items.length;
    const { k, at } = out;
    for (let i = 0; i < count; i++) {
      const c = this.columns[i];
      const column = out.scores[i] as Float64Array;
      if (c === null || c === undefined) {
        out.noScore[at + i] = 1;
        continue;
      }
      // Plain numbers, the common case, skip readScore's objects.
      const value = plainNumber(row[c]);
      if (value >= 0 && value <= (this.limits[i] as number)) {
        sums.cellsSum += value;
        sums.countedSum += value;
        sums.cells += 1;
        column[k] = value;
        continue;
      }
      const score = readScore(this.log, row[c], r, c, city, this.items[i] as ScoredItemRef);
      if (score.written !== null) sums.cellsSum += score.written;
      if (score.counted !== null) {
        sums.countedSum += score.counted;
        sums.cells += 1;
      }
      if (score.counted === null) out.noScore[at + i] = 1;
      else column[k] = score.counted;
    }
  }
}

type ScoredItemRef = { name: string; weight: number };
