/**
 * fast-check arbitraries for hostile score tables (issue 10, "Property-based tests"): random
 * shapes, blanks, text, huge and tiny numbers, control characters, duplicate and variant city
 * names, header variants in Chinese and English, extra columns, and small random frameworks with
 * absurd weights and names JavaScript objects already carry.
 */
import fc from "fast-check";
import { framework2015 } from "../../src/engine/bundled";
import { parseFramework } from "../../src/engine/framework";
import type { Cell } from "../../src/engine/table";
import type { Framework } from "../../src/engine/types";

const HOSTILE_TEXT = [
  "__proto__",
  "constructor",
  "toString",
  "=1+1",
  "\u0000",
  "\u001b[31mred",
  "\uFFFE",
  "\uD800",
  "a\u0007b",
  "名\u200b字",
  "x".repeat(300),
];

/** City names: bundled cities and their variants, unknown names in several spellings, hostile text. */
export const cityName: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "无锡",
    "无锡市",
    "无 锡",
    "无锡\u3000",
    "上海",
    "上海市",
    "杭州",
    "海口",
    "海南"
  ),
  fc.constantFrom("延边", "延边州", "延边朝鲜族自治州", "兴安盟", "兴安", "阿里地区", "阿里"),
  fc.constantFrom("Gotham", "GOTHAM ", "ｇｏｔｈａｍ", "Springfield", "", "  "),
  fc.constantFrom(...HOSTILE_TEXT),
  fc.string({ maxLength: 6 })
);

/** Hostile score cells, chosen by byte values past the plausible range (see `scoreCell`). */
const HOSTILE_CELLS: Cell[] = [
  null,
  undefined,
  "",
  " ",
  "\u3000",
  true,
  "#N/A",
  "#DIV/0!",
  "n/a",
  "0x4",
  "0b11",
  "0,5",
  "1,000",
  "45%",
  "４.５",
  "¥5",
  "Infinity",
  "NaN",
  "1e999",
  "1E2",
  " +.5 ",
  "-0",
  "\u00a01",
  1e308,
  -1e308,
  1e-300,
  5e-324,
  -1,
  -0.01,
  Infinity,
  -Infinity,
  NaN,
  123456789.123,
  "\u0000",
  "x\u001b[0m",
  "__proto__",
];
const PLAUSIBLE = 256 - HOSTILE_CELLS.length;

/**
 * A score cell from one random byte (cheap to generate and shrink: 10,000 tables of up to 18
 * columns): most bytes give a 2-decimal score within the weight, as a number or as text; the
 * rest pick a hostile cell. Shrinking goes towards 0.
 */
export function scoreCell(byte: number, weight: number): Cell {
  if (byte >= PLAUSIBLE) return HOSTILE_CELLS[byte - PLAUSIBLE];
  const value = Math.round(((byte % 110) / 109) * weight * 100) / 100;
  return byte < 110 ? value : value.toFixed(2);
}

type Item = { name: string; nameEn: string; id: string; weight: number };

/** How a header names an item, by byte: Chinese or English name, id, spaced, noted; or no header. */
function headerVariant(item: Item, byte: number): string | null {
  const variants = [
    item.name,
    item.nameEn.toUpperCase(),
    item.id,
    `${item.name}（${item.weight}分）`,
    item.name.split("").join(" "),
    item.name.replace(/^(.)/u, "$1\n"),
    item.name.replace(/[!-~]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)),
  ];
  // About one header in twelve is missing.
  return byte >= 235 ? null : (variants[byte % variants.length] as string);
}

/** A small random framework, as JSON: absurd weights and reserved names included. */
const frameworkJson = fc.record({
  name: fc.constantFrom("Mini", "小指标体系"),
  dimensions: fc.array(
    fc.record({
      name: fc.oneof(
        { weight: 30, arbitrary: fc.constantFrom("A", "B", "基础", "Smart People", "人 群") },
        { weight: 1, arbitrary: fc.constantFrom("__proto__", "constructor", "toString") }
      ),
      indicators: fc.array(
        fc.record({
          name: fc.oneof(
            { weight: 30, arbitrary: fc.constantFrom("a1", "a2", "b1", "指标一", "指标二", "x y") },
            { weight: 1, arbitrary: fc.constant("valueOf") }
          ),
          weight: fc.oneof(
            { weight: 30, arbitrary: fc.constantFrom(1, 2, 5, 10, 0.5, 1e-6, 1e6) },
            { weight: 1, arbitrary: fc.constantFrom(1e308, 1e-300, 0, -1, 1e7) }
          ),
        }),
        { minLength: 1, maxLength: 3 }
      ),
    }),
    { minLength: 1, maxLength: 3 }
  ),
  bonus: fc.option(fc.record({ name: fc.constant("Bonus"), weight: fc.constantFrom(1, 5) }), {
    nil: undefined,
  }),
});

