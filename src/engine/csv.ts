/** RFC 4180 CSV parsing with errors as values. */

export type CsvResult =
  { ok: true; rows: string[][] } | { ok: false; row: number; column: number; message: string };

/**
 * Parses CSV text: comma-separated, fields optionally quoted with "", "" escapes a quote, CRLF or
 * LF line ends, a UTF-8 BOM ignored, a trailing newline ignored. A quote left open or a quote in
 * the middle of an unquoted field is an error naming its 1-based row and column. Cost O(length).
 *
 * @example parseCsv('a,"b,c"\n1,2') // { ok: true, rows: [["a", "b,c"], ["1", "2"]] }
 */
export function parseCsv(input: string): CsvResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  let quoteRow = 0;
  let quoteColumn = 0;
  let fieldStart = true;
  const endField = (): void => {
    row.push(field);
    field = "";
    fieldStart = true;
  };
  while (i < text.length) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        const next = text[i];
        if (next !== undefined && next !== "," && next !== "\n" && next !== "\r") {
          return {
            ok: false,
            row: rows.length + 1,
            column: row.length + 1,
            message: "text after a closing quote",
          };
        }
        continue;
      }
      field += ch;
      i += 1;
      continue;
    }
    if (ch === '"') {
      if (!fieldStart) {
        return {
          ok: false,
          row: rows.length + 1,
          column: row.length + 1,
          message: "a quote inside an unquoted field",
        };
      }
      quoted = true;
      quoteRow = rows.length + 1;
      quoteColumn = row.length + 1;
      fieldStart = false;
      i += 1;
    } else if (ch === ",") {
      endField();
      i += 1;
    } else if (ch === "\n" || ch === "\r") {
      endField();
      rows.push(row);
      row = [];
      i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
    } else {
      field += ch;
      fieldStart = false;
      i += 1;
    }
  }
  if (quoted)
    return {
      ok: false,
      row: quoteRow,
      column: quoteColumn,
      message: "a quoted field is never closed",
    };
  if (!fieldStart || field !== "" || row.length > 0) {
    endField();
    rows.push(row);
  }
  return { ok: true, rows };
}
