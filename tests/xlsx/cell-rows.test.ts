/**
 * The byte recogniser of cell rows (src/xlsx/cell-rows.ts) matches exactly what the check's
 * regular expression `CELL_ROWS` matches: the same end on well-formed rows, on rows cut anywhere
 * and on rows with a byte changed, so moving the check onto bytes made it no less strict.
 */
import fc from "fast-check";
import { cellRowsEnd } from "../../src/xlsx/cell-rows";
import { CELL_ROWS } from "../../src/xlsx/xml-grammar";

/** Where CELL_ROWS stops when matched at 0 (0: no row). */
function regexEnd(text: string): number {
  CELL_ROWS.lastIndex = 0;
  return CELL_ROWS.test(text) ? CELL_ROWS.lastIndex : 0;
}
const bytesEnd = (text: string): number => cellRowsEnd(Buffer.from(text, "latin1"), 0);

const digits = fc.stringMatching(/^[0-9]{1,4}$/);
const number = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
  fc.integer().map(String),
  fc.stringMatching(/^-?(\d{0,3}\.?\d{0,3})([eE][-+]?\d{0,2})?$/)
);
const cellText = fc
  .record({
    reference: fc.option(fc.tuple(fc.stringMatching(/^[A-Z]{1,4}$/), digits)),
    style: fc.option(digits),
    shared: fc.boolean(),
    value: fc.option(number),
  })
  .map(
    (c) =>
      `<c${c.reference ? ` r="${c.reference[0]}${c.reference[1]}"` : ""}` +
      `${c.style !== null ? ` s="${c.style}"` : ""}${c.shared ? ` t="s"` : ""}` +
      (c.value === null ? "/>" : `><v>${c.value}</v></c>`)
  );
const rowText = fc
  .record({
    r: digits,
    height: fc.option(fc.stringMatching(/^[0-9.]{1,5}$/)),
    cells: fc.array(cellText, { maxLength: 5 }),
  })
  .map(
    (r) =>
      `<row r="${r.r}"${r.height !== null ? ` ht="${r.height}" customHeight="1"` : ""}>` +
      `${r.cells.join("")}</row>`
  );
const rowsText = fc.array(rowText, { minLength: 1, maxLength: 4 }).map((rows) => rows.join(""));

/** A byte the grammar gives meaning to, or any other. */
const byte = fc.oneof(
  fc.constantFrom(...'<>/"= .-+eE0123456789ABZcrstv'.split("")),
  fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c))
);

describe("cellRowsEnd", () => {
  it("ends where CELL_ROWS ends, on the writer's rows and on any other", () => {
    fc.assert(
      fc.property(rowsText, fc.string({ maxLength: 3 }), (rows, tail) => {
        const text = rows + tail;
        expect(bytesEnd(text)).toBe(regexEnd(text));
      }),
      { numRuns: 2000 }
    );
  });

  it("ends where CELL_ROWS ends when the rows are cut or a byte is changed, removed or added", () => {
    const edit = fc.tuple(fc.nat(), fc.constantFrom("cut", "change", "remove", "add"), byte);
    fc.assert(
      fc.property(rowsText, edit, (rows, [at, how, b]) => {
        const k = at % (rows.length + 1);
        const text =
          how === "cut"
            ? rows.slice(0, k)
            : how === "change"
              ? rows.slice(0, k) + b + rows.slice(k + 1)
              : how === "remove"
                ? rows.slice(0, k) + rows.slice(k + 1)
                : rows.slice(0, k) + b + rows.slice(k);
        expect(bytesEnd(text)).toBe(regexEnd(text));
      }),
      { numRuns: 5000 }
    );
  });

  it.each([
    [`<row r="1"><c r="A1"><v>1</v></c></row>`, 39],
    [`<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c><v>NaN</v></c></row>`, 39],
    [`<row r="1"><c r="A1"><v>1.</v></c></row>`, 40],
    [`<row r="1"><c r="A1"><v>.</v></c></row>`, 0],
    [`<row r="1"><c r="A1"><v>1e</v></c></row>`, 0],
    [`<row r="1"><c r="ABCD1"/></row>`, 0],
    [`<row r="1"><c s="1" r="A1"/></row>`, 0],
    [`<row r="1"><c r="A1"><v>1</v></row>`, 0],
    [`<row r="1" ht="" customHeight="1"></row>`, 0],
    [`<row r="1" ht="1.5" customHeight="1"></row>`, 43],
    [`<row r=""></row>`, 0],
  ])("on %s: %i, as CELL_ROWS", (text, end) => {
    expect([bytesEnd(text), regexEnd(text)]).toEqual([end, end]);
  });
});