type FrameworkJson = {
  name: string;
  dimensions: { name: string; indicators: { name: string; weight: number }[] }[];
};

/** Numbers names apart (A → A1, a1 → a1.1.2), so collisions are rare; reserved names stay. */
function uniqueNames<J extends FrameworkJson>(json: J): J {
  const keep = (name: string, suffix: string): string =>
    /^(?:__proto__|constructor|toString|valueOf)$/u.test(name) ? name : `${name}${suffix}`;
  return {
    ...json,
    dimensions: json.dimensions.map((d, i) => ({
      ...d,
      name: keep(d.name, String(i + 1)),
      indicators: d.indicators.map((x, j) => ({ ...x, name: keep(x.name, `.${i + 1}.${j + 1}`) })),
    })),
  };
}

/** The framework of a run: the bundled one, or a random one (which may be rejected). */
export const frameworkChoice: fc.Arbitrary<
  { ok: true; framework: Framework } | { ok: false; errors: string[] }
> = fc.oneof(
  { weight: 1, arbitrary: fc.constant({ ok: true as const, framework: framework2015() }) },
  { weight: 2, arbitrary: frameworkJson.map((json) => parseFramework(uniqueNames(json))) }
);

/** A grid for a framework: header rows (maybe none), data rows, extra columns, notes below. */
export function gridFor(framework: Framework): fc.Arbitrary<Cell[][]> {
  const items: Item[] = [...framework.indicators, ...framework.bonus];
  const bytes = (length: number) => fc.uint8Array({ minLength: length, maxLength: length });
  return fc
    .record({
      headers: bytes(items.length),
      cityHeader: fc.constantFrom("城市", "City", "名称", null),
      totalHeader: fc.constantFrom("总分", "Total", "合计", null),
      metaHeaders: fc.subarray(["区域", "Province", "行政级别"]),
      extra: fc.subarray(["备注", "Population", "排名", "", "__proto__"], { maxLength: 3 }),
      titleRows: fc.integer({ min: 0, max: 2 }),
      twoRow: fc.boolean(),
      rows: fc.array(fc.record({ city: cityName, cells: bytes(items.length + 7) }), {
        maxLength: 8,
      }),
      trailer: fc.option(fc.constantFrom("数据来源：国脉互联", "Note"), { nil: null }),
      garbage: fc.integer({ min: 0, max: 9 }).map((x) => x === 0),
    })
    .map((shape) => assemble(framework, items, shape));
}

type Shape = {
  headers: Uint8Array;
  cityHeader: string | null;
  totalHeader: string | null;
  metaHeaders: string[];
  extra: string[];
  titleRows: number;
  twoRow: boolean;
  rows: { city: string; cells: Uint8Array }[];
  trailer: string | null;
  garbage: boolean;
};

const META_CELLS: Cell[] = ["华东", "江苏", "地级市", "直辖市", "", null, ...HOSTILE_TEXT];
const TOTAL_CELLS: Cell[] = ["", "80,2", "Infinity", null, -1, 1e308, 0, 99.99];

/** Lays the parts out as a sheet: columns city, extras, items, meta, total. */
function assemble(framework: Framework, items: Item[], shape: Shape): Cell[][] {
  const header: Cell[] = [
    shape.cityHeader,
    ...shape.extra,
    ...items.map((item, i) => headerVariant(item, shape.headers[i] ?? 0)),
    ...shape.metaHeaders,
    shape.totalHeader,
  ];
  const grid: Cell[][] = [];
  for (let t = 0; t < shape.titleRows; t++) grid.push([`${framework.name} ${t}`]);
  if (shape.twoRow)
    grid.push(["", ...shape.extra.map(() => ""), ...framework.dimensions.map((d) => d.name)]);
  if (!shape.garbage) grid.push(header);
  for (const { city, cells } of shape.rows) {
    const scores = items.map((item, i) => scoreCell(cells[i] ?? 0, item.weight));
    const at = (i: number): number => cells[items.length + i] ?? 0;
    let sum = 0;
    for (const v of scores) if (typeof v === "number" && Number.isFinite(v)) sum += v;
    // Mostly the rounded sum, sometimes a little off (rounding) or far off, or hostile.
    const totalByte = at(0);
    const total =
      totalByte < 150
        ? Math.round(sum * 100) / 100
        : totalByte < 200
          ? Math.round((sum + (totalByte - 175) / 100) * 100) / 100
          : TOTAL_CELLS[totalByte % TOTAL_CELLS.length];
    grid.push([
      city,
      ...shape.extra.map((_, i) => (at(1 + i) % 2 ? at(1 + i) * 1000 : `x${at(1 + i)}`)),
      ...scores,
      ...shape.metaHeaders.map((_, i) => META_CELLS[at(4 + i) % META_CELLS.length]),
      total,
    ]);
  }
  if (shape.trailer) grid.push([], [shape.trailer]);
  return grid;
}
