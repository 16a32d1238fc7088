/**
 * Test-only host: the SMARTCITY functions (src/functions/core.ts) as a HyperFormula function
 * plugin, so tests can evaluate real formulas such as =SMARTCITY.RANK(U2,U$2:U$152) next to native
 * SUM. HyperFormula is GPL-3.0: a dev dependency used by tests only, never bundled.
 *
 * HyperFormula accepts dots in function names (its ProcedureName token is a letter followed by
 * letters, digits, "_" and "."), so the ids are the Excel names themselves: SMARTCITY.TOTAL, ….
 *
 * Argument conversion mimics Excel's custom-function runtime: a blank cell inside a range arrives
 * as 0 (office-js#1951); an omitted optional argument arrives as null; an error inside a range
 * arrives as its error text ("#N/A"). The parameter addresses Excel passes with
 * @requiresParameterAddresses come from the range references ("Sheet1!C2:S2").
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  SimpleRangeValue,
} from "hyperformula";
import type { InterpreterState } from "hyperformula/typings/interpreter/InterpreterState";
import type { ProcedureAst } from "hyperformula/typings/parser/Ast";
import type { Cell } from "../../src/engine/table";
import { columnLetters, sheetRef } from "../../src/engine/text";
import { activeFramework } from "../../src/functions/active-framework";
import * as core from "../../src/functions/core";

const ERROR_TEXT: Record<string, string> = {
  DIV_BY_ZERO: "#DIV/0!",
  NAME: "#NAME?",
  VALUE: "#VALUE!",
  NUM: "#NUM!",
  NA: "#N/A",
  REF: "#REF!",
  SPILL: "#SPILL!",
};
const ERROR_TYPE: Record<core.FnError["error"], ErrorType> = {
  invalidValue: ErrorType.VALUE,
  notAvailable: ErrorType.NA,
  invalidNumber: ErrorType.NUM,
};

/** A HyperFormula scalar as Excel would pass it to a custom function. */
function toCell(value: unknown, blank: Cell): Cell {
  if (value === EmptyValue || value === undefined) return blank;
  if (value instanceof CellError) return ERROR_TEXT[value.type] ?? "#VALUE!";
  if (typeof value === "object" && value !== null && "val" in value)
    return (value as { val: number }).val; // dates, %, currency
  return value as Cell;
}

const matrix = (range: SimpleRangeValue): Cell[][] =>
  range.data.map((row) => row.map((v) => toCell(v, 0)));
const scalar = (value: unknown): Cell => toCell(value, null);
const result = <T>(x: core.FnResult<T>): T | CellError =>
  core.isError(x) ? new CellError(ERROR_TYPE[x.error], x.message) : x;

const range = { argumentType: FunctionArgumentType.RANGE };
const optionalRange = { argumentType: FunctionArgumentType.RANGE, optionalArg: true };
const value = { argumentType: FunctionArgumentType.SCALAR };
const optionalValue = { argumentType: FunctionArgumentType.SCALAR, optionalArg: true };

export class SmartCityPlugin extends FunctionPlugin {
  static implementedFunctions = {
    "SMARTCITY.TOTAL": { method: "total", parameters: [range, optionalRange, optionalRange] },
    "SMARTCITY.DIMENSION": { method: "dimension", parameters: [range, range, value] },
    "SMARTCITY.RANK": { method: "rank", parameters: [value, range, optionalValue, optionalValue] },
    "SMARTCITY.RANKS": {
      method: "ranks",
      sizeOfResultArrayMethod: "ranksSize",
      vectorizationForbidden: true,
      parameters: [range, optionalValue, optionalValue],
    },
    "SMARTCITY.RATE": { method: "rate", parameters: [value, value] },
    "SMARTCITY.WEIGHT": { method: "weight", parameters: [value] },
    "SMARTCITY.QD": { method: "qd", parameters: [range] },
    "SMARTCITY.REGION": { method: "region", parameters: [value] },
    "SMARTCITY.PROVINCE": { method: "province", parameters: [value] },
    "SMARTCITY.LEVEL": { method: "level", parameters: [value] },
  };

