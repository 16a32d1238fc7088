import fc from "fast-check";
import { decodeTable, detectDelimiter, parseCsv, parseTable } from "../../src/engine/csv";

const LIMITS = { rows: 1_048_576, columns: 16_384, cellCharacters: 32_767 };

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
      problem: "unclosed-quote",
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

describe("parseTable (sparse, limited)", () => {
  const limits = { rows: 4, columns: 3, cellCharacters: 5 };
  test("stores only fields that hold text: empty fields and rows are holes", () => {
    const parsed = parseTable("a,,c\n\n,,x\n", ",", limits);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.rows.length).toBe(3);
    expect(1 in parsed.rows).toBe(false); // the empty line
    expect(Object.keys(parsed.rows[0] ?? [])).toEqual(["0", "2"]);
    expect(Object.keys(parsed.rows[2] ?? [])).toEqual(["2"]);
  });
  test("tab-separated", () => {
    expect(parseTable("a\tb\n1\t2", "\t", limits)).toEqual({
      ok: true,
      rows: [
        ["a", "b"],
        ["1", "2"],
      ],
    });
  });
  test("a row, a column and a cell past the limits name their place", () => {
    expect(parseTable("a\nb\nc\nd\ne", ",", limits)).toMatchObject({
      ok: false,
      problem: "rows",
      row: 5,
    });
    expect(parseTable("a,b,c,d", ",", limits)).toMatchObject({
      ok: false,
      problem: "columns",
      column: 4,
    });
    expect(parseTable("ok\n123456", ",", limits)).toMatchObject({
      ok: false,
      problem: "cell-length",
      row: 2,
      column: 1,
      length: 6,
    });
  });
  test("a wide row of empty fields costs nothing per field", () => {
    const parsed = parseTable(",".repeat(16383) + "x", ",", {
      rows: 10,
      columns: 16384,
      cellCharacters: 10,
    });
    expect(parsed.ok && Object.keys(parsed.rows[0] ?? [])).toEqual(["16383"]);
  });
});

describe("decodeTable", () => {
  const utf16 = (text: string, order: "le" | "be"): Buffer => {
    const le = Buffer.from("\ufeff" + text, "utf16le");
    return order === "le" ? le : Buffer.from(le).swap16();
  };
  test.each([
    ["UTF-8", Buffer.from("城市,总分", "utf8"), "utf-8"],
    ["UTF-8 with BOM", Buffer.from("\ufeff城市,总分", "utf8"), "utf-8"],
    ["UTF-16 LE with BOM", utf16("城市\t总分", "le"), "utf-16le"],
    ["UTF-16 BE with BOM", utf16("城市\t总分", "be"), "utf-16be"],
    ["UTF-16 LE without BOM", Buffer.from("city\ttotal\n", "utf16le"), "utf-16le"],
    ["GB18030", Buffer.from([0xb3, 0xc7, 0xca, 0xd0]), "gb18030"],
  ])("%s", (_, bytes, encoding) => {
    const decoded = decodeTable(bytes);
    expect(decoded).toMatchObject({ ok: true, encoding });
    expect(decoded.ok && decoded.text.startsWith("\ufeff")).toBe(false);
  });
  test("bytes that are none of them, and binary text, are undecodable", () => {
    expect(decodeTable(Buffer.from([0x80, 0xff, 0x80, 0xff, 0x41]))).toEqual({ ok: false });
    expect(decodeTable(Buffer.from("a,b\u0000c", "utf8"))).toEqual({ ok: false });
  });
});

describe("detectDelimiter", () => {
  test("tab when tabs separate more fields in the header region", () => {
    expect(detectDelimiter("城市\t总分\n无锡\t80,2")).toBe("\t");
    expect(detectDelimiter('"a\tb",c,d\n1,2,3')).toBe(",");
    expect(detectDelimiter("")).toBe(",");
  });
});

describe("repeated fields are shared (field-strings.ts), values unchanged", () => {
  /** Rows of unquoted fields: a unique name, repeated scores, a few regions, long texts. */
  const table = fc.array(
    fc.tuple(
      fc.integer({ min: 0, max: 300 }).map((k) => (k / 100).toFixed(2)),
      fc.constantFrom("华北", "东北", "华东", "", "region"),
      fc.string({ unit: fc.constantFrom("a", "b", "城", "1", "."), maxLength: 30 })
    ),
    { minLength: 1, maxLength: 300 }
  );

  test("parseCsv equals splitting the lines", () => {
    fc.assert(
      fc.property(table, (rows) => {
        const lines = rows.map(([score, region, other], k) =>
          [`城市${k}`, score, region, other, score].join(",")
        );
        const parsed = parseCsv(lines.join("\n"));
        expect(parsed).toEqual({ ok: true, rows: lines.map((l) => l.split(",")) });
      }),
      { seed: 12, numRuns: 200 }
    );
  });

  test("a column of 5,000 distinct names and one of 300 repeated scores", () => {
    const lines = Array.from(
      { length: 5000 },
      (_, k) => `测试城市${String(k).padStart(6, "0")},${((k * 7) % 300) / 100},华北`
    );
    const parsed = parseTable(lines.join("\r\n"), ",", LIMITS);
    expect(parsed).toEqual({ ok: true, rows: lines.map((l) => l.split(",")) });
  });
});
