/** Unwrapping custom-function results in tests: `ok` expects a value, `err` an error value. */
import * as core from "../../src/functions/core";

export const ok = <T>(x: core.FnResult<T>): T => {
  if (core.isError(x)) throw new Error(`unexpected ${x.error}: ${x.message}`);
  return x;
};
export const err = <T>(x: core.FnResult<T>): core.FnError => {
  if (!core.isError(x)) throw new Error(`expected an error, got ${JSON.stringify(x)}`);
  return x;
};