  /** "Sheet1!C2:S2" for a range argument that came from a reference, as Excel's parameterAddresses. */
  private address(arg: SimpleRangeValue | undefined): string | undefined {
    const r = arg?.range;
    if (!r) return undefined;
    const sheet = this.dependencyGraph.sheetMapping.getSheetName(r.sheet) ?? "";
    return `${sheetRef(sheet)}!${columnLetters(r.start.col)}${r.start.row + 1}:${columnLetters(r.end.col)}${r.end.row + 1}`;
  }

  private run(
    ast: ProcedureAst,
    state: InterpreterState,
    id: string,
    body: (...args: never[]) => unknown
  ) {
    return this.runFunction(
      ast.args,
      state,
      this.metadata(id),
      body as (...args: unknown[]) => never
    );
  }

  total(ast: ProcedureAst, state: InterpreterState) {
    return this.run(
      ast,
      state,
      "SMARTCITY.TOTAL",
      (scores: SimpleRangeValue, indicators?: SimpleRangeValue, weights?: SimpleRangeValue) =>
        result(
          core.total(
            activeFramework(),
            matrix(scores),
            indicators ? matrix(indicators) : null,
            this.address(scores),
            this.address(indicators),
            weights ? matrix(weights) : null,
            this.address(weights)
          )
        )
    );
  }

  dimension(ast: ProcedureAst, state: InterpreterState) {
    return this.run(
      ast,
      state,
      "SMARTCITY.DIMENSION",
      (scores: SimpleRangeValue, indicators: SimpleRangeValue, name: unknown) =>
        result(
          core.dimension(
            activeFramework(),
            matrix(scores),
            matrix(indicators),
            scalar(name),
            this.address(scores),
            this.address(indicators)
          )
        )
    );
  }

  rank(ast: ProcedureAst, state: InterpreterState) {
    return this.run(
      ast,
      state,
      "SMARTCITY.RANK",
      (v: unknown, values: SimpleRangeValue, order?: unknown, method?: unknown) =>
        result(core.rankOne(scalar(v), matrix(values), scalar(order), scalar(method)))
    );
  }

  ranks(ast: ProcedureAst, state: InterpreterState) {
    return this.run(
      ast,
      state,
      "SMARTCITY.RANKS",
      (values: SimpleRangeValue, order?: unknown, method?: unknown) => {
        const ranks = core.rankAll(matrix(values), scalar(order), scalar(method));
        return core.isError(ranks) ? result(ranks) : SimpleRangeValue.onlyValues(ranks);
      }
    );
  }

  /** The spill has the shape of the first argument. */
  ranksSize(ast: ProcedureAst, state: InterpreterState): ArraySize {
    const first = ast.args[0];
    if (!first) return ArraySize.error();
    const size = this.arraySizeForAst(first, state); // a reference's size is flagged isRef: a spill is not one
    return new ArraySize(size.width, size.height);
  }

  rate(ast: ProcedureAst, state: InterpreterState) {
    return this.run(ast, state, "SMARTCITY.RATE", (score: unknown, weightOrName: unknown) =>
      result(core.rate(activeFramework(), scalar(score), scalar(weightOrName)))
    );
  }

  weight(ast: ProcedureAst, state: InterpreterState) {
    return this.run(ast, state, "SMARTCITY.WEIGHT", (name: unknown) =>
      result(core.weight(activeFramework(), scalar(name)))
    );
  }

  qd(ast: ProcedureAst, state: InterpreterState) {
    return this.run(ast, state, "SMARTCITY.QD", (values: SimpleRangeValue) =>
      result(core.qd(matrix(values)))
    );
  }

  region(ast: ProcedureAst, state: InterpreterState) {
    return this.run(ast, state, "SMARTCITY.REGION", (city: unknown) =>
      result(core.cityField(scalar(city), "region"))
    );
  }

  province(ast: ProcedureAst, state: InterpreterState) {
    return this.run(ast, state, "SMARTCITY.PROVINCE", (city: unknown) =>
      result(core.cityField(scalar(city), "province"))
    );
  }

  level(ast: ProcedureAst, state: InterpreterState) {
    return this.run(ast, state, "SMARTCITY.LEVEL", (city: unknown) =>
      result(core.cityField(scalar(city), "level"))
    );
  }
}

/** Function-name translations HyperFormula requires for custom plugins: the ids themselves. */
export const smartCityTranslations = {
  enGB: Object.fromEntries(Object.keys(SmartCityPlugin.implementedFunctions).map((id) => [id, id])),
};
