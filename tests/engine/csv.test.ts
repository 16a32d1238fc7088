import { parseCsv } from "../../src/engine/csv";

describe("parseCsv", () => {
  test("quoted fields, escaped quotes, CRLF, BOM, trailing newline", () => {
    expect(parseCsv('\ufeffa,"b,c"\r\n"say ""hi""",2\n')).toEqual({
      ok: true,
      rows: [
        ["a", "b,c"],
        ['say "hi"', "2"],
      ],
    });
  });
  test("empty fields and a last line without newline", () => {
    expect(parseCsv("a,,c\n,,")).toEqual({
      ok: true,
      rows: [
        ["a", "", "c"],
        ["", "", ""],
      ],
    });
  });
  test("newline inside quotes is data", () => {
    expect(parseCsv('"a\nb",c')).toEqual({ ok: true, rows: [["a\nb", "c"]] });
  });
  test("a quote never closed names the row and column where it opened", () => {
    expect(parseCsv('a,b\n1,"2\n3,4')).toEqual({
      ok: false,
      row: 2,
      column: 2,
      message: "a quoted field is never closed",
    });
  });
  test("a stray quote inside an unquoted field", () => {
    expect(parseCsv('a,b"c')).toMatchObject({ ok: false, row: 1, column: 2 });
  });
  test("text after a closing quote", () => {
    expect(parseCsv('"a"b,c')).toMatchObject({ ok: false, row: 1, column: 1 });
  });
  test("empty input", () => {
    expect(parseCsv("")).toEqual({ ok: true, rows: [] });
  });
});
