/**
 * The byte row writer (src/xlsx/row-bytes.ts) spells every number as `String(value)` does: the
 * cell values of a workbook must not change with the digit-by-digit fast path.
 */
import fc from "fast-check";
import { ascii, RowBytes } from "../../src/xlsx/row-bytes";
import type { PartWriter } from "../../src/xlsx/package";

/** The bytes RowBytes writes for one number, as text. */
function spelled(value: number): string {
  const chunks: Uint8Array[] = [];
  const out: PartWriter = {
    write: () => undefined,
    writeAscii: (bytes) => chunks.push(bytes),
    drain: async () => undefined,
  };
  const bytes = new RowBytes(out);
  bytes.room(128);
  bytes.number(value);
  bytes.flush();
  return Buffer.concat(chunks).toString("latin1");
}

describe("RowBytes.number", () => {
  it("spells scores, rates, ranks and edge values as String does", () => {
    const values = [
      0,
      -0,
      1,
      -1,
      7,
      10,
      2147483647,
      -2147483648,
      2147483648,
      4.85,
      0.97,
      0.9689999999999999,
      0.9640000000000001,
      96.14,
      0.916,
      1e-6,
      1.5e-7,
      0.000123,
      2147.483647,
      2147.4836,
      1e21,
      123456789012,
      -0.5,
      0.1 + 0.2,
      5e-324,
      1.7976931348623157e308,
      33.333333,
      1 / 3,
    ];
    for (const v of values) expect(spelled(v)).toBe(String(v));
  });

  it("property: any finite double", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => {
        expect(spelled(v)).toBe(String(v));
      }),
      { numRuns: 1000 }
    );
  });

  it("property: values with up to six decimals (the fast path)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -2147483647, max: 2147483647 }),
        fc.constantFrom(1, 10, 100, 1e3, 1e4, 1e5, 1e6),
        (n, scale) => {
          const v = n / scale;
          expect(spelled(v)).toBe(String(v));
        }
      ),
      { numRuns: 2000 }
    );
  });

  it("property: repeated values (spelled again from the cache) and values sharing a cache slot", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { maxLength: 20 }),
        fc.array(fc.integer({ min: 0, max: 10000 }), { maxLength: 20 }),
        (doubles, hundredths) => {
          const values = [...doubles, ...hundredths.map((h) => h / 100)];
          for (const v of [...values, ...values.reverse()]) expect(spelled(v)).toBe(String(v));
        }
      ),
      { numRuns: 300 }
    );
    // 20,000 distinct scores: far more than the cache's slots, so slots are shared.
    for (let k = 0; k < 20000; k++) expect(spelled(k / 100 + 0.001)).toBe(String(k / 100 + 0.001));
    for (let k = 0; k < 20000; k++) expect(spelled(k / 100 + 0.001)).toBe(String(k / 100 + 0.001));
  });

  it("refuses NaN and Infinity (the guard blanks them before)", () => {
    expect(() => spelled(NaN)).toThrow(/NaN reached a cell/);
    expect(() => spelled(-Infinity)).toThrow(/Infinity reached a cell/);
  });

  it("encodes tag pieces and refuses non-ASCII ones", () => {
    expect([...ascii(`<c r="`)]).toEqual([60, 99, 32, 114, 61, 34]);
    expect(() => ascii("é")).toThrow(/not ASCII/);
  });
});
