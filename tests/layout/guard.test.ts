/**
 * The validity gate (src/layout/guard.ts; issue 10 "Only valid workbooks leave the writer"):
 * repairs and their notes, copies only where something changed, and a fast-check property:
 * whatever text and numbers a layout holds, every XML part of the written workbook parses.
 */
import fc from "fast-check";
import JSZip from "jszip";
import { XMLValidator } from "fast-xml-parser";
import { guardLayout, MAX_CELL_TEXT } from "../../src/layout/guard";
import type { SummaryLayout } from "../../src/layout";
import { renderSummaryXlsx } from "../../src/xlsx/write";
import { datasetOf, generatedGrid, layoutOf } from "../xlsx/helpers";

const base = (language: "zh" | "en" = "en"): SummaryLayout =>
  layoutOf(datasetOf(generatedGrid(6)), language);

/** The overall ranking's first city cell: block "ranking", first data row, city column. */
function cityCell(layout: SummaryLayout): { row: (string | number | null)[]; column: number } {
  const overall = layout.sheets.find((s) => s.key === "overall")!;
  const block = overall.blocks.find((b) => b.values.some((r) => r.includes("City")))!;
  const header = block.values.findIndex((r) => r.includes("City"));
  return { row: block.values[header + 1]!, column: block.values[header]!.indexOf("City") };
}

describe("guardLayout", () => {
  it("returns a clean layout's blocks as they are (no copy) and no repairs", () => {
    const layout = base();
    const guarded = guardLayout(layout);
    expect(guarded.repairs).toEqual([]);
    guarded.layout.sheets.forEach((s, i) =>
      s.blocks.forEach((b, j) => expect(b).toBe(layout.sheets[i]!.blocks[j]))
    );
  });

  it("replaces forbidden characters, caps long texts, blanks NaN / Infinity, and says so once each", () => {
    const layout = base();
    const { row, column } = cityCell(layout);
    row[column] = "A\u0001B\ud800C\uffff";
    const statistics = layout.sheets.find((s) => s.key === "statistics")!;
    const numbers = statistics.blocks.find((b) =>
      b.values.some((r) => r.some((v) => typeof v === "number"))
    )!;
    const numberRow = numbers.values.find((r) => r.some((v) => typeof v === "number"))!;
    const numberColumn = numberRow.findIndex((v) => typeof v === "number");
    numberRow[numberColumn] = NaN;
    numberRow[numberColumn + 1] = Infinity;
    layout.sheets[0]!.title = "x".repeat(MAX_CELL_TEXT + 10);
    statistics.charts[0]!.title = "bad\u0000title";
    const before = JSON.stringify(layout, (_, v: unknown) =>
      typeof v === "number" && !Number.isFinite(v) ? String(v) : v
    );

    const { layout: guarded, repairs } = guardLayout(layout);
    const overall = guarded.sheets.find((s) => s.key === "overall")!;
    expect(overall.title).toHaveLength(MAX_CELL_TEXT);
    expect(overall.title.endsWith("…")).toBe(true);
    const repairedCity = cityCell(guarded);
    expect(repairedCity.row[repairedCity.column]).toBe("A\ufffdB\ufffdC\ufffd");
    const guardedStatistics = guarded.sheets.find((s) => s.key === "statistics")!;
    expect(guardedStatistics.charts[0]!.title).toBe("bad\ufffdtitle");
    const guardedRow = guardedStatistics.blocks.find((b) => b.key === numbers.key)!.values[
      numbers.values.indexOf(numberRow)
    ]!;
    expect([guardedRow[numberColumn], guardedRow[numberColumn + 1]]).toEqual([null, null]);

    expect(repairs).toHaveLength(3);
    expect(repairs[0]).toMatch(/^2 texts held characters .*first: 'Overall ranking'!B\d+\.$/);
    expect(repairs[1]).toMatch(
      /^1 text was longer than Excel's 32,767 characters .*sheet "Overall ranking"/
    );
    expect(repairs[2]).toMatch(/^2 numbers were not finite .*first: 'Statistics'!/);
    // The input layout is untouched.
    expect(
      JSON.stringify(layout, (_, v: unknown) =>
        typeof v === "number" && !Number.isFinite(v) ? String(v) : v
      )
    ).toBe(before);
  });

  it("writes its notes in the layout's language", () => {
    const layout = base("zh");
    layout.title = "t\u0007";
    expect(guardLayout(layout).repairs).toEqual([
      expect.stringMatching(/^1 处文本含有工作簿不能保存的字符.*工作簿标题。$/),
    ]);
  });

  it("keeps sheet names unique when a repair makes two equal", () => {
    const layout = base();
    layout.sheets[0]!.name = "Dup\u0001";
    layout.sheets[1]!.name = "dup\u0002";
    const names = guardLayout(layout).layout.sheets.map((s) => s.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });
});

/** Hostile text: control characters, lone surrogates, U+FFFE/FFFF, markup, _xHHHH_ escapes, huge. */
const hostileText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({
    unit: fc.constantFrom(
      "\u0000",
      "\u0008",
      "\ud800",
      "\udfff",
      "\ufffe",
      "&",
      "<",
      "]]>",
      "_x0041_",
      "\r",
      "a"
    ),
    maxLength: 20,
  }),
  fc.constant("=1+1"),
  fc.constant("y".repeat(MAX_CELL_TEXT + 5))
);
const hostileNumber = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e308, 5e-324),
  fc.double()
);

test("property: every part of a guarded workbook is well-formed XML, whatever the layout holds", async () => {
  const layout = base();
  const cells = layout.sheets.flatMap((s, si) =>
    s.blocks.flatMap((b, bi) =>
      b.values.flatMap((r, ri) => r.map((_, ci) => [si, bi, ri, ci] as const))
    )
  );
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.tuple(fc.nat(cells.length - 1), fc.oneof(hostileText, hostileNumber)), {
        maxLength: 12,
      }),
      hostileText,
      async (edits, title) => {
        const copy = structuredClone(layout);
        for (const [k, value] of edits) {
          const [si, bi, ri, ci] = cells[k]!;
          copy.sheets[si]!.blocks[bi]!.values[ri]![ci] = value;
        }
        copy.sheets[1]!.title = title;
        copy.sheets[1]!.charts.forEach((c) => (c.title = title));
        const { buffer } = await renderSummaryXlsx(copy);
        const zip = await JSZip.loadAsync(buffer);
        for (const name of Object.keys(zip.files).filter((f) => /\.(xml|rels)$/.test(f))) {
          const xml = await zip.file(name)!.async("string");
          if (XMLValidator.validate(xml) !== true) throw new Error(`${name} does not parse`);
        }
      }
    ),
    { numRuns: 25, seed: 20261201 }
  );
}, 240_000);
